/**
 * Random glossaries and pages for the matcher's property tests. A page is generated as plain data
 * that points into the glossary by index (resolved by `pageTexts`), so fast-check can shrink the
 * glossary and the page independently and a counterexample stays small.
 */
import fc from 'fast-check';
import type { Language } from '../../../src/core/facts/vocabulary.ts';
import type { TermSource } from '../../../src/core/match/compile/sources.ts';
import { inflectName, type InflectMode } from '../../../src/core/match/inflect/index.ts';

// Words that collide on purpose: prefixes of each other, case twins, inflecting nouns in each
// language, numerals in both spellings, Persian written with and without ZWNJ.
const WORDS: Record<Language, string[]> = {
  en: ['Power', 'of', 'Siberia', 'Nord', 'Stream', 'Mir', 'SWIFT', 'Swift', 'Rasht', 'Astara', 'Ali', 'Mojtaba', 'Khamenei', 'Hezbollah', 'OPEC', 'Inner', 'Mongolia', 'card', 'Bank', 'E3', 'deal'],
  de: ['Innere', 'Mongolei', 'Korridor', 'Nord-Süd-Korridor', 'Straße', 'Kraft', 'Sibiriens', 'Karte', 'Gasleitung', 'Bundestag'],
  ru: ['Сила', 'Сибири', 'Пезешкиан', 'Хезболла', 'Мир', 'карта', 'Герань-2', 'Масуд', 'Северный', 'поток'],
  fa: ['سپاه', 'پاسداران', 'کارت', 'میر', 'حزب‌الله', 'راه‌آهن', 'نیروی', 'سیبری', '۲', 'رشت'],
};
const NUMERALS = ['2', 'II', '4', 'IV', '10', 'X', '136', 'I', '1', 'Mix', '25'];
const ALL_WORDS = [...Object.values(WORDS).flat(), ...NUMERALS, '+', '(', ')'];
const LANGS: Array<Language | undefined> = ['en', 'de', 'ru', 'fa', undefined];
const MODES: InflectMode[] = ['all', 'head', 'last', 'none'];
const NAME_SEPARATORS = [' ', ' ', ' ', '-', ' - ', '–'];

const SEPARATORS = [
  ' ', '  ', '\u00a0', '\n', '\t', '\u2009', '\u202f', '\u3000', '-', ' - ', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014',
  '\u2015', '\u2212', ' \u2013 ', "'", '\u2019', '\u2018', '\u02bc', '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb',
];
const PUNCTUATION = [',', '.', '(', ')', '!', '?', ':', '+', '/', '’s', "'s", 's', 'x', '2', '5'];
const NOISE = [
  '\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2066', '\u0640', '\u0654', '\ufeff', '\u0301', '\u0308',
  '\u{1f600}', '\u{1d400}', 'ß', 'ẞ', 'İ', 'ı', 'Σ', 'ς', '\ufb01', '\u212a', 'é', 'e\u0301', 'ي', 'ك', 'ة', 'ۀ', '٢', '۲',
  '\u1100\u1161', 'ǅ', 'ŉ', 'ΐ',
];

const TAILS = ['', '', '', '', '\u0301', '\u200c', '\u00ad', '\u0654'];

/**
 * A name: one to three words of the case's alphabet (a few words drawn for each case, so names
 * share words, nest in each other and collide), joined by spaces or dashes.
 */
const nameWords = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NAME_SEPARATORS)), { minLength: 1, maxLength: 3 });
type NameWords = typeof nameWords extends fc.Arbitrary<infer T> ? T : never;
const nameText = (words: NameWords, alphabet: readonly string[]): string =>
  words.map(([i, sep], k) => (k === 0 ? '' : sep) + (alphabet[i % alphabet.length] as string)).join('');

// Sometimes a cue twice, spaced and hyphenated: alike to the matcher, inflected apart.
const respaced = (words: NameWords): NameWords => words.map(([i, sep]) => [i, sep === '-' ? ' ' : '-']);
const cueList = fc.option(
  fc.tuple(fc.array(nameWords, { minLength: 1, maxLength: 2 }), fc.boolean()).map(([cues, twice]) => (twice ? [...cues, respaced(cues[0] as NameWords)] : cues)),
  { nil: undefined },
);
const entryList = fc.option(fc.array(fc.nat({ max: 5 }).map((i) => `e${i}`), { minLength: 1, maxLength: 2 }), { nil: undefined });
const scope = fc.constantFrom<'block' | 'page' | undefined>(undefined, 'block', 'page');

