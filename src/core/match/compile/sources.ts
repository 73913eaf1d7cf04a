/**
 * What the compiler reads of an entry: every name with the language it is written in, whether it
 * keeps its case, whether it is a short form, and the context rule that governs it. Kept apart
 * from the facts types so tests, benchmarks and imported glossaries can feed plain term lists.
 */
import type { Entry } from '../../facts/types.ts';
import { INFLECT_MODES, LANGUAGES, type InflectMode, type Language } from '../../facts/vocabulary.ts';

export interface NameSource {
  text: string;
  caseSensitive: boolean;
  /** The language the name is written in (inflected by its rules); absent: never inflected. */
  lang?: Language | undefined;
  /** A short form: valid on a page only after a full name of the entry. */
  short?: boolean | undefined;
  /** Indices into the source's `rules`: all of them must hold (none: the name needs no context). */
  rules?: number[] | undefined;
}

export interface RuleSource {
  require?: { words?: string[] | undefined; entries?: string[] | undefined; scope?: 'block' | 'page' | undefined } | undefined;
  veto?: { phrases?: string[] | undefined; words?: string[] | undefined; entries?: string[] | undefined; scope?: 'block' | 'page' | undefined } | undefined;
}

export interface TermSource {
  id: string;
  /** Absent for term lists that are not entries (tests, benchmarks): no category, never switched off. */
  category?: string;
  terms: NameSource[];
  /** How names inflect per language; languages not listed use `defaultInflect`. */
  inflect?: Partial<Record<Language, InflectMode>> | undefined;
  defaultInflect?: InflectMode | undefined;
  /** "Power of Siberia II" = "Power of Siberia 2". */
  romanNumerals?: boolean | undefined;
  /** Misspellings of its words count (compile/fuzzy.ts): people's names. */
  fuzzy?: boolean | undefined;
  /** Its name is of a thing people count, so even a proper name has plurals (weapons: "Шахедов"). */
  countable?: boolean | undefined;
  rules?: RuleSource[] | undefined;
}

/** The compiler's view of entries: titles in every language, aliases, short forms, rules. */
export function termSourcesFromEntries(entries: readonly Entry[]): TermSource[] {
  return entries.map((entry) => {
    const exact = new Set(Array.isArray(entry.caseSensitive) ? entry.caseSensitive : []);
    const rules = entry.context ?? [];
    const rulesOf = (text: string): number[] | undefined => {
      const found = rules.flatMap((r, i) => (r.names.includes(text) ? [i] : []));
      return found.length === 0 ? undefined : found;
    };
    const seen = new Set<string>();
    const terms: NameSource[] = [];
    const add = (text: unknown, lang: Language, short = false): void => {
      if (typeof text !== 'string' || text.trim() === '') return;
      const key = `${short ? 's' : 'f'}\u0000${lang}\u0000${text}`;
      if (seen.has(key)) return;
      seen.add(key);
      terms.push({ text, lang, caseSensitive: exact.has(text), short, rules: rulesOf(text) });
    };
    for (const lang of LANGUAGES) add(entry.title[lang], lang);
    for (const lang of LANGUAGES) for (const alias of entry.aliases[lang]) add(alias, lang);
    for (const lang of LANGUAGES) for (const alias of entry.shortForms?.[lang] ?? []) add(alias, lang, true);
    const inflect: Partial<Record<Language, InflectMode>> = {};
    for (const lang of LANGUAGES) {
      const mode = entry.inflect?.[lang];
      if (mode !== undefined && (INFLECT_MODES as readonly string[]).includes(mode)) inflect[lang] = mode;
    }
    return {
      id: entry.id,
      category: entry.category,
      terms,
      inflect,
      defaultInflect: entry.category === 'person' ? 'all' : 'head',
      romanNumerals: entry.romanNumerals === true,
      fuzzy: entry.category === 'person',
      countable: entry.category === 'weapon',
      rules: rules.map((r) => ({ require: r.require, veto: r.veto })),
    };
  });
}
