/**
 * The matcher's rules 1–4 (src/core/match/README.md) by example: what a text is cut into, which
 * forms of a name are found, and which of two overlapping names wins. Rules 5–7 (context, short
 * forms, priority) are in matcher-page.test.ts; storage in matcher-storage.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { compile, createMatcher, type TermSource } from '../../../src/core/match/index.ts';

/** What a matcher built from `sources` finds in `text`: each match as [the text it covers, its id]. */
function finder(sources: TermSource[]): (text: string) => Array<[string, string]> {
  const matcher = createMatcher(compile(sources));
  return (text) => matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.id]);
}

const term = (text: string, more: Partial<TermSource['terms'][number]> = {}): TermSource['terms'][number] => ({ text, caseSensitive: false, ...more });

describe('rule 1 and 2: every separator is alike, and a match starts and ends at a token', () => {
  const find = finder([
    { id: 'rasht-astara', terms: [term('Rasht-Astara', { lang: 'en' })] },
    { id: 'hezbollah', terms: [term('Hezbollah')] },
    { id: 'power-of-siberia', terms: [term('Power of Siberia')] },
    { id: 'power-of-siberia-2', terms: [term('Power of Siberia 2')] },
    { id: 'opec-plus', terms: [term('OPEC+')] },
  ]);

  it('reads a railway written with a hyphen, a spaced dash, an en dash or a space as one name', () => {
    for (const written of ['Rasht-Astara', 'Rasht - Astara', 'Rasht–Astara', 'Rasht — Astara', 'Rasht Astara', 'Rasht\u00a0Astara', 'Rasht\n\u2212 Astara']) {
      expect(find(`the ${written} line`), written).toEqual([[written, 'rasht-astara']]);
    }
  });

  it('finds a name next to an apostrophe or a hyphen, but not inside a longer word or number', () => {
    expect(find('Hezbollah’s leader')).toEqual([['Hezbollah', 'hezbollah']]);
    expect(find('a pro-Hezbollah rally')).toEqual([['Hezbollah', 'hezbollah']]);
    expect(find('"Hezbollah"')).toEqual([['Hezbollah', 'hezbollah']]);
    expect(find('Hezbollahland and xHezbollah')).toEqual([]);
    expect(find('Power of Siberia 25')).toEqual([['Power of Siberia', 'power-of-siberia']]);
  });

  it('treats a punctuation mark as a token of its own', () => {
    expect(find('OPEC+ met; so did OPEC +.')).toEqual([
      ['OPEC+', 'opec-plus'],
      ['OPEC +', 'opec-plus'],
    ]);
  });

  it('ignores soft hyphens and bidi marks, and maps the match back over them', () => {
    expect(find('Hez\u00adbol\u200elah')).toEqual([['Hez\u00adbol\u200elah', 'hezbollah']]);
  });

  it('folds case fully, and composes accents', () => {
    const german = finder([{ id: 'strasse', terms: [term('Straße von Hormus')] }]);
    expect(german('die STRASSE VON HORMUS')).toEqual([['STRASSE VON HORMUS', 'strasse']]);
    const cafe = finder([{ id: 'cafe', terms: [term('Café Europa')] }]);
    expect(cafe('im Cafe\u0301 Europa')).toEqual([['Cafe\u0301 Europa', 'cafe']]);
  });

  it('reads Persian with or without ZWNJ, with Arabic-keyboard letters and Arabic-Indic digits', () => {
    const find = finder([
      { id: 'railway', terms: [term('راه‌آهن رشت')] },
      { id: 'pos2', terms: [term('نیروی سیبری ۲')] },
    ]);
    expect(find('راه‌آهن رشت')).toEqual([['راه‌آهن رشت', 'railway']]);
    expect(find('راهآهن رشت')).toEqual([['راهآهن رشت', 'railway']]);
    expect(find('نيروي سيبري ٢')).toEqual([['نيروي سيبري ٢', 'pos2']]);
    // A space where the ZWNJ was makes two words: not the same name.
    expect(find('راه آهن رشت')).toEqual([]);
  });
});

