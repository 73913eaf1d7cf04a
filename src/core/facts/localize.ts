/**
 * Picking an entry's text for a reader: the page's language, else the UI's, else English, else
 * whatever the glossary wrote. The card and the popup say so quietly when they fall back, so a
 * German reader knows why a card is in English.
 */
import { LANGUAGES, type Language } from './vocabulary.ts';

export type LocalizedText = Partial<Record<Language, string>>;

export interface Picked {
  text: string;
  lang: Language;
  /** Not in the first language asked for. */
  fallback: boolean;
}

/** A BCP 47 tag ("de-CH", "fa-IR", "EN") to the language Gloss writes, or null. */
export function toLanguage(tag: string | null | undefined): Language | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : null;
}

/** The order to try languages in: the page's, the UI's, English; each once. */
export function languageChain(...wanted: ReadonlyArray<Language | null | undefined>): Language[] {
  const chain: Language[] = [];
  for (const lang of [...wanted, 'en' as const]) if (lang && !chain.includes(lang)) chain.push(lang);
  return chain;
}

/** The text in the first language of `chain` it has, else in any language it has. */
export function pick(text: LocalizedText | undefined, chain: readonly Language[]): Picked | null {
  if (text === undefined) return null;
  for (const lang of chain) {
    const value = text[lang];
    if (typeof value === 'string' && value !== '') return { text: value, lang, fallback: lang !== chain[0] };
  }
  for (const lang of LANGUAGES) {
    const value = text[lang];
    if (typeof value === 'string' && value !== '') return { text: value, lang, fallback: true };
  }
  return null;
}

/** The text for `chain`, or '' (callers that need to know the language use pick). */
export function textIn(text: LocalizedText | undefined, chain: readonly Language[]): string {
  return pick(text, chain)?.text ?? '';
}

/** An entry's English title (else its first): how the scan CLI, logs and ids-to-names lists name it. */
export function titleOf(entry: { title: LocalizedText; id: string }, chain: readonly Language[] = ['en']): string {
  return pick(entry.title, chain)?.text ?? entry.id;
}
