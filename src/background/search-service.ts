/**
 * The popup's search, answered here: the entries live in the background, so the popup carries no
 * facts. The index is built on the first query and kept while the worker lives and the enabled
 * glossaries stay the same (a restarted worker builds it again on the next query).
 */
import type { Language } from '../core/facts/types.ts';
import { createSearchIndex, type SearchHit, type SearchIndex } from '../core/search/index.ts';
import type { Glossaries } from './glossaries/store.ts';

export interface SearchService {
  search(query: string, languages: readonly Language[], limit: number): Promise<SearchHit[]>;
}

export function createSearchService(glossaries: Pick<Glossaries, 'active' | 'stateKey'>): SearchService {
  let built: { key: string; index: SearchIndex } | null = null;
  return {
    async search(query, languages, limit) {
      const key = `${await glossaries.stateKey()}|${languages.join(',')}`;
      if (built?.key !== key) {
        const entries = (await glossaries.active()).flatMap((g) => g.entries);
        built = { key, index: createSearchIndex(entries, [...languages, 'en']) };
      }
      return built.index.search(query, { limit });
    },
  };
}
