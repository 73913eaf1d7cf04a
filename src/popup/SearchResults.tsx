import type { SearchHit } from '../core/search/index.ts';
import { categoryKey } from '../ui/category.ts';
import { languageName } from '../ui/controls/language-name.ts';
import { useLocale, useT } from '../ui/i18n.tsx';

export interface SearchResultsProps {
  hits: readonly SearchHit[];
  /** Index of the option the arrow keys are on. */
  active: number;
  listboxId: string;
  optionId: (index: number) => string;
  onOpen: (index: number) => void;
  onPoint: (index: number) => void;
  /** The entry's summary (as far as it has arrived), shown on one line when the title itself matched. */
  summaryOf: (id: string) => Summary | undefined;
}

export interface Summary {
  text: string;
  lang: string;
}

function Detail({ hit, summary }: { hit: SearchHit; summary: Summary | undefined }) {
  const locale = useLocale();
  const { matched } = hit;
  if (matched.kind === 'alias') {
    return (
      <span class="gloss-result__detail">
        <span lang={matched.lang} dir="auto">
          {matched.text}
        </span>
        <span class="gloss-result__lang"> · {languageName(matched.lang, locale)}</span>
      </span>
    );
  }
  if (matched.kind === 'summary') {
    const { text, mark } = matched;
    return (
      <span class="gloss-result__detail">
        {text.slice(0, mark.start)}
        <mark>{text.slice(mark.start, mark.end)}</mark>
        {text.slice(mark.end)}
      </span>
    );
  }
  return summary === undefined ? null : (
    <span class="gloss-result__detail gloss-result__detail--clamp" lang={summary.lang}>
      {summary.text}
    </span>
  );
}

/**
 * The listbox of a combobox: focus stays in the search box, the arrow keys move
 * aria-activedescendant, Enter or a click opens the card.
 */
export function SearchResults({ hits, active, listboxId, optionId, onOpen, onPoint, summaryOf }: SearchResultsProps) {
  const t = useT();
  return (
    <ul class="gloss-results" role="listbox" id={listboxId} aria-label={t('popup_results')}>
      {hits.map((hit, i) => (
        <li
          key={hit.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === active ? 'true' : 'false'}
          class={`gloss-result${i === active ? ' gloss-result--active' : ''}`}
          data-entry-id={hit.id}
          // Keep focus in the search box: the listbox is driven from there.
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => {
            if (i !== active) onPoint(i);
          }}
          onClick={() => onOpen(i)}
        >
          <span class="gloss-result__head">
            {/* In the reader's language where the entry has it (the background picked it). */}
            <span class="gloss-result__title">{hit.title}</span>
            <span class="gloss-chip">{t(categoryKey(hit.category))}</span>
          </span>
          <Detail hit={hit} summary={summaryOf(hit.id)} />
        </li>
      ))}
    </ul>
  );
}
