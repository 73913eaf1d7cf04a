import { useState } from 'preact/hooks';
import { pick } from '../../core/facts/localize.ts';
import type { TimelineItem } from '../../core/facts/types.ts';
import { useT } from '../i18n.tsx';
import { useContent } from './content-context.tsx';
import { DateText } from './DateText.tsx';

/** Beyond this many events only the latest are shown until the reader asks for the rest. */
const TIMELINE_VISIBLE = 4;

export interface TimelineProps {
  items: readonly TimelineItem[];
  /** Unique per card. */
  idPrefix: string;
}

export function Timeline({ items, idPrefix }: TimelineProps) {
  const t = useT();
  const { chain } = useContent();
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
        {items.slice(hidden).map((item, i) => {
          const event = pick(item.event, chain);
          return (
            <li class="gloss-card__timeline-item" key={hidden + i}>
              {/* Beside the entry's own words, so in their language: "25. Januar 2021". */}
              <span class="gloss-card__timeline-date">
                <DateText iso={item.date} content />
              </span>
              <span class="gloss-card__timeline-event" lang={event?.lang}>
                {event?.text ?? ''}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
