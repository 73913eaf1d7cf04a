// The issue asks for results in under 16 ms per keystroke over the whole dictionary. This types
// queries one character at a time (every prefix is one keystroke) and times each search,
// including the work of picking the matched alias or snippet. The numbers are printed for the
// report; the test fails if the 95th percentile or the median goes over one frame.
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/core/search/index.ts';
import { realEntries } from './support.ts';

const QUERIES = [
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

const FRAME_MS = 16;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

describe('search latency over the whole dictionary', () => {
  it(`answers each keystroke in under ${FRAME_MS} ms`, async () => {
    const entries = await realEntries();
    const t0 = performance.now();
    const index = createSearchIndex(entries);
    const buildMs = performance.now() - t0;

    // One untimed pass: the popup builds the index while the reader starts typing, so the JIT
    // is warm for most keystrokes; the timed passes then measure steady state, three rounds.
    for (const q of QUERIES) for (let i = 1; i <= q.length; i++) index.search(q.slice(0, i));
    const times: number[] = [];
    let results = 0;
    for (let round = 0; round < 3; round++) {
      for (const q of QUERIES) {
        for (let i = 1; i <= q.length; i++) {
          const start = performance.now();
          results += index.search(q.slice(0, i)).length;
          times.push(performance.now() - start);
        }
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const report = {
      entries: entries.length,
      keystrokes: times.length,
      buildMs: +buildMs.toFixed(1),
      medianMs: +percentile(sorted, 0.5).toFixed(3),
      p95Ms: +percentile(sorted, 0.95).toFixed(3),
      p99Ms: +percentile(sorted, 0.99).toFixed(3),
      maxMs: +(sorted.at(-1) ?? 0).toFixed(3),
      meanMs: +(times.reduce((a, b) => a + b, 0) / times.length).toFixed(3),
    };
    console.log(`search latency: ${JSON.stringify(report)}`);
    expect(results).toBeGreaterThan(0);
    expect(report.medianMs).toBeLessThan(FRAME_MS);
    expect(report.p95Ms).toBeLessThan(FRAME_MS);
  });
});
