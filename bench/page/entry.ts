// Runs inside the benchmarked page (bundled by esbuild, injected by bench/bench.ts). This file is
// bench code, not extension code, so it may use the page's document.
import { blockRange, createMatcher, walkBlocks, type Matcher, type StoredMatcher } from '../../src/core/match/index.ts';

export interface PageDict {
  size: number;
  compiled: StoredMatcher;
  /** The same terms as written, for mark.js and the combined RegExp. */
  texts: string[];
}

interface MarkInstance {
  mark(term: string, options: Record<string, unknown>): void;
  unmark(options?: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

const matchers: Matcher[] = [];
const regexes: RegExp[] = [];
const markTerms: string[][] = [];

/**
 * Time `run` over enough repetitions to last about `minMs`, as performance.now() is coarsened to
 * 0.1 ms in pages that are not cross-origin isolated. Returns the mean of one repetition.
 */
function calibrated<T extends { ms: number }>(run: () => T, minMs = 3): T {
  const first = run();
  const reps = Math.min(200, Math.max(1, Math.ceil(minMs / Math.max(first.ms, 0.02))));
  if (reps === 1) return first;
  let last = first;
  const t = performance.now();
  for (let r = 0; r < reps; r++) last = run();
  return { ...last, ms: (performance.now() - t) / reps };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function setup(dicts: PageDict[]): { createMs: number[]; regexMs: number[] } {
  const createMs: number[] = [];
  const regexMs: number[] = [];
  for (const d of dicts) {
    let t = performance.now();
    matchers.push(createMatcher(d.compiled));
    createMs.push(performance.now() - t);
    const longestFirst = [...d.texts].sort((a, b) => b.length - a.length);
    markTerms.push(longestFirst);
    t = performance.now();
    // The obvious alternative: one case-insensitive alternation, longest first, with boundaries.
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    re.exec('warm up the regexp compiler once');
    regexes.push(re);
    regexMs.push(performance.now() - t);
  }
  return { createMs, regexMs };
}

/** (a) The floor: a bare TreeWalker pass that reads every text node. */
function floor(): { ms: number; nodes: number; chars: number } {
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    chars += (n as Text).data.length;
  }
  return { ms: performance.now() - t, nodes, chars };
}

/** (b) Gloss: walk the blocks, scan each, and map every match back to DOM positions. */
function gloss(i: number): { ms: number; matches: number; blocks: number } {
  const matcher = matchers[i]!;
  const t = performance.now();
  let matches = 0;
  let blocks = 0;
  let check = 0;
  for (const block of walkBlocks(document.body)) {
    blocks++;
    for (const m of matcher.scan(block.text)) {
      check += blockRange(block, m.start, m.end).endOffset;
      matches++;
    }
  }
  return { ms: performance.now() - t, matches: matches + (check < 0 ? 1 : 0), blocks };
}

/** (d) The combined RegExp over every text node. */
function regex(i: number): { ms: number; matches: number } {
  const re = regexes[i]!;
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let matches = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    re.lastIndex = 0;
    while (re.exec(data)) matches++;
  }
  return { ms: performance.now() - t, matches };
}

/**
 * (c) mark.js, one term at a time (what mark(array) does inside), longest first, until the budget
 * is spent; the caller extrapolates by terms done. Marks are removed afterwards (not timed).
 */
function mark(i: number, budgetMs: number): { ms: number; done: number; total: number; marks: number } {
  const Mark = (globalThis as unknown as { Mark?: MarkConstructor }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded');
  const terms = markTerms[i]!;
  const instance = new Mark(document.body);
  const options = {
    separateWordSearch: false,
    accuracy: { value: 'exactly', limiters: [',', '.', ':', ';', '!', '?', '"', "'", '\u2019', '\u201c', '\u201d', '(', ')', '-', '\u2013', '\u2014'] },
  };
  const t = performance.now();
  let done = 0;
  while (done < terms.length) {
    instance.mark(terms[done]!, options);
    done++;
    if (performance.now() - t > budgetMs) break;
  }
  const ms = performance.now() - t;
  const marks = document.body.querySelectorAll('mark[data-markjs]').length;
  instance.unmark();
  return { ms, done, total: terms.length, marks };
}

(globalThis as unknown as { __glossBench: unknown }).__glossBench = {
  setup,
  floor,
  gloss,
  regex,
  mark,
  warm: {
    floor: () => calibrated(floor),
    gloss: (i: number) => calibrated(() => gloss(i)),
    regex: (i: number) => calibrated(() => regex(i)),
  },
};
