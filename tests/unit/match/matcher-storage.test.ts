/**
 * The stored matcher (data.ts): what the background writes to storage and a page reads back must
 * match exactly as the compiled data does, and damaged data is refused with a message that says
 * so, never half read.
 */
import { describe, expect, it } from 'vitest';
import { compile, createMatcher, decodeMatcher, encodeMatcher, type MatcherData, type StoredMatcher, type TermSource } from '../../../src/core/match/index.ts';

const SOURCES: TermSource[] = [
  { id: 'pos2', category: 'pipeline', romanNumerals: true, terms: [{ text: 'Power of Siberia 2', caseSensitive: false, lang: 'en' }, { text: 'Сила Сибири 2', caseSensitive: false, lang: 'ru' }] },
  { id: 'swift', category: 'payment-system', terms: [{ text: 'SWIFT', caseSensitive: true }] },
  {
    id: 'mir',
    terms: [{ text: 'Mir', caseSensitive: true, rules: [0] }],
    rules: [{ require: { words: ['Karte'], scope: 'page' }, veto: { phrases: ['Mir Space Station'] } }],
  },
  { id: 'ali-khamenei', category: 'person', fuzzy: true, terms: [{ text: 'Ali Khamenei', caseSensitive: false, lang: 'en' }, { text: 'Khamenei', caseSensitive: false, lang: 'en', short: true }] },
];
const TEXT = 'Power of Siberia II, Силы Сибири 2, SWIFT and Swift; Mir-Karte, Mir Space Station; Ali Khamenei, Khamenei.';

/** The stored form as it comes back from storage: plain JSON. */
const stored = (): StoredMatcher => JSON.parse(JSON.stringify(encodeMatcher(compile(SOURCES)))) as StoredMatcher;

describe('encodeMatcher / decodeMatcher', () => {
  it('give back the same data, and a matcher that finds the same', () => {
    const data = compile(SOURCES);
    const back = decodeMatcher(stored());
    // The same numbers, each array in the narrowest type that holds them.
    const numbers = (d: MatcherData) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v]));
    expect(numbers(back)).toEqual(numbers(data));
    expect(back.altKind).toBeInstanceOf(Uint8Array);
    expect(back.out).toBeInstanceOf(Int8Array);
    expect(back.h1).toBeInstanceOf(Int32Array);
    const found = createMatcher(data).scan(TEXT);
    expect(found.map((m) => m.id)).toEqual(['pos2', 'pos2', 'swift', 'mir', 'ali-khamenei', 'ali-khamenei']);
    expect(createMatcher(back).scan(TEXT)).toEqual(found);
    expect(createMatcher(stored()).scan(TEXT)).toEqual(found);
  });

  it('keep an entry without a category', () => {
    const one: TermSource[] = [{ id: 'x', terms: [{ text: 'x', caseSensitive: false }] }];
    expect(decodeMatcher(encodeMatcher(compile(one))).categories).toEqual(['']);
  });

  it('store small numbers small: the buffer is under half its 32-bit size', () => {
    const s = stored();
    const total = s.lengths.reduce((a, b) => a + b, 0);
    expect(atob(s.buffer).length).toBeLessThan(total * 2);
  });

  it('stamp the stored form by its contents', () => {
    const again = JSON.parse(JSON.stringify(encodeMatcher(compile(SOURCES)))) as StoredMatcher;
    expect(again.stamp).toBe(stored().stamp);
    expect(encodeMatcher(compile(SOURCES.slice(1))).stamp).not.toBe(stored().stamp);
  });
});

