/**
 * The matching engine's front: build a matcher from compiled data (or its stored form), read a
 * block, or read a whole page of blocks and decide it (resolve.ts).
 */
import { decodeMatcher, type MatcherCheck, type MatcherData, type StoredMatcher } from './data.ts';
import { resolvePage, type PageContext } from './resolve.ts';
import { BlockScanner, type BlockScan, type Reading } from './scan-block.ts';

/** A found term: offsets into the original string (end exclusive) and the entry id. */
export interface Match {
  start: number;
  end: number;
  id: string;
}

/** A match with how it was found, for `scan --explain`. */
export interface ExplainedMatch extends Match {
  reading: Reading;
}

export interface Matcher {
  readonly data: MatcherData;
  /** One block: candidates, with what the page must still decide. */
  scanBlock(text: string): BlockScan;
  /** A text taken as a whole page: the selection menu, the options preview, tests. */
  scan(text: string): Match[];
}

/** `check`: how much of stored terms to check (data.ts MatcherCheck); compiled data is taken as it is. */
export function createMatcher(source: MatcherData | StoredMatcher, check: MatcherCheck = 'full'): Matcher {
  const data = typeof (source as StoredMatcher).buffer === 'string' ? decodeMatcher(source as StoredMatcher, check) : (source as MatcherData);
  const scanner = new BlockScanner(data);
  const matcher: Matcher = {
    data,
    scanBlock: (text) => scanner.scan(text),
    scan: (text) => matchBlocks(matcher, [text])[0] ?? [],
  };
  return matcher;
}

/** The page context of a set of block scans: every cue and every unconditional mention. */
export function pageContextOf(scans: readonly BlockScan[]): PageContext {
  const cues = new Set<number>();
  const mentioned = new Set<number>();
  for (const s of scans) {
    for (const c of s.cues) cues.add(c);
    for (const e of s.mentioned) mentioned.add(e);
  }
  return { cues, mentioned };
}

/** Every block of a page, in document order, read and decided together. */
export function matchBlocks(matcher: Matcher, texts: readonly string[]): ExplainedMatch[][] {
  const scans = texts.map((t) => matcher.scanBlock(t));
  const items = scans.flatMap((s) => s.candidates);
  const decided = resolvePage(items, matcher.data.rules, pageContextOf(scans));
  let i = 0;
  return scans.map((s) =>
    s.candidates.flatMap((c) => {
      const entry = decided[i++] as number;
      if (entry < 0) return [];
      const reading = c.readings.find((r) => r.entry === entry) ?? c.readings[0];
      if (reading === undefined) throw new Error(`explain: the candidate at ${c.start}–${c.end} has no reading`);
      return [{ start: c.start, end: c.end, id: matcher.data.ids[entry] ?? '', reading }];
    }),
  );
}
