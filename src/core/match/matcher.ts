import { buildAutomatonGradually, drain, type Automaton } from './automaton.ts';
import { readDictionary, type CompiledDictionary } from './dictionary.ts';
import { normalizeKey, prepareTable } from './normalize.ts';
import { runScan, ScanBuffers, UNIT_WORD } from './scan.ts';

/** A found term: offsets into the ORIGINAL string (end exclusive) and the entry id. */
export interface Match {
  start: number;
  end: number;
  id: string;
}

export interface Matcher {
  /** Every term in `text`: leftmost-longest, non-overlapping, in order. */
  scan(text: string): Match[];
}

/** Builds the automaton from a compiled dictionary (checked first, so bad JSON fails clearly). */
export function createMatcher(dict: CompiledDictionary): Matcher {
  return drain(createMatcherGradually(dict));
}

/** createMatcher cut into short steps (see buildAutomatonGradually); the result is the same matcher. */
export function* createMatcherGradually(dict: CompiledDictionary): Generator<void, Matcher, void> {
  const { ids, terms } = readDictionary(dict);
  yield;
  const automaton = yield* buildAutomatonGradually(terms);
  prepareTable();
  const buffers = new ScanBuffers();
  const cand: number[] = [];
  return {
    scan(text: string): Match[] {
      runScan(automaton, text, buffers);
      if (buffers.hits.length === 0) return [];
      cand.length = 0;
      check(automaton, buffers, text, cand);
      return select(cand, buffers, ids);
    },
  };
}

/** Keeps the hits that cover whole clusters, touch no letter, digit or mark, and fit their case rule. */
function check(a: Automaton, buf: ScanBuffers, text: string, cand: number[]): void {
  const { from, flags, hits } = buf;
  const n = buf.length;
  for (let h = 0; h < hits.length; h += 2) {
    const k = hits[h]!;
    let node = hits[h + 1]!;
    if (a.out[node]! < 0) node = a.link[node]!;
    while (node >= 0) {
      const p = a.out[node]!;
      const first = k - a.patLen[p]! + 1;
      const ok =
        (first === 0 || (from[first - 1] !== from[first] && (flags[first - 1]! & UNIT_WORD) === 0)) &&
        (k + 1 === n || (from[k + 1] !== from[k] && (flags[k + 1]! & UNIT_WORD) === 0));
      if (ok) {
        const id = pickAlternative(a, p, text, from[first]!, buf.end(k));
        if (id >= 0) cand.push(first, k, id);
      }
      node = a.link[node]!;
    }
  }
}

/** The first alternative of pattern `p` whose case rule holds for text[start, end), or -1. */
function pickAlternative(a: Automaton, p: number, text: string, start: number, end: number): number {
  let exactHere: string | undefined;
  for (let i = a.altStart[p]!; i < a.altStart[p + 1]!; i++) {
    const exact = a.altExact[i];
    if (exact === null || exact === undefined) return a.altId[i]!;
    exactHere ??= normalizeKey(text.slice(start, end), true);
    if (exactHere === exact) return a.altId[i]!;
  }
  return -1;
}

/** Leftmost-longest, non-overlapping: sort by start, longer first, then take greedily. */
function select(cand: number[], buf: ScanBuffers, ids: string[]): Match[] {
  const count = cand.length / 3;
  const matches: Match[] = [];
  const order: number[] = [];
  for (let i = 0; i < count; i++) order.push(i * 3);
  order.sort((x, y) => cand[x]! - cand[y]! || cand[y + 1]! - cand[x + 1]!);
  let lastEnd = -1;
  for (const c of order) {
    const first = cand[c]!;
    if (first <= lastEnd) continue;
    const last = cand[c + 1]!;
    matches.push({ start: buf.from[first]!, end: buf.end(last), id: ids[cand[c + 2]!]! });
    lastEnd = last;
  }
  return matches;
}
