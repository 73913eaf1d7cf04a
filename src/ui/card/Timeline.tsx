import { useState } from 'preact/hooks';
import type { TimelineItem } from '../../core/facts/types.ts';
import { useT } from '../i18n.tsx';
import { DateText } from './DateText.tsx';

/** Beyond this many events only the latest are shown until the reader asks for the rest. */
export const TIMELINE_VISIBLE = 4;

export interface TimelineProps {
  items: readonly TimelineItem[];
  /** Unique per card. */
  idPrefix: string;
  contentLang: string;
}

export function Timeline({ items, idPrefix, contentLang }: TimelineProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return null;
  const collapsible = items.length > TIMELINE_VISIBLE;
  const hidden = collapsible && !expanded ? items.length - TIMELINE_VISIBLE : 0;
  const headingId = `${idPrefix}-heading`;
  const listId = `${idPrefix}-list`;
  return (
    <section class="gloss-card__section" aria-labelledby={headingId}>
      <h3 class="gloss-card__section-title" id={headingId}>
        {t('card_timeline')}
      </h3>
      {collapsible && (
        <button
          type="button"
          class="gloss-card__text-button gloss-card__timeline-toggle"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('card_timelineShowFewer') : t('card_timelineShowEarlier', String(hidden))}
        </button>
      )}
      <ol class="gloss-card__timeline" id={listId}>
        {items.slice(hidden).map((item, i) => (
          <li class="gloss-card__timeline-item" key={hidden + i}>
            <span class="gloss-card__timeline-date">
              <DateText iso={item.date} />
            </span>
            <span class="gloss-card__timeline-event" lang={contentLang}>
              {item.event}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
