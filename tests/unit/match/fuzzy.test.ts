/**
 * Misspelt names of people (compile/fuzzy.ts): one inner letter more, less or different, in a
 * capitalised word of seven letters or more, reads as the name; nothing else does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, createMatcher, type TermSource } from '../../../src/core/match/index.ts';

const people: TermSource[] = [
  {
    id: 'masoud-pezeshkian',
    category: 'person',
    fuzzy: true,
    terms: [
      { text: 'Masoud Pezeshkian', caseSensitive: false, lang: 'en' },
      { text: 'Pezeshkian', caseSensitive: false, lang: 'en', short: true },
    ],
  },
  { id: 'volodymyr-zelensky', category: 'person', fuzzy: true, terms: [{ text: 'Volodymyr Zelensky', caseSensitive: false, lang: 'en' }] },
  { id: 'rafael-grossi', category: 'person', fuzzy: true, terms: [{ text: 'Rafael Grossi', caseSensitive: false, lang: 'en' }] },
  { id: 'novatek', category: 'company', terms: [{ text: 'Novatek', caseSensitive: false, lang: 'en' }] },
];
const matcher = createMatcher(compile(people));
const found = (text: string): Array<[string, string]> => matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.id]);

describe('misspelt names of people', () => {
  it('match with one inner letter more, less or different', () => {
    expect(found('President Masoud Pezekshkian arrived.')).toEqual([['Masoud Pezekshkian', 'masoud-pezeshkian']]);
    expect(found('President Masoud Peeshkian arrived.')).toEqual([['Masoud Peeshkian', 'masoud-pezeshkian']]);
    expect(found('President Masoud Pezeshkyan arrived.')).toEqual([['Masoud Pezeshkyan', 'masoud-pezeshkian']]);
    // A short form still needs the full name first, then takes its misspellings too.
    expect(found('Masoud Pezeshkian spoke. Later Pezeshkjan left.')).toEqual([
      ['Masoud Pezeshkian', 'masoud-pezeshkian'],
      ['Pezeshkjan', 'masoud-pezeshkian'],
    ]);
    expect(found('Pezekshkian spoke.')).toEqual([]);
  });

  it('do not match at the first or last letter, in lower case, with two edits, or in short words', () => {
    // Olena Zelenska is another person; the ending is the inflector's business.
    expect(found('Volodymyr Zelenska')).toEqual([]);
    expect(found('Volodymyr Zelensky')).toEqual([['Volodymyr Zelensky', 'volodymyr-zelensky']]);
    expect(found('Volodymyr Selensky')).toEqual([]);
    expect(found('Masoud pezekshkian')).toEqual([]);
    expect(found('Masoud Pzekshkian')).toEqual([]);
    expect(found('Masoud Pezekshkiyan')).toEqual([]);
    // Six letters are too few: "Rafael Gross" is not Rafael Grossi.
    expect(found('Rafael Gross')).toEqual([]);
    // Names that are not people's stay exact (NovAtel is another company).
    expect(found('Novatel receivers')).toEqual([]);
  });

  it('survive storage, and an empty table costs nothing', () => {
    const stored = createMatcher(compile(people));
    expect(stored.data.fzBloom.length).toBe(128);
    expect(createMatcher(compile([people[3] as TermSource])).data.fzSlots.length).toBe(0);
  });

  it('any one inner edit of a long capitalised word of a name is found; the same edit at either end is not', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{7,12}$/),
        fc.nat(),
        fc.constantFrom('insert', 'delete', 'replace'),
        fc.constantFrom(...Array.from(letters)),
        (word, at, edit, letter) => {
          const name = word[0]!.toUpperCase() + word.slice(1);
          const source: TermSource = { id: 'p', category: 'person', fuzzy: true, terms: [{ text: `Anna ${name}`, caseSensitive: false, lang: 'en' }] };
          const m = createMatcher(compile([source]));
          const inner = 1 + (at % (name.length - 2));
          const edited =
            edit === 'insert' ? name.slice(0, inner) + letter + name.slice(inner) : edit === 'delete' ? name.slice(0, inner) + name.slice(inner + 1) : name.slice(0, inner) + letter + name.slice(inner + 1);
          expect(m.scan(`Anna ${edited} said`).map((x) => x.id)).toEqual(['p']);
          const last = name.slice(0, -1) + (name.at(-1) === letter ? 'q' : letter);
          if (last.toLowerCase() !== name.toLowerCase()) expect(m.scan(`Anna ${last} said`)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
