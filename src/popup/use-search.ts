import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../core/facts/types.ts';
import type { BackgroundClient } from '../core/messages/index.ts';
import type { SearchHit } from '../core/search/index.ts';

/** Name of the performance measure of each search; the e2e tests read it to report the latency. */
const SEARCH_MEASURE = 'gloss-search';
/** As many results as the popup shows: a long list is scrolled past, not read. */
const SEARCH_LIMIT = 20;

export interface SearchState {
  /** The query these hits answer (trimmed); '' before any answer. */
  query: string;
  hits: SearchHit[];
  /** The background could not answer the last query. */
  failed: boolean;
}

const EMPTY: SearchState = { query: '', hits: [], failed: false };

/**
 * The search over every enabled glossary, answered by the background (the popup carries no
 * entries). One request per change of the query; an answer that arrives after a newer query was
 * sent is dropped, so fast typing never shows the hits of an older query last.
 */
export function useSearch(background: BackgroundClient, languages: readonly Language[], query: string): SearchState {
  const [state, setState] = useState<SearchState>(EMPTY);
  const ticket = useRef(0);
  const wanted = query.trim();

  useEffect(() => {
    // The worker builds its index on the first search it gets: let that be this one, sent as the
    // popup opens, rather than the reader's first keystroke.
    void background.request({ type: 'search', query: '', languages: [...languages], limit: 1 });
  }, []);

  useEffect(() => {
    const mine = ++ticket.current;
    if (wanted === '') {
      setState(EMPTY);
      return;
    }
    const start = performance.now();
    void background.request({ type: 'search', query: wanted.slice(0, 200), languages: [...languages], limit: SEARCH_LIMIT }).then((answer) => {
      try {
        performance.measure(SEARCH_MEASURE, { start, end: performance.now() });
      } catch {
        // User Timing is a nicety for measuring; a browser without it still searches.
      }
      if (mine !== ticket.current) return;
      setState(answer.ok ? { query: wanted, hits: answer.value, failed: false } : { query: wanted, hits: [], failed: true });
    });
  }, [wanted, languages.join(',')]);

  return state;
}