describe('a damaged stored matcher', () => {
  type Edit = (d: MatcherData & Record<string, Int32Array>) => void;

  /** The stored form of the compiled data changed by `edit`, as it comes back from storage. */
  function withNumbers(edit: Edit): StoredMatcher {
    const data = compile(SOURCES);
    edit(data as MatcherData & Record<string, Int32Array>);
    return JSON.parse(JSON.stringify(encodeMatcher(data))) as StoredMatcher;
  }

  it('of another version or format is refused by name', () => {
    expect(() => decodeMatcher({ ...stored(), version: 2 } as unknown as StoredMatcher)).toThrow(/^Not a Gloss matcher of version 4: format "gloss-matcher", version 2$/);
    expect(() => decodeMatcher({ format: 'other' } as unknown as StoredMatcher)).toThrow(/Not a Gloss matcher of version 4/);
    expect(() => createMatcher({ ...stored(), format: 'x' } as unknown as StoredMatcher)).toThrow(/Not a Gloss matcher/);
  });

  it('with a cut buffer, missing lengths or a buffer that is not base64 is refused', () => {
    const s = stored();
    expect(() => decodeMatcher({ ...s, buffer: s.buffer.slice(0, 40) })).toThrow(/^Not a Gloss matcher: \d+ bytes for \d+$/);
    expect(() => decodeMatcher({ ...s, types: s.types.slice(1) })).toThrow('Not a Gloss matcher: its array types are missing');
    expect(() => decodeMatcher({ ...s, types: s.types.map(() => 'f64') } as unknown as StoredMatcher)).toThrow('Not a Gloss matcher: its array types are missing');
    expect(() => decodeMatcher({ ...s, lengths: s.lengths.slice(1) })).toThrow('Not a Gloss matcher: its array lengths are missing');
    expect(() => decodeMatcher({ ...s, lengths: [-4, ...s.lengths.slice(1, -1), (s.lengths.at(-1) ?? 0) + 4 + (s.lengths[0] ?? 0)] })).toThrow(
      'Not a Gloss matcher: its array lengths are not counts',
    );
    expect(() => decodeMatcher({ ...s, buffer: '%%%' })).toThrow('Not a Gloss matcher: its buffer is not base64');
  });

  it('whose arrays do not fit together is refused instead of scanned', () => {
    const s = stored();
    // Two lengths swapped: the same number of bytes, the wrong shapes.
    const lengths = [...s.lengths];
    [lengths[0], lengths[1]] = [lengths[1] as number, lengths[0] as number];
    expect(() => decodeMatcher({ ...s, lengths })).toThrow(/^Not a Gloss matcher: /);
    expect(() => decodeMatcher({ ...s, categories: 'a\nb' })).toThrow('Not a Gloss matcher: 4 ids but 2 categories');
    expect(() => decodeMatcher({ ...s, rules: [{ require: [{ cues: 'x' }], veto: [] }] } as unknown as StoredMatcher)).toThrow('Not a Gloss matcher: rules[0].require[0] is not a condition');
    expect(() => decodeMatcher({ ...s, rules: [{ require: { cues: [] } }] } as unknown as StoredMatcher)).toThrow('Not a Gloss matcher: rules[0] is not a rule');
  });

  it('that would send a scan round in circles is refused', () => {
    // A failure link pointing forward (arrays: slots, h1, h2, rootNext, childStart, edgeWord, fail…).
    const loop = withNumbers((d) => {
      d.fail[1] = 3;
    });
    expect(() => decodeMatcher(loop)).toThrow('Not a Gloss matcher: fail[1] = 3 is out of range');
    // A word table with every slot taken: a lookup of an unknown word would never stop.
    const full = withNumbers((d) => {
      d.slots.fill(1);
    });
    expect(() => decodeMatcher(full)).toThrow('Not a Gloss matcher: its word table has no room');
  });

  it('checked for its shape only (as a page does) still scans to an end, whatever the damage', () => {
    const ARRAYS = ['slots', 'h1', 'h2', 'rootNext', 'childStart', 'edgeWord', 'fail', 'out', 'link', 'patLen', 'altStart', 'altEntry', 'altKind', 'altExact', 'altRule', 'altName', 'fzSlots', 'fzWord'];
    const edits: Edit[] = [
      // Failure and output links pointing forward, round in circles.
      (d) => d.fail.fill(1, 1),
      (d) => {
        d.out.fill(0);
        d.link.fill(2, 1);
      },
      // Every slot taken, in the word table and in the near-miss table.
      (d) => d.slots.fill(1),
      (d) => d.fzSlots.fill(1),
      // Indices far out of range everywhere: a pattern whose alternatives run to the end of memory.
      (d) => {
        for (const name of ['rootNext', 'edgeWord', 'patLen', 'altEntry', 'altKind', 'altExact', 'altRule', 'altName']) d[name]?.fill(2 ** 30);
        d.altStart.fill(2 ** 30, 1, d.altStart.length - 1);
      },
      // Everything but the roots the shape check looks at, from a seeded generator (the same on every run).
      (d) => {
        let x = 7;
        for (const name of ARRAYS) {
          const a = d[name] as Int32Array;
          for (let i = 0; i < a.length; i++) a[i] = x = (Math.imul(x, 1103515245) + 12345) | 0;
        }
        const nodes = d.fail.length;
        d.childStart[0] = 0;
        d.childStart[nodes] = nodes - 1;
        d.fail[0] = 0;
        d.link[0] = -1;
        d.altStart[0] = 0;
        d.altStart[d.patLen.length] = d.altKind.length;
      },
    ];
    let scanned = 0;
    for (const edit of edits) {
      const damaged = withNumbers(edit);
      let matcher: ReturnType<typeof createMatcher>;
      try {
        matcher = createMatcher(damaged, 'shape');
      } catch {
        continue;
      }
      // Wrong marks or an error are acceptable for damaged data; returning is what is asserted.
      try {
        // Misspelt names too: they reach the near-miss table.
        matcher.scan(`${TEXT} ${TEXT.toUpperCase()} Khamenai, Khameni, Khammenei.`);
      } catch {
        /* a thrown error ends the scan too */
      }
      scanned++;
    }
    // The shape check let every one of these through to a scan (a full check refuses them).
    expect(scanned).toBe(edits.length);
    expect(() => decodeMatcher(withNumbers(edits[0] as never))).toThrow(/^Not a Gloss matcher: /);
  });
});