const rule = fc.record({
  require: fc.option(fc.record({ words: cueList, entries: entryList, scope }), { nil: undefined }),
  veto: fc.option(
    fc.record({
      // A veto phrase around a name of its own entry ("Innere Mongolei" for "Mongolei"), or any
      // words: the indices are resolved against the entry's names when the source is built.
      phrases: fc.option(fc.array(fc.tuple(fc.nat(), nameWords, fc.nat({ max: 2 })), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      words: cueList,
      entries: entryList,
      scope,
    }),
    { nil: undefined },
  ),
});

const term = fc.record({
  words: nameWords,
  caseSensitive: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  lang: fc.constantFrom(...LANGS),
  short: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  // Rule indices; two means both rules must hold (a name several rules govern).
  rule: fc.option(fc.oneof(fc.nat({ max: 1 }), fc.constant(2)), { nil: undefined, freq: 3 }),
});

const source = fc.record({
  person: fc.boolean(),
  terms: fc.array(term, { minLength: 1, maxLength: 3 }),
  inflect: fc.option(fc.dictionary(fc.constantFrom('en', 'de', 'ru', 'fa'), fc.constantFrom(...MODES), { maxKeys: 2 }), { nil: undefined }),
  defaultInflect: fc.option(fc.constantFrom(...MODES), { nil: undefined, freq: 3 }),
  romanNumerals: fc.boolean(),
  rules: fc.array(rule, { maxLength: 2 }),
});

type RawSource = typeof source extends fc.Arbitrary<infer T> ? T : never;

/** The generated record as a TermSource: ids by position, words, rule indices and veto phrases resolved. */
function build(raw: RawSource, index: number, alphabet: readonly string[]): TermSource {
  // A short form is mostly one word ("Khamenei"), so that entries share it.
  const names = raw.terms.map((t) => nameText(t.short && t.words.length > 1 && (t.words[0]?.[0] ?? 0) % 2 === 0 ? t.words.slice(-1) : t.words, alphabet));
  const words = (list: NameWords[] | undefined): string[] | undefined => list?.map((w) => nameText(w, alphabet));
  return {
    id: `e${index}`,
    ...(raw.person ? { category: 'person' } : {}),
    terms: raw.terms.map((t, i) => ({
      text: names[i] as string,
      caseSensitive: t.caseSensitive,
      lang: t.lang,
      short: t.short,
      rules: t.rule === undefined ? undefined : t.rule === 2 ? (raw.rules.length === 2 ? [0, 1] : undefined) : t.rule < raw.rules.length ? [t.rule] : undefined,
    })),
    inflect: raw.inflect,
    defaultInflect: raw.defaultInflect,
    romanNumerals: raw.romanNumerals,
    rules: raw.rules.map((r) => ({
      require: r.require === undefined ? undefined : { words: words(r.require.words), entries: r.require.entries, scope: r.require.scope },
      veto:
        r.veto === undefined
          ? undefined
          : {
              words: words(r.veto.words),
              entries: r.veto.entries,
              scope: r.veto.scope,
              phrases: r.veto.phrases?.map(([i, extra, where]) => {
                const name = names[i % names.length] as string;
                const other = nameText(extra, alphabet);
                return where === 0 ? `${other} ${name}` : where === 1 ? `${name} ${other}` : other;
              }),
            },
    })),
  };
}

/** A glossary, and the few words its names are made of (pages use them too). */
export interface Glossary {
  sources: TermSource[];
  alphabet: string[];
}

const alphabet = fc.uniqueArray(fc.constantFrom(...ALL_WORDS), { minLength: 1, maxLength: 6 });

/** Any glossary: names of one to three words of the alphabet. */
const anyGlossary: fc.Arbitrary<Glossary> = fc
  .tuple(alphabet, fc.array(source, { minLength: 1, maxLength: 6 }))
  .map(([words, raws]) => ({ alphabet: words, sources: raws.map((raw, i) => build(raw, i, words)) }));

/**
 * A family: people who share a surname as their short form ("Ali Khamenei", "Mojtaba Khamenei",
 * "Khamenei"), so that which full name came last decides. Their other fields stay random.
 */
const family: fc.Arbitrary<Glossary> = fc
  .tuple(alphabet, fc.nat(), fc.array(fc.tuple(source, fc.nat(), fc.nat({ max: 3 }).map((n) => n === 0)), { minLength: 2, maxLength: 4 }))
  .map(([words, surname, members]) => ({
    alphabet: words,
    sources: members.map(([raw, given, ruled], i) => {
      const [first, second] = raw.terms;
      const full = { ...(first ?? second ?? raw.terms[0]), words: [[given, ' '], [surname, ' ']] as NameWords, short: false };
      const short = { ...(second ?? first ?? raw.terms[0]), words: [[surname, ' ']] as NameWords, short: true, rule: ruled ? 0 : undefined };
      return build({ ...raw, person: true, terms: [full as RawSource['terms'][number], short as RawSource['terms'][number]] }, i, words);
    }),
  }));

export const glossaries: fc.Arbitrary<Glossary> = fc.oneof({ weight: 3, arbitrary: anyGlossary }, { weight: 1, arbitrary: family });

/** A piece of page text, as indices into the glossary or into the lists above. */
type Piece =
  | { kind: 'name'; source: number; term: number; form: number; casing: number; sep: number; persian: number; tail: number }
  | { kind: 'part'; source: number; term: number; word: number }
  | { kind: 'word'; word: number }
  | { kind: 'other'; text: string };

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('name' as const), source: fc.nat(), term: fc.nat(), form: fc.nat(), casing: fc.nat({ max: 9 }), sep: fc.nat({ max: 9 }), persian: fc.nat({ max: 5 }), tail: fc.nat({ max: 7 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('part' as const), source: fc.nat(), term: fc.nat(), word: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('word' as const), word: fc.nat() }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('other' as const), text: fc.constantFrom(...SEPARATORS, ...PUNCTUATION) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('other' as const), text: fc.constantFrom(...NOISE) }) },
);

