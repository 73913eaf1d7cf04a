/**
 * The engine against the reference (reference.ts, written from the README) on random glossaries
 * and random pages. Each property runs in chunks with seeds from one seeded generator, so every run
 * checks the same cases and a failure repeats; fast-check prints the seed and the shrunk case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../scripts/lib/seeded.ts';
import { compile, createMatcher, decodeMatcher, encodeMatcher, matchBlocks, type Matcher, type TermSource } from '../../../src/core/match/index.ts';
import { glossaries, page, pageTexts } from './arbitraries.ts';
import { refMatch, type RefMatch } from './reference.ts';

const CHUNKS = 10;
const RUNS_PER_CHUNK = 500;
const seeds = (base: number): number[] => {
  const next = seeded(base);
  return Array.from({ length: CHUNKS }, () => Math.floor(next() * 0x7fffffff));
};

/** The matcher a page gets: compiled, stored, decoded, built. */
function engine(glossary: readonly TermSource[]): Matcher {
  return createMatcher(decodeMatcher(encodeMatcher(compile(glossary))));
}

const plain = (ms: ReadonlyArray<RefMatch>): RefMatch[] => ms.map(({ start, end, id }) => ({ start, end, id }));

/** Both sides as one readable string per block: each match with the text it covers. */
function shown(texts: readonly string[], matches: ReadonlyArray<readonly RefMatch[]>): string {
  return texts.map((t, i) => `${JSON.stringify(t)} → ${(matches[i] ?? []).map((m) => `${m.id}@${m.start}-${m.end} ${JSON.stringify(t.slice(m.start, m.end))}`).join(', ')}`).join('\n');
}

describe('the matcher agrees with the reference', () => {
  seeds(12).forEach((seed, chunk) => {
    it(`on pages of blocks (chunk ${chunk}, seed ${seed})`, () => {
      fc.assert(
        fc.property(glossaries, page, (glossary, blocks) => {
          const texts = pageTexts(blocks, glossary);
          const got = matchBlocks(engine(glossary.sources), texts).map(plain);
          expect(shown(texts, got)).toBe(shown(texts, refMatch(glossary.sources, texts)));
        }),
        { seed, numRuns: RUNS_PER_CHUNK },
      );
    }, 120_000);
  });

  seeds(13).forEach((seed, chunk) => {
    it(`on one text taken as a page (chunk ${chunk}, seed ${seed})`, () => {
      fc.assert(
        fc.property(glossaries, page, (glossary, blocks) => {
          const [text] = pageTexts(blocks.slice(0, 1), glossary) as [string];
          const got = plain(engine(glossary.sources).scan(text));
          expect(shown([text], [got])).toBe(shown([text], refMatch(glossary.sources, [text])));
        }),
        { seed, numRuns: RUNS_PER_CHUNK },
      );
    }, 120_000);
  });
});
