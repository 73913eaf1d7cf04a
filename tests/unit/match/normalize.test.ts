import { describe, expect, it } from 'vitest';
import { NormalizedText, normalizeInto, normalizeKey } from '../../../src/core/match/normalize.ts';

function stream(text: string): { s: string; from: number[]; to: number[] } {
  const out = new NormalizedText();
  normalizeInto(text, out, true);
  return { s: out.toString(), from: Array.from(out.from.subarray(0, out.length)), to: Array.from(out.to.subarray(0, out.length)) };
}

describe('normalizeKey', () => {
  it('folds case fully, including ß, ẞ, final sigma, İ and Cyrillic', () => {
    expect(normalizeKey('Straße', false)).toBe('strasse');
    expect(normalizeKey('STRASSE', false)).toBe('strasse');
    expect(normalizeKey('ẞ', false)).toBe('ss');
    expect(normalizeKey('ΣΊΣΥΦΟΣ', false)).toBe(normalizeKey('σίσυφος', false));
    expect(normalizeKey('İ', false)).toBe('i\u0307');
    expect(normalizeKey('ХЕЗБОЛЛА', false)).toBe('хезболла');
    expect(normalizeKey('Ёлка', false)).toBe('ёлка');
    expect(normalizeKey('\ufb01re', false)).toBe('fire');
    expect(normalizeKey('\u212aelvin', false)).toBe('kelvin');
  });

  it('keeps case when case-sensitive, but still unifies the rest', () => {
    expect(normalizeKey('SWIFT', true)).toBe('SWIFT');
    expect(normalizeKey('Mir\u00a0Pay', true)).toBe('Mir Pay');
    expect(normalizeKey('Straße', true)).toBe('Straße');
    expect(normalizeKey('North\u2013South', true)).toBe('North-South');
  });

  it('composes to NFC', () => {
    expect(normalizeKey('cafe\u0301', false)).toBe('caf\u00e9');
    expect(normalizeKey('\u212b', false)).toBe('\u00e5');
    expect(normalizeKey('\u0390', false)).toBe('\u0390');
  });

  it('makes every dash and hyphen one', () => {
    for (const d of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']) {
      expect(normalizeKey(`North${d}South`, false)).toBe('north-south');
    }
  });

  it('makes every space and line break one space, and trims', () => {
    for (const sp of [' ', '\u00a0', '\u202f', '\u2009', '\u3000', '\n', '\r\n', '\t', '  \n ', '\u2028']) {
      expect(normalizeKey(`Nord${sp}Stream`, false)).toBe('nord stream');
    }
    expect(normalizeKey('  Nord Stream \n', false)).toBe('nord stream');
  });

  it('drops soft hyphens and zero-width characters, ZWNJ too', () => {
    for (const z of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f']) {
      expect(normalizeKey(`Hez${z}bollah`, false)).toBe('hezbollah');
    }
    // Persian writes ZWNJ inside a word as often as it leaves it out: both spellings are one word.
    expect(normalizeKey('حزب\u200cالله', false)).toBe('حزبالله');
    expect(normalizeKey('راه\u200cآهن', false)).toBe(normalizeKey('راهآهن', false));
  });

  it('makes curly and straight apostrophes and quotes equal', () => {
    for (const q of ["'", '\u2019', '\u2018', '\u02bc', '\u201b', '\u2032']) expect(normalizeKey(`O${q}Neil`, false)).toBe("o'neil");
    for (const q of ['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']) expect(normalizeKey(`${q}x${q}`, false)).toBe('"x"');
  });

  it('unifies Arabic-keyboard yeh and kaf with the Persian forms', () => {
    expect(normalizeKey('\u0643\u064a\u0643', false)).toBe('\u06a9\u06cc\u06a9');
    expect(normalizeKey('نیروی سیبری \u0662', false)).toBe('نیروی سیبری \u06f2');
  });
});

describe('the offset map', () => {
  it('maps a length-changing fold (ß → ss) back to the one original character', () => {
    const { s, from, to } = stream('aß b');
    expect(s).toBe('ass b');
    expect(from).toEqual([0, 1, 1, 2, 3]);
    expect(to).toEqual([1, 2, 2, 3, 4]);
  });

  it('maps İ → i + U+0307 to one character, and e + U+0301 to its cluster', () => {
    expect(stream('İx')).toEqual({ s: 'i\u0307x', from: [0, 0, 1], to: [1, 1, 2] });
    expect(stream('e\u0301x')).toEqual({ s: '\u00e9x', from: [0, 2], to: [2, 3] });
  });

  it('skips ignored characters and collapses space runs', () => {
    expect(stream('a\u00ad\u200bb  \n c')).toEqual({ s: 'ab c', from: [0, 3, 4, 8], to: [1, 4, 5, 9] });
  });

  it('keeps astral characters as two units of one cluster', () => {
    expect(stream('\u{1d400}!')).toEqual({ s: '\u{1d400}!', from: [0, 0, 2], to: [2, 2, 3] });
  });

  it('reuses and grows its buffers', () => {
    const out = new NormalizedText();
    normalizeInto('x'.repeat(5000) + 'ß'.repeat(3000), out, true);
    expect(out.length).toBe(11000);
    expect(out.to[10999]).toBe(8000);
    normalizeInto('ab', out, true);
    expect(out.toString()).toBe('ab');
  });
});

describe('the fast character table', () => {
  it('agrees with the general rule for every CJK ideograph and Hangul syllable', async () => {
    const { describe: fast, describeSlow } = await import('../../../src/core/match/normalize.ts');
    for (const [lo, hi] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3]] as const) {
      for (let u = lo; u <= hi; u++) {
        if (fast(u, true) !== describeSlow(u, true) || fast(u, false) !== describeSlow(u, false)) {
          throw new Error(`U+${u.toString(16)} differs`);
        }
      }
    }
  }, 30_000);
});
