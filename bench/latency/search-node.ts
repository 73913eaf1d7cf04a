// Search latency per keystroke over the whole dictionary, in Node: the engine alone, without a
// browser. Each query is typed one character at a time (every prefix is one keystroke); one
// untimed pass warms the JIT (the popup warms its index while the reader looks at it), then three
// timed rounds measure the steady state, including picking the matched alias or snippet.
import { readFactsFiles } from '../../src/cli/lib/facts-files.ts';
import { localToday } from '../../src/core/facts/dates.ts';
import { validateFacts } from '../../src/core/facts/validate.ts';
import { createSearchIndex } from '../../src/core/search/index.ts';
import { describeTimes, type TimeSummary } from './stats.ts';

/** Queries readers type: names in four languages, typos, long official names. */
export const QUERIES = [
  'power of siberia 2',
  'kraft sibiriens 2',
  'сила сибири',
  'nord-süd-korridor',
  'international north south transport corridor',
  'hezbolah',
  'gazprm nigc',
  'коридор север-юг',
  'نیروی سیبری ۲',
  'mir shetab',
  'strait of hormuz',
  'islamic revolutionary guard corps',
];

export interface NodeSearchResult {
  entries: number;
  buildMs: number;
  keystrokes: TimeSummary;
}

export async function measureNodeSearch(factsDir: string, rounds = 3): Promise<NodeSearchResult> {
  const { entries, errors } = validateFacts(await readFactsFiles(factsDir), { today: localToday() });
  if (errors.length > 0) throw new Error(`${factsDir} does not validate (${errors.length} errors)`);
  const t0 = performance.now();
  const index = createSearchIndex(entries);
  const buildMs = performance.now() - t0;
  for (const q of QUERIES) for (let i = 1; i <= q.length; i++) index.search(q.slice(0, i));
  const times: number[] = [];
  let results = 0;
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      for (let i = 1; i <= q.length; i++) {
        const start = performance.now();
        results += index.search(q.slice(0, i)).length;
        times.push(performance.now() - start);
      }
    }
  }
  if (results === 0) throw new Error('the search found nothing: the measurement would mean nothing');
  return { entries: entries.length, buildMs, keystrokes: describeTimes(times) };
}
