/**
 * Which language a card shows an entry in. The entry's text follows the page (a German article gets
 * German facts), then the reader's UI language, then English; the card's own words ("as of",
 * "Source:") stay in the UI language. Numbers and dates inside the entry's text are formatted for
 * the language that text is in, so "etwa 6.700 km" never sits in an English sentence.
 */
import { languageChain, pick, toLanguage, type LocalizedText } from '../core/facts/localize.ts';
import type { Language } from '../core/facts/types.ts';

export interface ContentLanguage {
  /** Languages to pick entry text in, best first: the shown language leads. */
  chain: readonly Language[];
  /** The language the entry is shown in (that of its summary). */
  lang: Language;
  /** A BCP 47 tag for Intl in that language. */
  locale: string;
  /** The language the reader's page or UI asked for when the entry lacks it; null when shown as asked. */
  missing: Language | null;
}

/**
 * Intl tags per content language. British English, as the card's own strings; Persian keeps the
 * Gregorian calendar, because a source's date or a year like 1979 must not turn into a Solar Hijri
 * year that covers parts of two Gregorian ones.
 */
const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de', ru: 'ru', fa: 'fa-u-ca-gregory' };

/** The Intl locale for text in `lang`; the UI's own tag when it is the same language (en-GB stays en-GB). */
export function intlLocale(lang: Language, uiLocale: string): string {
  return toLanguage(uiLocale) === lang && lang !== 'fa' ? uiLocale : INTL_LOCALE[lang];
}

/**
 * `pageLang`: the `lang` of the term's block or of the document (any BCP 47 tag, or nothing).
 * A page in a language Gloss does not write (French) is not a fallback worth a note: the card then
 * simply follows the UI language.
 */
export function contentLanguage(entry: { summary: LocalizedText; title: LocalizedText }, pageLang: string | null | undefined, uiLocale: string): ContentLanguage {
  const wanted = languageChain(toLanguage(pageLang), toLanguage(uiLocale));
  const shown = pick(entry.summary, wanted) ?? pick(entry.title, wanted);
  const lang = shown?.lang ?? wanted[0] ?? 'en';
  const first = wanted[0] ?? 'en';
  return {
    chain: languageChain(lang, ...wanted),
    lang,
    locale: intlLocale(lang, uiLocale),
    missing: lang === first ? null : first,
  };
}

/** The nearest `lang` attribute: the term's block, else the document's. */
export function languageOf(element: Element | null | undefined): string | null {
  const tagged = element?.closest('[lang]');
  const value = tagged?.getAttribute('lang') ?? element?.ownerDocument.documentElement.getAttribute('lang') ?? null;
  return value === null || value.trim() === '' ? null : value;
}