describe('rule 3: the forms of a name', () => {
  it('finds German, Russian and Persian names declined', () => {
    const find = finder([
      { id: 'instc', terms: [term('Nord-Süd-Korridor', { lang: 'de' })] },
      { id: 'pos2', terms: [term('Сила Сибири 2', { lang: 'ru' })] },
      { id: 'pezeshkian', category: 'person', defaultInflect: 'all', terms: [term('Масуд Пезешкиан', { lang: 'ru' })] },
      { id: 'mir', terms: [term('کارت میر', { lang: 'fa' })] },
    ]);
    expect(find('entlang des Nord-Süd-Korridors')).toEqual([['Nord-Süd-Korridors', 'instc']]);
    expect(find('строительство Силы Сибири 2')).toEqual([['Силы Сибири 2', 'pos2']]);
    expect(find('встреча с Масудом Пезешкианом')).toEqual([['Масудом Пезешкианом', 'pezeshkian']]);
    expect(find('کارت‌های میر و کارتهای میر')).toEqual([
      ['کارت‌های میر', 'mir'],
      ['کارتهای میر', 'mir'],
    ]);
  });

  it('inflects every word of a person and only the head of anything else, unless the entry says', () => {
    const people = finder([{ id: 'pezeshkian', category: 'person', terms: [term('Masud Peseschkian', { lang: 'de' })] }]);
    expect(people('Masud Peseschkians Reise')).toEqual([['Masud Peseschkians', 'pezeshkian']]);
    const thing = finder([{ id: 'pos', terms: [term('Сила Сибири', { lang: 'ru' })] }]);
    expect(thing('Силы Сибири')).toEqual([['Силы Сибири', 'pos']]);
    expect(thing('Силы Сибирь')).toEqual([]);
    const none = finder([{ id: 'pos', inflect: { ru: 'none' }, terms: [term('Сила Сибири', { lang: 'ru' })] }]);
    expect(none('Силы Сибири')).toEqual([]);
  });

  it('finds the forms of a capitalised one-word name only where the page writes them capitalised', () => {
    // Forms are made per language and matched in all: lower case, a form is likelier another word.
    const find = finder([{ id: 'kharg', terms: [term('Kharg', { lang: 'de' }), term('Nord Stream', { lang: 'en' })] }]);
    expect(find('die Ölverladung Khargs')).toEqual([['Khargs', 'kharg']]);
    expect(find('the khargs')).toEqual([]);
    // The name itself, as listed, still matches in any case.
    expect(find('KHARG and kharg')).toEqual([
      ['KHARG', 'kharg'],
      ['kharg', 'kharg'],
    ]);
    // A phrase's forms are found in any case: descriptive names are listed capitalised, written in lower case.
    expect(find('both nord streams')).toEqual([['nord streams', 'kharg']]);
  });

  it('does not inflect a name without a language', () => {
    const find = finder([{ id: 'instc', terms: [term('Nord-Süd-Korridor')] }]);
    expect(find('des Nord-Süd-Korridors')).toEqual([]);
  });

  it('spells numerals both ways where the entry asks for it', () => {
    const roman = finder([{ id: 'pos2', romanNumerals: true, terms: [term('Power of Siberia 2', { lang: 'en' })] }]);
    expect(roman('Power of Siberia II and Power of Siberia 2')).toEqual([
      ['Power of Siberia II', 'pos2'],
      ['Power of Siberia 2', 'pos2'],
    ]);
    const plain = finder([{ id: 'pos2', terms: [term('Power of Siberia 2', { lang: 'en' })] }]);
    expect(plain('Power of Siberia II')).toEqual([]);
  });

  it('finds a case-sensitive name only as written, and never inflected', () => {
    const find = finder([
      { id: 'swift', terms: [term('SWIFT', { caseSensitive: true, lang: 'en' })] },
      { id: 'mir', terms: [term('Mir', { caseSensitive: true, lang: 'de' })] },
    ]);
    expect(find('SWIFT cut-off; Taylor Swift; swift action')).toEqual([['SWIFT', 'swift']]);
    expect(find('gib mir die Mir-Karte, nicht MIR oder Mirs')).toEqual([['Mir', 'mir']]);
  });

  it('compares the case of a name with its own tokens, not with a mark that follows', () => {
    const find = finder([{ id: 'opec-plus', terms: [term('OPEC+', { caseSensitive: true })] }]);
    // A stray combining mark after "+" is a token of its own, in the same character cluster.
    expect(find('OPEC+\u0301 met')).toEqual([['OPEC+\u0301', 'opec-plus']]);
  });
});

describe('rule 4: leftmost-longest, non-overlapping', () => {
  it('prefers the longer name at the same start', () => {
    const find = finder([
      { id: 'pos', terms: [term('Power of Siberia')] },
      { id: 'pos2', terms: [term('Power of Siberia 2')] },
    ]);
    expect(find('Power of Siberia 2, not Power of Siberia.')).toEqual([
      ['Power of Siberia 2', 'pos2'],
      ['Power of Siberia', 'pos'],
    ]);
  });

  it('takes the match that starts first, and skips what overlaps it', () => {
    const find = finder([
      { id: 'ab', terms: [term('a b')] },
      { id: 'bcd', terms: [term('b c d')] },
      { id: 'c', terms: [term('c')] },
    ]);
    expect(find('a b c d')).toEqual([
      ['a b', 'ab'],
      ['c', 'c'],
    ]);
  });

  it('lets a veto phrase take its span and mark nothing, inflected too', () => {
    const find = finder([
      { id: 'mongolia', terms: [term('Mongolei', { lang: 'de', rules: [0] })], rules: [{ veto: { phrases: ['Innere Mongolei'] } }] },
    ]);
    expect(find('Die Mongolei grenzt an die Innere Mongolei.')).toEqual([['Mongolei', 'mongolia']]);
    expect(find('in der Inneren Mongolei')).toEqual([]);
  });

  it('gives a span that is both a veto phrase and another entry’s name to that entry', () => {
    const find = finder([
      { id: 'mongolia', terms: [term('Mongolei', { lang: 'de', rules: [0] })], rules: [{ veto: { phrases: ['Innere Mongolei'] } }] },
      { id: 'inner-mongolia', terms: [term('Innere Mongolei', { lang: 'de' })] },
    ]);
    expect(find('in der Inneren Mongolei und der Mongolei')).toEqual([
      ['Inneren Mongolei', 'inner-mongolia'],
      ['Mongolei', 'mongolia'],
    ]);
  });
});
