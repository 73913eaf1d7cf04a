import type { ComponentChildren } from 'preact';
import { useT } from '../i18n.tsx';
import { CopyIcon, MuteIcon, SiteOffIcon } from '../icons.tsx';
import type { CopyStatus } from './use-copy-status.ts';

export interface CardActionsProps {
  onCopyAll?: () => void;
  onMute?: () => void;
  onSiteOff?: () => void;
  status: CopyStatus | null;
}

/**
 * One icon button per action. The name is text in the button (read by screen readers, found by
 * "find in page" tools) and shown as the tooltip; the row stays one line in any language.
 */
function ActionButton({ label, onClick, children }: { label: string; onClick: () => void; children: ComponentChildren }) {
  return (
    <button type="button" class="gloss-card__action" title={label} onClick={onClick}>
      {children}
      <span class="gloss-card__sr-only">{label}</span>
    </button>
  );
}

/** The actions row at the foot of the card, each present only when the host handles it, and the copy status. */
export function CardActions({ onCopyAll, onMute, onSiteOff, status }: CardActionsProps) {
  const t = useT();
  if (onCopyAll === undefined && onMute === undefined && onSiteOff === undefined) return null;
  const message = status === null ? '' : status.kind === 'copied' ? t('card_copied') : t('card_copyFailed');
  return (
    <div class="gloss-card__footer">
      <div class="gloss-card__actions">
        {onCopyAll !== undefined && (
          <ActionButton label={t('card_copyAll')} onClick={onCopyAll}>
            <CopyIcon class="gloss-card__icon" />
          </ActionButton>
        )}
        {onMute !== undefined && (
          <ActionButton label={t('card_mute')} onClick={onMute}>
            <MuteIcon class="gloss-card__icon" />
          </ActionButton>
        )}
        {onSiteOff !== undefined && (
          <ActionButton label={t('card_siteOff')} onClick={onSiteOff}>
            <SiteOffIcon class="gloss-card__icon" />
          </ActionButton>
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
