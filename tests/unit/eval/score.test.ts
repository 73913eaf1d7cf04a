// The realtext-dev scoring on small made-up cases (never text from the set itself).
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../bench/eval/evaluate.ts';
import { byEntry, byLanguage, covers, patternIds, scoreCase, type CaseInput, type Expected, type Highlight } from '../../../bench/eval/score.ts';

/** An annotation or highlight at the first occurrence of `text` at or after `from` in `doc`. */
function at(doc: string, text: string, from = 0): { text: string; start: number; end: number } {
  const start = doc.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in the test text`);
  return { text, start, end: start + text.length };
}
const exp = (doc: string, text: string, pattern: string, from = 0): Expected => ({ ...at(doc, text, from), pattern });
const hl = (doc: string, text: string, id: string, from = 0): Highlight => ({ ...at(doc, text, from), id });
const page = (expected: Expected[], highlights: Highlight[], strict = false): CaseInput => ({ name: 'made-up', lang: 'en', strict, expected, highlights });

describe('covers: the overlap that pairs', () => {
  const e = { start: 10, end: 20 };
  it('accepts equal, inside and containing spans', () => {
    expect(covers({ start: 10, end: 20 }, e)).toBe(true);
    expect(covers({ start: 12, end: 18 }, e)).toBe(true);
    expect(covers({ start: 5, end: 25 }, e)).toBe(true);
  });
  it('refuses spans that only cross one end, touch, or were not placed', () => {
    expect(covers({ start: 5, end: 15 }, e)).toBe(false);
    expect(covers({ start: 15, end: 25 }, e)).toBe(false);
    expect(covers({ start: 20, end: 25 }, e)).toBe(false);
    expect(covers({ start: -1, end: -1 }, e)).toBe(false);
  });
});

describe('scoreCase', () => {
  const doc = 'The Blue Canal opened; the old harbour of Redport saw the Blue Canal traffic grow.';

  it('pairs a highlight inside the annotation, and one that contains it', () => {
    const s = scoreCase(page([exp(doc, 'old harbour of Redport', '^redport$'), exp(doc, 'Blue', '^blue-canal$', 30)], [hl(doc, 'Redport', 'redport'), hl(doc, 'Blue Canal', 'blue-canal', 30)]));
    expect(s.pairs).toEqual([0, 1]);
    expect([s.paired, s.wrong, s.misses]).toEqual([2, 0, []]);
  });

  it('does not pair a highlight that crosses the annotation, nor count it wrong', () => {
    const s = scoreCase(page([exp(doc, 'Blue Canal', '^blue-canal$')], [hl(doc, 'Canal opened', 'blue-canal')]));
    expect(s.paired).toBe(0);
    expect(s.wrong).toBe(0);
    expect(s.misses).toEqual([{ case: 'made-up', text: 'Blue Canal', pattern: '^blue-canal$' }]);
  });

  it('pairs in document order with the first unused highlight, each highlight once', () => {
    const first = exp(doc, 'Blue Canal', '^blue-canal$');
    const second = exp(doc, 'Blue Canal', '^blue-canal$', first.end);
    const s = scoreCase(page([first, second], [hl(doc, 'Blue Canal', 'blue-canal')]));
    expect(s.pairs).toEqual([0, -1]);
    expect(s.misses.map((m) => m.text)).toEqual(['Blue Canal']);
  });

  it('accepts either id of an alternation, and no other', () => {
    const e = exp(doc, 'Blue Canal', '^(blue-canal|canal-link)$');
    expect(scoreCase(page([e], [hl(doc, 'Blue Canal', 'blue-canal')])).paired).toBe(1);
    expect(scoreCase(page([e], [hl(doc, 'Blue Canal', 'canal-link')])).paired).toBe(1);
    const wrong = scoreCase(page([e], [hl(doc, 'Blue', 'blue-canal-2')]));
    expect(wrong.paired).toBe(0);
    expect(wrong.wrongMatches).toEqual([{ case: 'made-up', text: 'Blue', id: 'blue-canal-2', why: 'wrong id' }]);
  });

  it('counts a highlight with a rejected id over an annotation as a miss and a wrong match at once', () => {
    const s = scoreCase(page([exp(doc, 'old harbour of Redport', '^redport$')], [hl(doc, 'Redport', 'redport-fc')]));
    expect([s.expected, s.paired, s.highlights, s.wrong]).toEqual([1, 0, 1, 1]);
  });

  it('leaves other unpaired highlights on an ordinary page unscored', () => {
    const s = scoreCase(page([exp(doc, 'Redport', '^redport$')], [hl(doc, 'Blue Canal', 'blue-canal'), hl(doc, 'Redport', 'redport')]));
    expect([s.paired, s.highlights, s.wrong]).toEqual([1, 2, 0]);
  });

  it('counts every highlight on a strict (trap) page as wrong', () => {
    const s = scoreCase(page([], [hl(doc, 'Blue Canal', 'blue-canal'), hl(doc, 'Redport', 'redport')], true));
    expect([s.expected, s.paired, s.highlights, s.wrong]).toEqual([0, 0, 2, 2]);
    expect(s.wrongMatches.map((w) => w.why)).toEqual(['trap', 'trap']);
  });
});

describe('a string that is both a mention and a non-mention (README rule 6)', () => {
  // "Kite" is once a payment card (annotated) and once a toy (not annotated). The annotations
  // give text only: the card mention is placed after the annotation before it.
  const html = '<p>A Kite flew over the bank. Its ZEPHYR network failed, so Kite cards took over.</p>';
  const expectOf = [
    ['ZEPHYR', '^zephyr$'],
    ['Kite', '^kite$'],
  ] as Array<[string, string]>;
  const realCase = { name: 'en-made-up', lang: 'en', html, expect: expectOf, strict: false };

  it('pairs the mention and leaves a highlight of the non-mention unscored', () => {
    const matches = [
      { id: 'kite', text: 'Kite' },
      { id: 'zephyr', text: 'ZEPHYR' },
      { id: 'kite', text: 'Kite' },
    ];
    const s = scoreCase(caseInput(realCase, matches));
    expect(s.pairs).toEqual([1, 2]);
    expect([s.paired, s.highlights, s.wrong]).toEqual([2, 3, 0]);
  });

  it('misses the mention when only the non-mention is highlighted', () => {
    const s = scoreCase(caseInput(realCase, [{ id: 'kite', text: 'Kite' }, { id: 'zephyr', text: 'ZEPHYR' }]));
    expect(s.misses.map((m) => m.text)).toEqual(['Kite']);
    expect(s.wrong).toBe(0);
  });

  it('counts the same highlight as wrong on a trap page', () => {
    const trap = { ...realCase, name: 'trap-en-made-up', expect: [] as Array<[string, string]>, strict: true };
    const s = scoreCase(caseInput(trap, [{ id: 'kite', text: 'Kite' }]));
    expect([s.highlights, s.wrong]).toEqual([1, 1]);
  });
});

describe('sums by language and by entry', () => {
  const doc = 'Blue Canal and Redport, then Greenway.';
  const a = page([exp(doc, 'Blue Canal', '^blue-canal$'), exp(doc, 'Redport', '^(redport|redport-line)$')], [hl(doc, 'Blue Canal', 'blue-canal')]);
  const b: CaseInput = { ...page([], [hl(doc, 'Greenway', 'greenway')], true), name: 'trap-de-made-up', lang: 'de' };
  const scores = [scoreCase(a), scoreCase(b)];

  it('gives recall and precision per language and overall', () => {
    const rows = byLanguage(scores);
    expect(rows.map((r) => r.lang)).toEqual(['en', 'de', 'ru', 'fa', 'all']);
    expect(rows[0]).toEqual({ lang: 'en', cases: 1, expected: 2, paired: 1, recall: 0.5, highlights: 1, wrong: 0, precision: 1 });
    expect(rows[1]).toEqual({ lang: 'de', cases: 1, expected: 0, paired: 0, recall: null, highlights: 1, wrong: 1, precision: 0 });
    expect(rows[2]).toMatchObject({ cases: 0, recall: null, precision: null });
    expect(rows[4]).toEqual({ lang: 'all', cases: 2, expected: 2, paired: 1, recall: 0.5, highlights: 2, wrong: 1, precision: 0.5 });
  });

  it('counts an alternation for each entry it names', () => {
    expect(patternIds('^(redport|redport-line)$')).toEqual(['redport', 'redport-line']);
    expect(patternIds('^blue-canal$')).toEqual(['blue-canal']);
    expect(byEntry([a, b], scores)).toEqual([
      { id: 'blue-canal', expected: 1, paired: 1, wrong: 0 },
      { id: 'greenway', expected: 0, paired: 0, wrong: 1 },
      { id: 'redport', expected: 1, paired: 0, wrong: 0 },
      { id: 'redport-line', expected: 1, paired: 0, wrong: 0 },
    ]);
  });
});
