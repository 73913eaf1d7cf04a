import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHUNK, OVERLAP, scanPiece } from '../../../../src/content/scan/chunked-scan.ts';
import type { Candidate } from '../../../../src/core/match/index.ts';
import { matcher } from '../support.ts';

/** A candidate as a test compares it: where, and which entries it may be (ids, not indices). */
function found(c: Candidate) {
  return { start: c.start, end: c.end, ids: c.readings.map((r) => matcher.data.ids[r.entry]) };
}

/** What one scan of the whole text finds, as the pieces' result is compared with it. */
function whole(text: string) {
  const scan = matcher.scanBlock(text);
  return { candidates: scan.candidates.map(found), cues: new Set(scan.cues), mentioned: new Set(scan.mentioned) };
}

/** All candidates of `text`, piece by piece, as scanPiece is driven by the scan job. */
function scanInPieces(text: string) {
  const candidates: Array<ReturnType<typeof found>> = [];
  const cues = new Set<number>();
  const mentioned = new Set<number>();
  let from = 0;
  let lastEnd = 0;
  let pieces = 0;
  for (;;) {
    const piece = scanPiece(matcher, text, from, lastEnd);
    pieces++;
    candidates.push(...piece.candidates.map(found));
    for (const c of piece.cues) cues.add(c);
    for (const e of piece.mentioned) mentioned.add(e);
    const last = piece.candidates[piece.candidates.length - 1];
    if (last) lastEnd = last.end;
    if (piece.next < 0) break;
    expect(piece.next).toBeGreaterThan(from);
    from = piece.next;
  }
  return { candidates, cues, mentioned, pieces };
}

const WORDS = [
  ...['Nord', 'Stream', '2', 'Power', 'of', 'Siberia', 'SWIFT', 'swift', 'xSWIFT', 'INSTC', 'the', 'pipeline', 'North-South', 'Transport', 'Corridor'],
  // Cues and names only the page decides: "Mir" needs "card" or "payments" somewhere on the page.
  ...['Alexei', 'Miller', 'Mir', 'card', 'discard', 'cardinal', 'payments'],
  ...['é', '\u0301', '—', 'x'.repeat(300)],
];

describe('scanning long text in pieces', () => {
  it('finds exactly what one scan of the whole text finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 2_500, maxLength: 12_000 }), fc.constantFrom(' ', '\n', '  ', ''), (words, sep) => {
        const text = words.join(sep);
        const { candidates, cues, mentioned } = scanInPieces(text);
        expect({ candidates, cues, mentioned }).toEqual(whole(text));
      }),
      { numRuns: 40 },
    );
  });

  it('cuts a megabyte into pieces of about CHUNK characters', () => {
    const text = 'Gas through Nord Stream 2 and Power of Siberia 2 paid via SWIFT. '.repeat(16_000);
    const { candidates, pieces } = scanInPieces(text);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(pieces).toBeGreaterThanOrEqual(Math.floor(text.length / (CHUNK + 256)));
    expect(candidates).toEqual(whole(text).candidates);
    expect(candidates.length).toBe(16_000 * 3);
  });

  it('scans a short text in one go', () => {
    const text = 'Nord Stream '.repeat(Math.floor((CHUNK + OVERLAP) / 12));
    expect(scanPiece(matcher, text, 0, 0).next).toBe(-1);
  });

  it('judges a term at a cut on the character before the cut', () => {
    // No whitespace: the cut falls right before "SWIFT", which is glued to the x's and not a word.
    const glued = 'x'.repeat(CHUNK) + 'SWIFT-' + 'x'.repeat(OVERLAP);
    expect(scanInPieces(glued).candidates).toEqual([]);
    const free = 'x'.repeat(CHUNK - 1) + '-SWIFT-' + 'x'.repeat(OVERLAP);
    expect(scanInPieces(free).candidates.map((c) => c.ids)).toEqual([['swift']]);
  });

  it('finds a term that runs across a cut once', () => {
    const text = 'x'.repeat(CHUNK - 5) + ' Nord Stream 2 ' + 'y'.repeat(CHUNK);
    const { candidates, pieces } = scanInPieces(text);
    expect(pieces).toBeGreaterThan(1);
    expect(candidates).toEqual([{ start: CHUNK - 4, end: CHUNK + 9, ids: ['ns'] }]);
  });

  it('reads no word cut in two at either end of a piece as a cue or a mention', () => {
    /** `n` characters of short words, ending in a letter. */
    const words = (n: number) => 'w '.repeat(n).slice(0, n).replace(/ $/, 'w');
    // The first piece ends at CHUNK; its context runs OVERLAP further, and would end inside "cardinal".
    const endsInWord = `${words(CHUNK)} ${'y'.repeat(OVERLAP - 6)} cardinal Mir ${words(CHUNK)}`;
    // The second piece's context would start OVERLAP before CHUNK, inside "wxSWIFT" or "discard".
    const startsInWord = `${words(CHUNK - OVERLAP - 2)} xSWIFT ${'y'.repeat(OVERLAP - 6)} Mir ${words(CHUNK)}`;
    const startsInCue = `${words(CHUNK - OVERLAP - 4)} discard ${'y'.repeat(OVERLAP - 9)} Mir ${words(CHUNK)}`;
    for (const text of [endsInWord, startsInWord, startsInCue]) {
      const { cues, mentioned, pieces } = scanInPieces(text);
      expect(pieces).toBeGreaterThan(1);
      expect({ cues, mentioned }).toEqual({ cues: new Set(), mentioned: new Set() });
    }
  });

  it('never cuts a surrogate pair in text without spaces', () => {
    const text = '😀'.repeat(CHUNK) + ' SWIFT';
    expect(scanInPieces(text).candidates.map((c) => c.ids)).toEqual([['swift']]);
  });
});
