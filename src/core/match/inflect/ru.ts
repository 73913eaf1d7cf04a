/**
 * Russian phrases: which words decline and in which case together. Words that decline together
 * agree, so a phrase's forms go slot by slot (all words in the genitive, then all in the dative…),
 * never as a cross product of every word's forms: "Масуда Пезешкиана", never "Масуда Пезешкианом".
 */
import type { InflectMode, InflectOptions } from './index.ts';
import { combine, isCapitalised, withSeg, type Phrase, type Word } from './words.ts';
import { adjectiveClass, adjectiveParadigm } from './ru-adjectives.ts';
import { merge, nounParadigm, PLURAL, SINGULAR, type Paradigm, type Slot } from './ru-nouns.ts';

const CYRILLIC = /^[\p{Script=Cyrillic}\p{M}]+$/u;
const LETTER = /\p{L}/u;
/** Per slot, at most this many combinations of the words' alternative forms (e.g. -ой/-ей). */
const PER_SLOT = 4;

type Paradigms = (Paradigm | null)[];

export function inflectRu(phrase: Phrase, mode: InflectMode, options: InflectOptions = {}): string[][] {
  const { words } = phrase;
  if (mode === 'none' || words.length === 0) return [];
  const countable = options.countable === true;
  const { paradigms, slots } = mode === 'all' ? person(words) : mode === 'last' ? lastWord(words, countable) : headPhrase(words, countable);
  const out: string[][] = [];
  for (const slot of slots) {
    const options = words.map((w, i) => {
      const forms = paradigms[i]?.[slot] ?? [];
      return forms.length > 0 ? forms.map((f) => withSeg(w, f)) : [w.text];
    });
    out.push(...combine(options, PER_SLOT));
  }
  return out;
}

function russian(word: Word | undefined): word is Word {
  return word !== undefined && word.seg !== '' && CYRILLIC.test(word.seg);
}

/** The slots a paradigm fills, in a fixed order. */
function slotsOf(p: Paradigm | null): Slot[] {
  return p ? [...SINGULAR, ...PLURAL].filter((s) => (p[s]?.length ?? 0) > 0) : [];
}

/**
 * 'head': the leading adjectives and the first noun decline; what follows the noun (a genitive,
 * a prepositional phrase, a name in quotes) stays: "Силы Сибири 2", "Договора о …",
 * "Международного транспортного коридора «Север — Юг»". A noun that does not decline (АЭС, Хаменеи)
 * still lets its adjectives decline: "Бушерской АЭС".
 */
function headPhrase(words: readonly Word[], countable: boolean): { paradigms: Paradigms; slots: Slot[] } {
  const paradigms: Paradigms = words.map(() => null);
  let head = -1;
  let lastAdjective: ReturnType<typeof adjectiveClass> = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!russian(word)) {
      head = i;
      break;
    }
    const cls = adjectiveClass(word.seg);
    const more = words.slice(i + 1).some((w) => LETTER.test(w.text));
    if (cls && more) {
      paradigms[i] = adjectiveParadigm(word.seg, cls, false);
      lastAdjective = cls;
      continue;
    }
    head = i;
    break;
  }
  const headWord = words[head];
  let headParadigm: Paradigm | null = null;
  if (russian(headWord)) {
    const cls = adjectiveClass(headWord.seg);
    headParadigm = cls
      ? adjectiveParadigm(headWord.seg, cls, false) // a noun that declines like an adjective: "Тверская"
      : nounParadigm(headWord.seg, {
        animate: false,
        // The plural of a common noun is common ("Северные потоки"); of a proper name it is not,
        // unless it names a thing people count ("50 «Гераней»").
        plural: countable || !isCapitalised(headWord.seg),
        surname: 'no',
        gender: lastAdjective && lastAdjective.gender !== 'pl' ? lastAdjective.gender : null,
        pluralHint: lastAdjective?.gender === 'pl',
      });
    paradigms[head] = headParadigm;
  }
  if (headParadigm) return { paradigms, slots: slotsOf(headParadigm) };
  // The head does not decline: the adjectives before it still do, in their own number.
  if (!lastAdjective) return { paradigms, slots: [] };
  return { paradigms, slots: [...(lastAdjective.gender === 'pl' ? PLURAL : SINGULAR)] };
}

/** 'last': only the last word, as a noun or an adjective by its ending. */
function lastWord(words: readonly Word[], countable: boolean): { paradigms: Paradigms; slots: Slot[] } {
  const paradigms: Paradigms = words.map(() => null);
  const index = words.length - 1;
  const word = words[index];
  if (!russian(word)) return { paradigms, slots: [] };
  const cls = adjectiveClass(word.seg);
  const p = cls
    ? adjectiveParadigm(word.seg, cls, false)
    : nounParadigm(word.seg, { animate: false, plural: countable || !isCapitalised(word.seg), surname: 'no', gender: null, pluralHint: false });
  paradigms[index] = p;
  const slots = slotsOf(p);
  // An adjective's paradigm holds both numbers; a singular one stands for a singular thing.
  return { paradigms, slots: cls && cls.gender !== 'pl' ? slots.filter((s) => SINGULAR.includes(s)) : slots };
}

/**
 * 'all': a person's names, every one in the same case: "Масуда Пезешкиана", "Алексеем Миллером".
 * The last word is the surname: -ов/-ин take -ым (Путиным), -ова/-ина decline like adjectives
 * (Ахматовой). A woman's consonant-final surname does not decline (Ангелы Меркель), and a first
 * name in -а/-я says "maybe a woman", so such a surname also stays as it is.
 */
function person(words: readonly Word[]): { paradigms: Paradigms; slots: Slot[] } {
  const paradigms: Paradigms = words.map(() => null);
  const indices = words.flatMap((w, i) => (russian(w) ? [i] : []));
  const first = indices[0];
  const last = indices.at(-1);
  const firstWord = first === undefined ? undefined : words[first];
  const feminineFirst = indices.length >= 2 && firstWord !== undefined && /[ая]$/u.test(firstWord.seg.toLowerCase());
  for (const i of indices) {
    const word = words[i];
    if (!word) continue;
    const cls = adjectiveClass(word.seg);
    if (cls && cls.gender !== 'pl') {
      paradigms[i] = adjectiveParadigm(word.seg, cls, true); // Достоевского, Толстым
      continue;
    }
    const surname = i !== last ? 'no' : indices.length === 1 ? 'maybe' : 'yes';
    const p = nounParadigm(word.seg, { animate: true, plural: false, surname, gender: null, pluralHint: false });
    const w = word.seg.toLowerCase();
    const keep = feminineFirst && i === last && /(?:[^аеёиоуыэюяй]|ь)$/u.test(w) && !/(?:ов|ев|ёв|ин|ын)$/u.test(w);
    paradigms[i] = p && keep ? merge(Object.fromEntries(SINGULAR.map((s) => [s, [word.seg]])), p) : p;
  }
  return { paradigms, slots: [...SINGULAR] };
}
