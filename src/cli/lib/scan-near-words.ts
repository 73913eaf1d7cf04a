/**
 * The distinctive words of each entry, for `scan --near`: a word of one of its names (title,
 * aliases) that no other entry's names hold, at least MIN_LENGTH characters, and no common word.
 * Common words are the stopwords (scan-stopwords.ts); a word a name writes in lower case ("dark
 * fleet"); a person's first names (only the surname, the last word, is theirs); and what the
 * glossary's own prose shows to be common: a word its summaries, labels, notes or events write in
 * lower case ("information", "attack"), or capitalise in the prose of several other entries (a
 * country, a month: "China", "June"). So "Buschehr", "Shetab" and "Astara" stay.
 */
import type { Entry } from '../../core/facts/types.ts';
import { LANGUAGES, type Language } from '../../core/facts/vocabulary.ts';
import { tokenStrings } from '../../core/match/index.ts';
import { cueForms } from '../../core/match/compile/forms.ts';
import { inflectName } from '../../core/match/inflect/index.ts';
import { TOKEN_WORD, tokenize } from '../../core/match/tokens.ts';
import { STOPWORDS } from './scan-stopwords.ts';

const MIN_LENGTH = 4;
/** Capitalised in the prose of this many other entries, a word is a common name of the domain. */
const COMMON_NAME_ENTRIES = 4;

interface Distinctive {
  id: string;
  /** The name writes it capitalised: a page's lower-case use of it is the common word. */
  capitalised: boolean;
}

export interface NearIndex {
  /** Folded word form → the entry it is distinctive for. */
  folded: Map<string, Distinctive>;
  /** Forms of case-sensitive names ("SWIFT"): only this exact case counts. */
  exact: Map<string, Distinctive>;
  /** Per entry, its veto phrases (each form as folded words): a word inside one was ruled out on purpose. */
  vetoes: Map<string, string[][]>;
}

export const key = (word: string, fold = true): string => tokenStrings(word, fold).join(' ');
/** Starts with a capital in a script that has case ("Astara", "Астара"; not "آستارا", not "astara"). */
export const isCapitalised = (word: string): boolean => {
  const first = Array.from(word)[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
};
const isLowerCase = (word: string): boolean => {
  const first = Array.from(word)[0] ?? '';
  return first !== first.toUpperCase() && first === first.toLowerCase();
};

/** The words of a text as written, found by the matcher's own tokenizer. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  tokenize(text, {
    token: (start, end, _h1, _h2, kind) => {
      if (kind === TOKEN_WORD) words.push(text.slice(start, end));
    },
  });
  return words;
}

interface NameRef {
  text: string;
  lang: Language;
  exact: boolean;
  /** Short forms match only after a full name, on purpose: their words count as held, never as distinctive. */
  short: boolean;
}

function namesOf(entry: Entry): NameRef[] {
  const exact = new Set(entry.caseSensitive);
  const out: NameRef[] = [];
  const add = (text: string | undefined, lang: Language, short: boolean): void => {
    if (text !== undefined) out.push({ text, lang, exact: exact.has(text), short });
  };
  for (const lang of LANGUAGES) {
    add(entry.title[lang], lang, false);
    for (const alias of entry.aliases[lang]) add(alias, lang, false);
    for (const short of entry.shortForms?.[lang] ?? []) add(short, lang, true);
  }
  return out;
}

/** Fields that are names, ids, codes or sources, not prose. */
const NOT_PROSE = new Set(['id', 'title', 'aliases', 'shortForms', 'caseSensitive', 'context', 'related', 'inflect', 'source', 'category', 'reviewed', 'asOf', 'date']);

/** Every text of the entry a reader reads as prose (read defensively: scan entries are unchecked). */
function proseOf(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) proseOf(item, out);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) if (!NOT_PROSE.has(k)) proseOf(v, out);
  return out;
}

function vetoesOf(entry: Entry): string[][] {
  const phrases = (entry.context ?? []).flatMap((rule) => rule.veto?.phrases ?? []);
  return phrases.flatMap((phrase) => cueForms(phrase).map((form) => tokenStrings(form)));
}

export function buildNearIndex(entries: readonly Entry[]): NearIndex {
  const owners = new Map<string, Set<string>>();
  const lowerInProse = new Set<string>();
  const capitalisedBy = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, k: string, id: string): void => {
    let set = map.get(k);
    if (!set) map.set(k, (set = new Set()));
    set.add(id);
  };
  const candidates: Array<{ id: string; word: string; lang: Language; exact: boolean }> = [];
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const words = wordsOf(name.text);
      words.forEach((word, i) => {
        add(owners, key(word), entry.id);
        if (name.short) return;
        // A person's first names are shared by many people; the surname (the last word) is theirs.
        if (entry.category === 'person' && i < words.length - 1) return;
        // In a script with case, a name writes its own words capitalised; one it writes in lower
        // case ("dark fleet", "Red Sea crisis") is a common word.
        if (isLowerCase(word)) return;
        candidates.push({ id: entry.id, word, lang: name.lang, exact: name.exact });
      });
    }
    for (const text of proseOf(entry, [])) {
      for (const word of wordsOf(text)) {
        if (isLowerCase(word)) lowerInProse.add(key(word));
        else if (isCapitalised(word)) add(capitalisedBy, key(word), entry.id);
      }
    }
  }
  const isDistinctive = (folded: string, id: string): boolean => {
    if (Array.from(folded).length < MIN_LENGTH || !/\p{L}/u.test(folded) || STOPWORDS.has(folded) || lowerInProse.has(folded)) return false;
    const held = owners.get(folded);
    if (held !== undefined && (held.size > 1 || !held.has(id))) return false;
    const others = [...(capitalisedBy.get(folded) ?? [])].filter((other) => other !== id).length;
    return others < COMMON_NAME_ENTRIES;
  };
  const index: NearIndex = { folded: new Map(), exact: new Map(), vetoes: new Map() };
  for (const entry of entries) {
    const vetoes = vetoesOf(entry);
    if (vetoes.length > 0) index.vetoes.set(entry.id, vetoes);
  }
  for (const c of candidates) {
    if (!isDistinctive(key(c.word), c.id)) continue;
    const capitalised = isCapitalised(c.word);
    // Inflected forms count too ("Buschehrs", "Астаре"), where they belong to this entry alone.
    for (const form of c.exact ? [c.word] : inflectName(c.word, c.lang, 'all')) {
      const folded = key(form);
      if (folded.includes(' ') || !isDistinctive(folded, c.id)) continue;
      const map = c.exact ? index.exact : index.folded;
      const k = c.exact ? key(form, false) : folded;
      const known = map.get(k);
      // One spelled in lower case anywhere in the names makes the lower-case use count.
      map.set(k, { id: c.id, capitalised: capitalised && (known === undefined || known.capitalised) });
    }
  }
  return index;
}
