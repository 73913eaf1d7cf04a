import { describe, expect, it } from 'vitest';
import { compile, createMatcher, createMatcherGradually, type TermSource } from '../../../src/core/match/index.ts';

const SOURCES: TermSource[] = [
  { id: 'nord-stream', terms: [{ text: 'Nord Stream', caseSensitive: false }] },
  { id: 'nord-stream-2', terms: [{ text: 'Nord Stream 2', caseSensitive: false }] },
  { id: 'power-of-siberia', terms: [{ text: 'Power of Siberia', caseSensitive: false }, { text: 'Сила Сибири', caseSensitive: false }] },
  { id: 'power-of-siberia-2', terms: [{ text: 'Power of Siberia 2', caseSensitive: false }] },
  { id: 'swift', terms: [{ text: 'SWIFT', caseSensitive: true }] },
  { id: 'mir', terms: [{ text: 'Mir', caseSensitive: true }, { text: 'Мир', caseSensitive: true }] },
  { id: 'hezbollah', terms: [{ text: 'Hezbollah', caseSensitive: false }, { text: 'Хезболла', caseSensitive: false }, { text: 'حزب‌الله', caseSensitive: false }] },
  { id: 'instc', terms: [{ text: 'North-South Transport Corridor', caseSensitive: false }] },
  { id: 'irgc', terms: [{ text: 'سپاه پاسداران', caseSensitive: false }] },
  { id: 'bundestag', terms: [{ text: 'Bundestag', caseSensitive: false }, { text: 'Straße des Bundestags', caseSensitive: false }] },
];
const matcher = createMatcher(compile(SOURCES));

function found(text: string): Array<[string, string]> {
  return matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.id]);
}

describe('leftmost-longest', () => {
  it('prefers the longer term at the same start', () => {
    expect(found('Power of Siberia 2 and Nord Stream 2')).toEqual([
      ['Power of Siberia 2', 'power-of-siberia-2'],
      ['Nord Stream 2', 'nord-stream-2'],
    ]);
    expect(found('Nord Stream is not Nord Stream 2.')).toEqual([
      ['Nord Stream', 'nord-stream'],
      ['Nord Stream 2', 'nord-stream-2'],
    ]);
  });

  it('returns non-overlapping matches in order', () => {
    const t = createMatcher(compile([
      { id: 'ab', terms: [{ text: 'a b', caseSensitive: false }] },
      { id: 'bc', terms: [{ text: 'b c d', caseSensitive: false }] },
      { id: 'c', terms: [{ text: 'c', caseSensitive: false }] },
    ]));
    expect(t.scan('a b c d').map((m) => m.id)).toEqual(['ab', 'c']);
  });
});

describe('boundaries', () => {
  it('needs no letter or digit on either side', () => {
    expect(found('Power of Siberia 25')).toEqual([['Power of Siberia', 'power-of-siberia']]);
    expect(found('Hezbollahs NordStream xNord Stream')).toEqual([]);
    expect(found('2Nord Stream')).toEqual([]);
  });

  it('matches next to hyphens and apostrophes', () => {
    expect(found('pro-Hezbollah militias')).toEqual([['Hezbollah', 'hezbollah']]);
    expect(found('Hezbollah’s leader, Hezbollah\'s, Hezbollahʼs')).toHaveLength(3);
  });

  it('counts a combining mark as part of the word', () => {
    expect(found('Bundestag\u0301')).toEqual([]);
  });

  it('works in Persian and Arabic script, keeping ZWNJ inside words', () => {
    expect(found('او گفت حزب‌الله و سپاه پاسداران')).toEqual([
      ['حزب‌الله', 'hezbollah'],
      ['سپاه پاسداران', 'irgc'],
    ]);
    // Without the ZWNJ it is another spelling, not this alias.
    expect(found('حزبالله')).toEqual([]);
    // A ZWNJ suffix (plural -ها) does not glue a letter to the term.
    expect(found('سپاه پاسداران\u200cها')).toEqual([['سپاه پاسداران', 'irgc']]);
    // Arabic-keyboard letters and bidi marks in the page text.
    expect(found('\u200fسپاه پاسداران\u200f')).toEqual([['سپاه پاسداران', 'irgc']]);
  });
});

describe('case', () => {
  it('keeps case-sensitive aliases to their case', () => {
    expect(found('a swift response; gib mir das; the mir space station')).toEqual([]);
    expect(found('cut off from SWIFT; Mir cards; карты «Мир»')).toEqual([
      ['SWIFT', 'swift'],
      ['Mir', 'mir'],
      ['Мир', 'mir'],
    ]);
  });

  it('folds other terms in any case, including headline capitals and Cyrillic', () => {
    expect(found('NORD STREAM 2 BLAST; СИЛА СИБИРИ; хезболла')).toEqual([
      ['NORD STREAM 2', 'nord-stream-2'],
      ['СИЛА СИБИРИ', 'power-of-siberia'],
      ['хезболла', 'hezbollah'],
    ]);
    expect(found('STRASSE DES BUNDESTAGS')).toEqual([['STRASSE DES BUNDESTAGS', 'bundestag']]);
  });

  it('tries an exact-case alias before a folded one with the same key', () => {
    const m = createMatcher(compile([
      { id: 'bird', terms: [{ text: 'swift', caseSensitive: false }] },
      { id: 'swift', terms: [{ text: 'SWIFT', caseSensitive: true }] },
    ]));
    expect(m.scan('SWIFT swift Swift').map((x) => x.id)).toEqual(['swift', 'bird', 'bird']);
  });
});

