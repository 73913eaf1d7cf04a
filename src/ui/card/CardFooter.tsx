import { useT } from '../i18n.tsx';
import type { CopyStatus } from './use-copy-status.ts';

export interface CardFooterProps {
  onCopyAll?: () => void;
  onMute?: () => void;
  onSiteOff?: () => void;
  status: CopyStatus | null;
}

/** Quiet text buttons, each present only when the host handles it, and the copy status. */
export function CardFooter({ onCopyAll, onMute, onSiteOff, status }: CardFooterProps) {
  const t = useT();
  if (onCopyAll === undefined && onMute === undefined && onSiteOff === undefined) return null;
  const message = status === null ? '' : status.kind === 'copied' ? t('card_copied') : t('card_copyFailed');
  return (
    <div class="gloss-card__footer">
      <div class="gloss-card__actions">
        {onCopyAll !== undefined && (
          <button type="button" class="gloss-card__text-button" onClick={onCopyAll}>
            {t('card_copyAll')}
          </button>
        )}
        {onMute !== undefined && (
          <button type="button" class="gloss-card__text-button" onClick={onMute}>
            {t('card_mute')}
          </button>
        )}
        {onSiteOff !== undefined && (
          <button type="button" class="gloss-card__text-button" onClick={onSiteOff}>
            {t('card_siteOff')}
          </button>
        )}
        {/* Always in the DOM: a live region only announces changes to a region that already exists. */}
        <p
          class={`gloss-card__status${status?.kind === 'failed' ? ' gloss-card__status--failed' : ''}`}
          role="status"
          aria-live="polite"
          aria-atomic="true"
        >
          {message}
        </p>
      </div>
    </div>
  );
}
