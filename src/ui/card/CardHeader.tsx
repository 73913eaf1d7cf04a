import type { Picked } from '../../core/facts/localize.ts';
import type { Staleness } from '../../core/facts/freshness.ts';
import { categoryKey } from '../category.ts';
import { languageName } from '../controls/language-name.ts';
import { useLocale, useT } from '../i18n.tsx';
import { ClockIcon, CloseIcon } from '../icons.tsx';
import { useContent } from './content-context.tsx';
import { DateText } from './DateText.tsx';
import { Phrase, SLOT } from './Phrase.tsx';

export interface CardHeaderProps {
  category: string;
  title: Picked | null;
  titleId: string;
  fallbackTitle: string;
  /** Named unless it is the built-in glossary. */
  glossary: { name: string; builtin: boolean } | undefined;
  staleness: Staleness;
  reviewed: string;
  onClose: () => void;
}

/**
 * Kind and source of the entry, its title, and two quiet notes a reader should see before the
 * facts: the entry is not in the language asked for, or it is past its freshness.
 */
export function CardHeader({ category, title, titleId, fallbackTitle, glossary, staleness, reviewed, onClose }: CardHeaderProps) {
  const t = useT();
  const locale = useLocale();
  const content = useContent();
  const showGlossary = glossary !== undefined && !glossary.builtin && glossary.name.trim() !== '';
  return (
    // A div, not <header>: inside the shadow root a header is a second "banner" landmark on the page.
    <div class="gloss-card__header">
      <div class="gloss-card__heading">
        <p class="gloss-card__kicker">
          <span class="gloss-card__chip">{t(categoryKey(category))}</span>
          {showGlossary && <span class="gloss-card__glossary">{t('card_glossary', glossary.name)}</span>}
        </p>
        <h2 class="gloss-card__title" id={titleId} lang={title?.lang}>
          {title?.text ?? fallbackTitle}
        </h2>
        {content.missing !== null && (
          <p class="gloss-card__notice gloss-card__notice--language">
            {t('card_languageFallback', [languageName(content.missing, locale), languageName(content.lang, locale)])}
          </p>
        )}
        {staleness.stale && (
          <p class="gloss-card__notice gloss-card__notice--stale">
            <ClockIcon class="gloss-card__icon" />
            <span>
              <Phrase text={t('card_stale', SLOT)}>
                <DateText iso={reviewed} />
              </Phrase>
            </span>
          </p>
        )}
      </div>
      <button type="button" class="gloss-card__close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
        <CloseIcon class="gloss-card__icon" />
      </button>
    </div>
  );
}