describe('normalised page text, original offsets', () => {
  it('matches across NBSP, line breaks, soft hyphens, zero-width characters and dash variants', () => {
    const text = 'The Nord\u00a0Stream\u00ad 2 and the North\u2014South Trans\u00adport\nCorridor, Power of\u200b Siberia 2';
    expect(found(text)).toEqual([
      ['Nord\u00a0Stream\u00ad 2', 'nord-stream-2'],
      ['North\u2014South Trans\u00adport\nCorridor', 'instc'],
      ['Power of\u200b Siberia 2', 'power-of-siberia-2'],
    ]);
  });

  it('matches decomposed (NFD) text, and maps offsets through ß → ss', () => {
    const m = createMatcher(compile([{ id: 'cafe', terms: [{ text: 'Café Müller', caseSensitive: false }] }]));
    const text = 'Das Straße-Café Mu\u0308ller.'.normalize('NFD');
    const [hit] = m.scan(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('Cafe\u0301 Mu\u0308ller');
    const s = 'Straße ß Bundestag';
    expect(found(s)).toEqual([['Bundestag', 'bundestag']]);
  });

  it('does not match a term inside a cluster (e + U+0301 is not e)', () => {
    const m = createMatcher(compile([{ id: 'e', terms: [{ text: 'e', caseSensitive: false }] }]));
    expect(m.scan('e\u0301 é e')).toEqual([{ start: 5, end: 6, id: 'e' }]);
  });
});

describe('compile', () => {
  it('is deterministic and survives JSON', () => {
    const a = compile(SOURCES);
    expect(JSON.stringify(compile(SOURCES))).toBe(JSON.stringify(a));
    const m = createMatcher(JSON.parse(JSON.stringify(a)));
    expect(m.scan('Nord Stream 2')).toEqual(matcher.scan('Nord Stream 2'));
    expect(a.format).toBe('gloss-terms');
    expect(a.version).toBe(1);
  });

  it('drops empty keys and duplicate claims; the first entry keeps a shared key', () => {
    const d = compile([
      { id: 'x', terms: [{ text: ' \u00ad ', caseSensitive: false }, { text: 'Term', caseSensitive: false }, { text: 'TERM', caseSensitive: false }] },
      { id: 'y', terms: [{ text: 'term', caseSensitive: false }] },
    ]);
    expect(d.ids).toEqual(['x']);
    expect(d.terms).toEqual(['term']);
    expect(createMatcher(d).scan('a term')).toEqual([{ start: 2, end: 6, id: 'x' }]);
  });

  it('stores one line per term, grouped by entry, with the exact form of case-sensitive ones', () => {
    const d = compile([{ id: 'mir', terms: [{ text: 'Mir', caseSensitive: true }, { text: 'Mir  Pay', caseSensitive: false }, { text: 'Мир', caseSensitive: true }] }]);
    expect(d).toEqual({ format: 'gloss-terms', version: 1, ids: ['mir'], categories: [''], terms: ['mir\tMir\nmir pay\nмир\tМир'] });
    expect(compile([{ id: 'mir', category: 'payment-system', terms: [{ text: 'Mir', caseSensitive: true }] }]).categories).toEqual(['payment-system']);
  });

  it('scans nothing with an empty dictionary', () => {
    expect(createMatcher(compile([])).scan('anything at all')).toEqual([]);
  });

  it('rejects a dictionary that is not one, with a clear message', () => {
    const good = compile(SOURCES);
    expect(() => createMatcher({ ...good, version: 2 } as never)).toThrow(/version 2 is not supported/);
    expect(() => createMatcher({ ...good, terms: ['x'] } as never)).toThrow(/as long as ids/);
    expect(() => createMatcher({ ...good, categories: ['x'] } as never)).toThrow(/categories must be an array of strings as long as ids/);
    const one = { ...good, ids: ['a'], categories: [''] };
    expect(() => createMatcher({ ...one, terms: ['x\ty\tz'] } as never)).toThrow(/"a" hold a malformed line/);
    expect(() => createMatcher({ ...one, terms: ['x\n'] } as never)).toThrow(/malformed line ""/);
    expect(() => createMatcher({ ...one, terms: [7] } as never)).toThrow(/must be a string/);
    expect(() => createMatcher(null as never)).toThrow(/not an object/);
  });

  it('builds a correct automaton from a hand-edited, unsorted file', () => {
    const d = compile(SOURCES);
    const shuffled = { ...d, ids: [...d.ids].reverse(), terms: [...d.terms].map((t) => t.split('\n').reverse().join('\n')).reverse() };
    expect(createMatcher(shuffled).scan('Nord Stream 2, Hezbollah')).toEqual(matcher.scan('Nord Stream 2, Hezbollah'));
  });
});

describe('createMatcherGradually', () => {
  it('builds the same matcher as createMatcher, in many short steps', () => {
    const dict = compile([
      { id: 'ps2', terms: [{ text: 'Power of Siberia 2', caseSensitive: false }, { text: 'Сила Сибири 2', caseSensitive: false }] },
      { id: 'ps1', terms: [{ text: 'Power of Siberia', caseSensitive: false }] },
      ...Array.from({ length: 300 }, (_, i) => ({ id: `t${i}`, terms: [{ text: `term number ${i} of many`, caseSensitive: false }] })),
      { id: 'swift', terms: [{ text: 'SWIFT', caseSensitive: true }] },
    ]);
    const steps = createMatcherGradually(dict);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThan(5);
    const text = 'Power of Siberia 2, power of siberia, a swift SWIFT reply, СИЛА СИБИРИ 2 and term number 42 of many.';
    expect(r.value.scan(text)).toEqual(createMatcher(dict).scan(text));
    expect(r.value.scan(text).map((m) => m.id)).toEqual(['ps2', 'ps1', 'swift', 'ps2', 't42']);
  });
});
