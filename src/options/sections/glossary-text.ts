/** Small formatting for the glossary list: counts, language names, the homepage's host. */
import type { Translate } from '../../ui/i18n.tsx';

/** 1,224 / 1.224; an invalid locale tag from a translation falls back to English, never throws. */
export function formatCount(n: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return new Intl.NumberFormat('en').format(n);
  }
}

/** "1 term" / "12 terms": the catalogues have no plural rules, so one and many are two messages. */
export function termCount(t: Translate, n: number, locale: string): string {
  return n === 1 ? t('options_glossaryTermsOne') : t('options_glossaryTermsMany', formatCount(n, locale));
}

/** "English, German" / "Englisch, Deutsch": language names in the UI language, else the codes. */
export function languageNames(codes: readonly string[], locale: string): string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'language' });
  } catch {
    names = null;
  }
  return codes.map((code) => names?.of(code) ?? code).join(', ');
}

/** The host a homepage link shows ("example.org"), or null for anything but an https URL. */
export function homepageHost(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}
