// Runs inside a benchmarked page (bundled by esbuild, injected by bench/glossary/ready.ts): the
// content script's path from the stored terms to a usable matcher, with the content script's own
// code. pageDataSource(...).terms() reads and checks the stored form as a page does (here from a
// value the bench handed over instead of storage.local, whose read is measured apart), then what
// GlossPage.useTerms does: createMatcher (base64 → typed-array views, checked) and the map of
// categories. Nothing is built on the page; this is all it costs before the first scan.
import { pageDataSource } from '../../src/content/page/page-data.ts';
import { TERMS_KEY } from '../../src/core/settings/page-cache.ts';
import { createMatcher, type StoredMatcher } from '../../src/core/match/index.ts';
import type { BackgroundClient } from '../../src/core/messages/index.ts';

export interface ReadyTiming {
  /** terms(): the stored form read and checked (valibot outline). */
  checkMs: number;
  /** createMatcher + the categories map. */
  decodeMs: number;
  totalMs: number;
  /** Entries the matcher knows, and matches in a probe text (not timed): proof it is usable. */
  entries: number;
  probeMatches: number;
}

let held: StoredMatcher | null = null;

/** The page would only ask the background when the cache is unreadable: here that is a failure. */
const noBackground = {
  request: () => Promise.reject(new Error('the stored terms did not read; the bench has no background')),
} as unknown as BackgroundClient;

async function ready(probe: string): Promise<ReadyTiming> {
  const stored = held;
  if (!stored) throw new Error('no stored terms handed to the page');
  const source = pageDataSource(async () => ({ [TERMS_KEY]: stored }), noBackground);
  const t0 = performance.now();
  const terms = await source.terms(stored.stamp, false);
  const t1 = performance.now();
  if (!terms) throw new Error('the stored terms did not pass the page\'s check');
  const matcher = createMatcher(terms);
  const { ids, categories } = matcher.data;
  const byId = new Map(ids.map((id, i) => [id, categories[i] ?? '']));
  const t2 = performance.now();
  return { checkMs: t1 - t0, decodeMs: t2 - t1, totalMs: t2 - t0, entries: byId.size, probeMatches: matcher.scan(probe).length };
}

(globalThis as unknown as { __glossReady: unknown }).__glossReady = {
  hold: (stored: StoredMatcher) => {
    held = stored;
  },
  ready,
};
