/** The compiled dictionary: plain JSON, produced at build time, loaded by the content script. */

export const DICTIONARY_FORMAT = 'gloss-terms';
export const DICTIONARY_VERSION = 1;

/**
 * Grouped by entry because an entry's aliases share words ("сила сибири 2", "силы сибири 2"),
 * which gzip then finds close together: about 10% smaller than one array per term.
 */
export interface CompiledDictionary {
  format: typeof DICTIONARY_FORMAT;
  version: typeof DICTIONARY_VERSION;
  /** Entry ids, in source order (entries without terms are left out). */
  ids: string[];
  /** Parallel to `ids`: each entry's category, so "categories off" needs no entry text on a page. */
  categories: string[];
  /**
   * Parallel to `ids`: the entry's terms, one per line ("\n"), sorted. A line is the folded key,
   * or, for a case-sensitive alias, the folded key, a tab, and the exact (unfolded) key. Keys
   * never hold a tab or a line break: normalisation turns them into spaces.
   */
  terms: string[];
}

export interface TermSource {
  id: string;
  /** Absent for term lists that are not entries (tests, benchmarks): no category, never switched off. */
  category?: string;
  terms: Array<{ text: string; caseSensitive: boolean }>;
}

/** One term as the automaton builder reads it. */
export interface DictionaryTerm {
  key: string;
  /** Index into `ids`. */
  id: number;
  exact: string | null;
}

export function encodeTerm(key: string, exact: string | null): string {
  return exact === null ? key : `${key}\t${exact}`;
}

/** Checks a loaded dictionary and lists its terms, so a corrupt file fails with a clear message. */
export function readDictionary(value: unknown): { ids: string[]; categories: string[]; terms: DictionaryTerm[] } {
  const fail = (why: string): never => {
    throw new Error(`Not a Gloss compiled dictionary: ${why}`);
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const d = value as Record<string, unknown>;
  if (d.format !== DICTIONARY_FORMAT) fail(`format is ${JSON.stringify(d.format)}, expected "${DICTIONARY_FORMAT}"`);
  if (d.version !== DICTIONARY_VERSION) fail(`version ${JSON.stringify(d.version)} is not supported (expected ${DICTIONARY_VERSION})`);
  const { ids, terms: lists, categories } = d;
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) return fail('ids must be an array of strings');
  if (!Array.isArray(categories) || categories.length !== ids.length || !categories.every((x) => typeof x === 'string')) {
    return fail('categories must be an array of strings as long as ids');
  }
  if (!Array.isArray(lists) || lists.length !== ids.length) return fail('terms must be an array as long as ids');
  const terms: DictionaryTerm[] = [];
  lists.forEach((list: unknown, id) => {
    if (typeof list !== 'string') fail(`terms of "${ids[id]}" must be a string`);
    for (const line of (list as string).split('\n')) {
      const tab = line.indexOf('\t');
      const key = tab < 0 ? line : line.slice(0, tab);
      if (key === '' || line.indexOf('\t', tab + 1) > tab) fail(`terms of "${ids[id]}" hold a malformed line ${JSON.stringify(line)}`);
      terms.push({ key, id, exact: tab < 0 ? null : line.slice(tab + 1) });
    }
  });
  return { ids: ids as string[], categories: categories as string[], terms };
}
