/**
 * Name inflection for the term compiler: an alias is written once in its base form (nominative
 * singular), and news text meets it declined ("des Nord-Süd-Korridors", "с Пезешкианом",
 * "کارت‌های میر"). inflectName gives the forms a reader meets, so nobody lists them by hand.
 *
 * No lexicon: every language guesses from endings, and where a guess is unsure it gives both
 * candidates. A wrong candidate is a string no text contains, so it costs a few bytes of compiled
 * data, never a false match; what must be avoided is a form that is another common word, and the
 * rules avoid those. Pure: no browser globals, no dependencies.
 */
import { inflectDe } from './de.ts';
import { inflectEn } from './en.ts';
import { inflectFa } from './fa.ts';
import { inflectRu } from './ru.ts';
import { joinPhrase, splitPhrase, type Phrase } from './words.ts';

export type InflectLanguage = 'en' | 'de' | 'ru' | 'fa';
/** 'all': every word inflects (a person's first name and surname); 'head': the noun phrase's adjectives and head noun inflect, words after the head (genitive attributes, "von Hormus", "Сибири", prepositional phrases) stay; 'last': only the last word; 'none': no forms. */
export type InflectMode = 'all' | 'head' | 'last' | 'none';

export interface InflectOptions {
  /** The name is of a thing people count (a drone, a missile): its plural is common ("Шахедов", "Гераней"). */
  countable?: boolean;
}

/**
 * At most this many strings per name, the name included. Every alias of every entry goes into one
 * automaton, so a name must not fan out: a Russian phrase gives at most ten case slots, each with
 * at most four variants, and the other languages give fewer; the cut is a guard, not the rule.
 */
export const MAX_FORMS = 64;

const INFLECTORS: Record<InflectLanguage, (phrase: Phrase, mode: InflectMode, options: InflectOptions) => string[][]> = {
  en: inflectEn,
  de: inflectDe,
  ru: inflectRu,
  fa: inflectFa,
};

/** The name itself first, then its inflected forms, distinct, each a full string with the name's own capitalisation, spacing and hyphens kept. */
export function inflectName(name: string, language: InflectLanguage, mode: InflectMode, options: InflectOptions = {}): string[] {
  const forms = new Set([name]);
  if (mode === 'none') return [name];
  // Russian "Герань-2" declines as "Герани-2": the number after the hyphen is a model, not the word.
  const phrase = splitPhrase(name, { beforeNumber: language === 'ru' });
  for (const texts of INFLECTORS[language](phrase, mode, options)) {
    if (forms.size >= MAX_FORMS) break;
    forms.add(joinPhrase(phrase, texts));
  }
  return [...forms];
}
