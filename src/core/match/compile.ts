import { DICTIONARY_FORMAT, DICTIONARY_VERSION, encodeTerm, type CompiledDictionary, type TermSource } from './dictionary.ts';
import { normalizeKey } from './normalize.ts';

/**
 * Turns term sources into the compiled dictionary. Deterministic: the same sources give the same
 * JSON. Terms whose key is empty are dropped. When two entries claim the same key with the same
 * case rule, the first source keeps it (facts validation rejects such files before they get here).
 */
export function compile(sources: TermSource[]): CompiledDictionary {
  const claimed = new Set<string>();
  const ids: string[] = [];
  const categories: string[] = [];
  const terms: string[] = [];
  for (const source of sources) {
    const lines = new Set<string>();
    for (const term of source.terms) {
      const key = normalizeKey(term.text, false);
      if (key === '') continue;
      const line = encodeTerm(key, term.caseSensitive ? normalizeKey(term.text, true) : null);
      if (claimed.has(line)) continue;
      claimed.add(line);
      lines.add(line);
    }
    if (lines.size === 0) continue;
    ids.push(source.id);
    categories.push(source.category ?? '');
    terms.push([...lines].sort().join('\n'));
  }
  return { format: DICTIONARY_FORMAT, version: DICTIONARY_VERSION, ids, categories, terms };
}
