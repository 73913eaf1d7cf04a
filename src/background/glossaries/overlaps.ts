/**
 * "12 terms also in X": where two glossaries name the same thing, the higher one wins it (compile
 * order is priority), and the options page says so on the lower one. Two entries share a term when
 * one of their names has the same matcher key.
 */
import { LANGUAGES, type Entry } from '../../core/facts/types.ts';
import { nameKey } from '../../core/match/index.ts';

function keysOf(entry: Entry): string[] {
  const names = [...LANGUAGES.flatMap((l) => entry.aliases[l]), ...LANGUAGES.flatMap((l) => (entry.title[l] ? [entry.title[l]] : []))];
  return names.map((n) => nameKey(n)).filter((k) => k !== '');
}

/** For each glossary (highest first), how many of its entries share a name with each higher one. */
export function shadowedCounts(glossaries: ReadonlyArray<{ id: string; entries: readonly Entry[] }>): Map<string, Array<{ id: string; count: number }>> {
  const owner = new Map<string, string>();
  const result = new Map<string, Array<{ id: string; count: number }>>();
  for (const g of glossaries) {
    const counts = new Map<string, number>();
    const mine: string[] = [];
    for (const entry of g.entries) {
      const keys = keysOf(entry);
      const higher = new Set(keys.map((k) => owner.get(k)).filter((o): o is string => o !== undefined && o !== g.id));
      for (const h of higher) counts.set(h, (counts.get(h) ?? 0) + 1);
      mine.push(...keys);
    }
    for (const k of mine) if (!owner.has(k)) owner.set(k, g.id);
    result.set(g.id, [...counts].map(([id, count]) => ({ id, count })));
  }
  return result;
}
