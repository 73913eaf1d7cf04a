import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHUNK, OVERLAP, scanPiece } from '../../../../src/content/scan/chunked-scan.ts';
import { matcher } from '../support.ts';

/** All matches of `text`, piece by piece, as scanPiece is driven by the scan job. */
function scanInPieces(text: string) {
  const out: Array<{ start: number; end: number; id: string }> = [];
  let from = 0;
  let lastEnd = 0;
  let pieces = 0;
  for (;;) {
    const { matches, next } = scanPiece(matcher, text, from, lastEnd);
    pieces++;
    out.push(...matches);
    const last = matches[matches.length - 1];
    if (last) lastEnd = last.end;
    if (next < 0) break;
    expect(next).toBeGreaterThan(from);
    from = next;
  }
  return { matches: out, pieces };
}

const WORDS = ['Nord', 'Stream', '2', 'Power', 'of', 'Siberia', 'SWIFT', 'swift', 'INSTC', 'the', 'pipeline', 'North-South', 'Transport', 'Corridor', 'é', '\u0301', '—', 'x'.repeat(300)];

describe('scanning long text in pieces', () => {
  it('finds exactly what one scan of the whole text finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 2_500, maxLength: 12_000 }), fc.constantFrom(' ', '\n', '  ', ''), (words, sep) => {
        const text = words.join(sep);
        expect(scanInPieces(text).matches).toEqual(matcher.scan(text));
      }),
      { numRuns: 40 },
    );
  });

  it('cuts a megabyte into pieces of about CHUNK characters', () => {
    const text = 'Gas through Nord Stream 2 and Power of Siberia 2 paid via SWIFT. '.repeat(16_000);
    const { matches, pieces } = scanInPieces(text);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(pieces).toBeGreaterThanOrEqual(Math.floor(text.length / (CHUNK + 256)));
    expect(matches).toEqual(matcher.scan(text));
    expect(matches.length).toBe(16_000 * 3);
  });

  it('scans a short text in one go', () => {
    const text = 'Nord Stream '.repeat(Math.floor((CHUNK + OVERLAP) / 12));
    expect(scanPiece(matcher, text, 0, 0).next).toBe(-1);
  });

  it('judges a term at a cut on the character before the cut', () => {
    // No whitespace: the cut falls right before "SWIFT", which is glued to the x's and not a word.
    const glued = 'x'.repeat(CHUNK) + 'SWIFT-' + 'x'.repeat(OVERLAP);
    expect(scanInPieces(glued).matches).toEqual([]);
    const free = 'x'.repeat(CHUNK - 1) + '-SWIFT-' + 'x'.repeat(OVERLAP);
    expect(scanInPieces(free).matches.map((m) => m.id)).toEqual(['swift']);
  });

  it('finds a term that runs across a cut once', () => {
    const text = 'x'.repeat(CHUNK - 5) + ' Nord Stream 2 ' + 'y'.repeat(CHUNK);
    const { matches, pieces } = scanInPieces(text);
    expect(pieces).toBeGreaterThan(1);
    expect(matches).toEqual([{ start: CHUNK - 4, end: CHUNK + 9, id: 'ns' }]);
  });

  it('never cuts a surrogate pair in text without spaces', () => {
    const text = '😀'.repeat(CHUNK) + ' SWIFT';
    const { matches } = scanInPieces(text);
    expect(matches.map((m) => m.id)).toEqual(['swift']);
  });
});
