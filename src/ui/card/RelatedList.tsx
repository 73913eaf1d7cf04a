import { useT } from '../i18n.tsx';

export interface RelatedListProps {
  ids: readonly string[];
  titles: Readonly<Record<string, string>>;
  onOpen: (id: string) => void;
  headingId: string;
  /** The language the titles were asked for (they may fall back, so this is a hint). */
  contentLang: string;
}

/** Related entries as chips; an id with no known title is left out rather than shown as a raw id. */
export function RelatedList({ ids, titles, onOpen, headingId, contentLang }: RelatedListProps) {
  const t = useT();
  const shown = [...new Set(ids)].flatMap((id) => {
    const title = Object.hasOwn(titles, id) ? titles[id]?.trim() : undefined;
    return title === undefined || title === '' ? [] : [{ id, title }];
  });
  if (shown.length === 0) return null;
  return (
    <section class="gloss-card__section" aria-labelledby={headingId}>
      <h3 class="gloss-card__section-title" id={headingId}>
        {t('card_related')}
      </h3>
      <ul class="gloss-card__related">
        {shown.map(({ id, title }) => (
          <li key={id}>
            <button type="button" class="gloss-card__chip-button" lang={contentLang} onClick={() => onOpen(id)}>
              {title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
