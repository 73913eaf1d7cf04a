import { LANGUAGES, type Entry } from '../facts/types.ts';
import type { TermSource } from './dictionary.ts';

/**
 * The terms of each entry: its title and every alias in every language, each once. An alias is
 * case-sensitive iff its exact string is listed in `entry.caseSensitive`.
 */
export function termSourcesFromEntries(entries: Entry[]): TermSource[] {
  return entries.map((entry) => {
    const exact = new Set(Array.isArray(entry.caseSensitive) ? entry.caseSensitive : []);
    const seen = new Set<string>();
    const terms: TermSource['terms'] = [];
    const add = (text: unknown): void => {
      if (typeof text !== 'string' || seen.has(text)) return;
      seen.add(text);
      terms.push({ text, caseSensitive: exact.has(text) });
    };
    add(entry.title);
    for (const lang of LANGUAGES) {
      const list: unknown = entry.aliases?.[lang];
      if (Array.isArray(list)) list.forEach(add);
    }
    return { id: entry.id, category: entry.category, terms };
  });
}