/** A page: blocks of pieces, each followed by a space unless it is glued to the next. */
export type Page = Array<Array<[Piece, boolean]>>;
export const page: fc.Arbitrary<Page> = fc.array(
  fc.array(fc.tuple(piece, fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })), { maxLength: 12 }),
  { minLength: 1, maxLength: 4 },
);

function recase(text: string, casing: number): string {
  if (casing === 1) return text.toUpperCase();
  if (casing === 2) return text.toLowerCase();
  if (casing === 3) return text.replace(/\p{L}/gu, (c, i: number) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase()));
  return text;
}

/** Persian spellings: ZWNJ left out or made a space, Arabic-keyboard letters. */
function respell(text: string, persian: number): string {
  if (persian === 1) return text.replaceAll('\u200c', '');
  if (persian === 2) return text.replaceAll('\u200c', ' ');
  if (persian === 3) return text.replaceAll('ی', 'ي').replaceAll('ک', 'ك');
  if (persian === 4) return text.replaceAll('ه', 'ة');
  return text;
}

/** The text of one piece: a name in one of its inflected forms, re-cased, re-spaced, re-spelled. */
function pieceText(p: Piece, { sources: glossary, alphabet }: Glossary): string {
  if (p.kind === 'other') return p.text;
  if (p.kind === 'word') return alphabet[p.word % alphabet.length] as string;
  const s = glossary[p.source % glossary.length] as TermSource;
  const t = s.terms[p.term % s.terms.length] as TermSource['terms'][number];
  if (p.kind === 'part') {
    const words = t.text.split(/[\s\-–]+/u).filter((w) => w !== '');
    return words[p.word % words.length] ?? '';
  }
  const mode = s.inflect?.[t.lang ?? 'en'] ?? s.defaultInflect ?? 'all';
  const forms = t.lang === undefined ? [t.text] : inflectName(t.text, t.lang, mode);
  let text = forms[p.form % forms.length] as string;
  if (p.sep < SEPARATORS.length && p.sep > 2) text = text.replace(/[ \-–]/u, SEPARATORS[(p.sep * 3) % SEPARATORS.length] as string);
  // A combining mark or an invisible character right after the name ("OPEC+\u0301").
  return respell(recase(text, p.casing), p.persian) + (TAILS[p.tail] ?? '');
}

export function pageTexts(blocks: Page, glossary: Glossary): string[] {
  return blocks.map((pieces) => pieces.map(([p, glued]) => pieceText(p, glossary) + (glued ? '' : ' ')).join(''));
}
