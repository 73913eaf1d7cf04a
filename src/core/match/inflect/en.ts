/**
 * English: the only form a name needs is the plural of its head noun ("price caps", "Straits of
 * Hormuz", "Shahed-136s"). People need nothing: the possessive's apostrophe is dropped by the
 * matcher, and the "s" after it is a word of its own, so "Putin's" already matches "Putin".
 */
import type { InflectMode } from './index.ts';
import { isCapitalised, withSeg, type Phrase, type Word } from './words.ts';

const LATIN = /^[\p{Script=Latin}\p{M}'’]+$/u;

/** A preposition ends the head noun phrase: "Strait | of Hormuz", "price cap | on Russian oil". */
const PREPOSITIONS = new Set([
  'of', 'on', 'for', 'between', 'with', 'against', 'in', 'to', 'from', 'by', 'at', 'over', 'through', 'into',
  'under', 'across', 'via', 'about', 'among', 'within', 'without', 'versus', 'vs',
]);

/** Plurals that no rule gives; lower-case keys. */
const IRREGULAR = new Map<string, string[]>([
  ['child', ['children']], ['person', ['people', 'persons']], ['mouse', ['mice']], ['foot', ['feet']],
  ['tooth', ['teeth']], ['criterion', ['criteria']], ['phenomenon', ['phenomena']], ['index', ['indices', 'indexes']],
  ['leaf', ['leaves']], ['half', ['halves']], ['shelf', ['shelves']], ['thief', ['thieves']], ['wife', ['wives']],
  ['life', ['lives']], ['knife', ['knives']], ['wolf', ['wolves']], ['militia', ['militias']],
]);
/** -o nouns that take -es; every other -o takes -s (memos, radios, casinos). */
const O_ES = new Set(['embargo', 'veto', 'hero', 'torpedo', 'cargo', 'echo', 'tomato', 'potato']);

export function inflectEn(phrase: Phrase, mode: InflectMode): string[][] {
  if (mode !== 'head' && mode !== 'last') return [];
  const index = mode === 'head' ? headIndex(phrase.words) : phrase.words.length - 1;
  const word = phrase.words[index];
  if (!word) return [];
  return pluralWord(word).map((form) => phrase.words.map((w, i) => (i === index ? form : w.text)));
}

/** The head: the last word before the first preposition, or the last word when there is none. */
function headIndex(words: readonly Word[]): number {
  const stop = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.text.toLowerCase()));
  return (stop === -1 ? words.length : stop) - 1;
}

function pluralWord(word: Word): string[] {
  // "Shahed-136" → "Shahed-136s", as "F-16s": the number names a model, and models take -s.
  if (word.seg === '' && word.numbered) return [`${word.text}s`];
  if (word.seg === '' || !LATIN.test(word.seg)) return [];
  return pluralOf(word.seg).map((seg) => withSeg(word, seg));
}

/** The plural of one English noun, keeping the word's own capitals in its stem. */
function pluralOf(seg: string): string[] {
  const w = seg.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular.map((p) => keepCase(seg, p));
  // Compounds of man/woman: spokesman → spokesmen. "German", "Oman" are not compounds of "man".
  if (/(?:spokes|chair|congress|business|police|fisher|gun|service|ombuds|wo)man$/u.test(w)) return [`${seg.slice(0, -3)}men`];
  const cap = isCapitalised(seg);
  if (/(?:ss|sh|ch|x)$/u.test(w)) return [`${seg}es`];
  if (/z$/u.test(w)) return cap ? [] : [`${seg}${/[aeiou]z$/u.test(w) ? 'zes' : 'es'}`];
  if (/[^aeiou]is$/u.test(w)) return cap ? [] : [`${seg.slice(0, -2)}es`]; // crisis → crises
  if (/(?:us|as)$/u.test(w)) return cap ? [] : [`${seg}es`]; // status, gas; not "Tartus", "Hamas"
  if (/s$/u.test(w)) return []; // already plural: "sanctions", "talks"
  if (/[^aeiou]y$/u.test(w)) return [`${seg.slice(0, -1)}ies`];
  if (/[^aeiou]o$/u.test(w) && O_ES.has(w)) return [`${seg}es`];
  return [`${seg}s`];
}

function keepCase(original: string, lower: string): string {
  return isCapitalised(original) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}
