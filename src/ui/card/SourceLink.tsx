import type { Source } from '../../core/facts/types.ts';
import { useT } from '../i18n.tsx';
import { httpsHref } from '../safe-url.ts';
import { DateText } from './DateText.tsx';
import { ExternalIcon } from '../icons.tsx';

export interface SourceLinkProps {
  source: Source;
}

/**
 * "Source: RIA Novosti, 2 September 2025 ↗", linked to the source in a new tab; the source's own
 * title is the tooltip. A URL that is not https is shown as text beside it, never as a link.
 */
export function SourceLink({ source }: SourceLinkProps) {
  const t = useT();
  const href = httpsHref(source.url);
  const label = (
    <>
      {source.publisher}, <DateText iso={source.date} />
    </>
  );
  return (
    <p class="gloss-card__source">
      <span class="gloss-card__source-label">{t('card_sourceLabel')}</span>{' '}
      {href === undefined ? (
        <span class="gloss-card__source-text" title={source.title}>
          {label} <span class="gloss-card__source-url">({source.url})</span>
        </span>
      ) : (
        <a class="gloss-card__link" href={href} target="_blank" rel="noopener noreferrer" title={source.title}>
          {label}
          <ExternalIcon class="gloss-card__icon" />
          <span class="gloss-card__sr-only"> {t('card_opensInNewTab')}</span>
        </a>
      )}
    </p>
  );
}
