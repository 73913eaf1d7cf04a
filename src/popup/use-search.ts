import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { Entry } from '../core/facts/types.ts';
import { createSearchIndex, type SearchHit, type SearchIndex } from '../core/search/index.ts';

/** Name of the performance measure of each search; the e2e tests read it to report the latency. */
export const SEARCH_MEASURE = 'gloss-search';
const WARM_UP = ['g', 'gazpr', 'gazprm', 'сила сиб', 'nord-süd'];

/**
 * The search over all entries. The index is built right after the first paint, so the popup
 * shows at once and the index is ready before the first keystroke (or built by it).
 */
export function useSearch(entries: readonly Entry[]): (query: string) => SearchHit[] {
  const index = useRef<SearchIndex | null>(null);
  const get = useCallback(() => (index.current ??= createSearchIndex(entries)), [entries]);
  useEffect(() => {
    const timer = setTimeout(() => {
      // A few searches of each shape while the reader looks at the popup: the engine's code is
      // then compiled before the first real keystroke, which otherwise pays for it.
      for (const query of WARM_UP) get().search(query);
    }, 0);
    return () => clearTimeout(timer);
  }, [get]);
  return useCallback(
    (query: string) => {
      if (query.trim() === '') return [];
      const search = get();
      const start = performance.now();
      const hits = search.search(query);
      try {
        performance.measure(SEARCH_MEASURE, { start, end: performance.now() });
      } catch {
        // User Timing is a nicety for measuring; a browser without it still searches.
      }
      return hits;
    },
    [get],
  );
}
