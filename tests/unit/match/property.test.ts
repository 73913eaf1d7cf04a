import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, createMatcher } from '../../../src/core/match/index.ts';
import { refKey, refScan, type RefTerm } from './reference.ts';
import { normalizeKey } from '../../../src/core/match/index.ts';

// Words chosen to collide: prefixes of one another, case-fold twins (ß/ss, İ/i̇, Σ/σ/ς, K/K),
// NFC twins (é / e + U+0301), Persian with ZWNJ and Arabic letter variants, digits.
const WORDS = [
  'nord', 'stream', 'stream 2', 'power', 'of', 'siberia', '2', '25', 'swift', 'SWIFT', 'mir', 'Mir', 'straße', 'STRASSE',
  'İstanbul', 'istanbul', 'Хезболла', 'хезболла', 'Сила', 'сибири', 'ΣΊΣΥΦΟΣ', 'σίσυφος', 'حزب\u200cالله', 'حزب', 'الله',
  'کیک', 'كيك', 'café', 'cafe\u0301', 'x', 'a', 'pro', "o'neil", 'o\u2019neil', 'e', 'ß', '\ufb01re', 'fire', '\u{1d400}b',
  'ǅemal', 'Kelvin', '\u212aelvin', 'ŉ', 'ΐ', 'Å', '\u212b', 'north-south', 'north\u2013south', 'i\u0307', 'ı', 'سیبری ۲', 'سيبري ٢',
];
const NOISE = [
  ' ', ' ', ', ', '.', '-', '\u2014', '\n', '\u00a0', '\t', "'s", '\u2019s', 'pro-', '"', '\u201e', '\u00ab', '\u0301',
  '\u0308', '\u0307', '\u0345', '\u{1f600}', '\u{1d400}', '7', 'a', 'Z', 'ς', 'Σ', 'ß', 'ẞ', 'İ', 'ı', '\ufb01', '\u200c',
  '\u200d', '\u00ad', '\u200b', '\u2060', '\ufeff', '\u200f', '\u0640', '\ud800', '\udc00', 'ǅ', 'ŉ', 'ΐ', '\u212b',
  '\u212a', '\u1100\u1161', 'e\u0301', '\u0301\u0301', '\u3000', '\u2028',
];
const SPACES = [' ', '  ', '\u00a0', '\n', '\t', ' \u00ad ', '\u2009', '\r\n'];
const DASHES = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];
const QUOTES = ["'", '\u2018', '\u2019', '\u02bc', '\u201b'];
const INVISIBLE = ['\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff', '\u200e'];

const termText = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).chain((ws) =>
    fc.array(fc.constantFrom(' ', ' ', '-', '\u2013', ' - '), { minLength: ws.length - 1, maxLength: ws.length - 1 })
      .map((seps) => ws.map((w, i) => (i === 0 ? w : seps[i - 1] + w)).join(''))) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
);

const terms = fc.array(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), text: termText, caseSensitive: fc.boolean() }),
  { minLength: 1, maxLength: 8 },
);

/** One way a page might write a term: another case, other spaces, dashes, quotes, NFD, invisibles. */
function variant(text: string, seed: number[]): string {
  let i = 0;
  const pick = <T>(xs: readonly T[]): T => xs[(seed[i++ % seed.length] ?? 0) % xs.length]!;
  const casing = pick([0, 1, 2, 3, 4]);
  let s = casing === 1 ? text.toUpperCase() : casing === 2 ? text.toLowerCase() : casing === 3 ? text.normalize('NFD') : text;
  if (casing === 4) s = Array.from(s, (ch, k) => (k % 2 ? ch.toUpperCase() : ch.toLowerCase())).join('');
  s = s.replace(/ /g, () => pick(SPACES));
  s = s.replace(/[-\u2013]/g, () => pick(DASHES));
  s = s.replace(/['\u2019]/g, () => pick(QUOTES));
  if (pick([0, 1, 2]) === 0) {
    const chars = Array.from(s);
    chars.splice(pick([0, 1, 2, 3, 4, 5, 6, 7]) % (chars.length + 1), 0, pick(INVISIBLE));
    s = chars.join('');
  }
  return s;
}

function pageText(dict: RefTerm[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...dict.map((t) => t.text)), fc.array(fc.nat(50), { minLength: 1, maxLength: 8 })).map(([t, seed]) => variant(t, seed)) },
    { weight: 4, arbitrary: fc.constantFrom(...NOISE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  );
  return fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(''));
}

describe('matcher against the reference', () => {
  it('finds exactly what the naive reference finds (10,000 random pages)', () => {
    fc.assert(
      fc.property(terms.chain((dict) => fc.tuple(fc.constant(dict), pageText(dict))), ([dict, text]) => {
        const sources = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
          id,
          terms: dict.filter((t) => t.id === id).map(({ text: t, caseSensitive }) => ({ text: t, caseSensitive })),
        }));
        // Through JSON, as the content script gets it.
        const matcher = createMatcher(JSON.parse(JSON.stringify(compile(sources))));
        const bySource = sources.flatMap((s) => s.terms.map((t) => ({ id: s.id, ...t })));
        expect(matcher.scan(text)).toEqual(refScan(bySource, text));
      }),
      { numRuns: 10_000 },
    );
    // ~3 s alone; the generous limit covers a machine shared with other jobs.
  }, 60_000);

  it('normalises keys exactly as the reference does (10,000 random strings)', () => {
    fc.assert(
      fc.property(
        fc.oneof(termText, fc.string({ unit: 'binary', maxLength: 12 }), fc.array(fc.constantFrom(...NOISE, ...WORDS)).map((x) => x.join(''))),
        fc.boolean(),
        (text, cs) => {
          expect(normalizeKey(text, cs)).toBe(refKey(text, cs));
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
