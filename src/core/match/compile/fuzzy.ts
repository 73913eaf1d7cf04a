/**
 * The near-miss table for people's names: reporting misspells them ("Pezekshkian", "Peeshkian"
 * for Pezeshkian), and no alias list keeps up. A page token that no name uses, is capitalised, and
 * is one letter away from a word of a person's name (one letter more, less or different) reads as
 * that word. Only inside the word: the first and the last letter must agree, which keeps other
 * people apart (Zelenska is not Zelensky) and endings to the inflector. Only words of seven letters
 * or more, in Latin or Cyrillic script: shorter ones have too many neighbours (Gross, Grossi).
 *
 * Symmetric deletion: the table holds each such word and each of its inner one-letter deletions,
 * with the position deleted; a page token is looked up the same way (fuzzy.ts in match/). A
 * prefilter over (first letter, length) spares almost every page word the lookup.
 */
import { hashToken } from '../tokens.ts';

/** The shortest word a misspelling is recognised in. */
export const FUZZY_MIN_LENGTH = 7;
/** Bits of the (first letter, length) prefilter; a power of two. */
export const FUZZY_BLOOM_BITS = 4096;

const SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;

export interface FuzzyTable {
  fzSlots: Int32Array;
  fzH1: Int32Array;
  fzH2: Int32Array;
  /** The position deleted, or -1 for the word itself. */
  fzPos: Int32Array;
  fzWord: Int32Array;
  fzBloom: Int32Array;
}

/** Which prefilter bit a (first unit, length) pair sets. */
export function bloomBit(first: number, length: number): number {
  return (Math.imul(first, 31) + length * 977) & (FUZZY_BLOOM_BITS - 1);
}

/** Whether a word (folded, as the vocabulary holds it) takes part. */
function fuzzyEligible(word: string): boolean {
  return word.length >= FUZZY_MIN_LENGTH && SCRIPT.test(word);
}

/** The table for these word ids (their strings in `words`). */
export function fuzzyTable(words: readonly string[], eligible: Iterable<number>): FuzzyTable {
  const items: Array<{ h1: number; h2: number; pos: number; word: number }> = [];
  const bloom = new Int32Array(FUZZY_BLOOM_BITS / 32);
  const setBit = (bit: number): void => {
    bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31));
  };
  for (const id of new Set(eligible)) {
    const word = words[id];
    if (word === undefined || !fuzzyEligible(word)) continue;
    const first = word.charCodeAt(0);
    for (let d = -1; d <= 1; d++) setBit(bloomBit(first, word.length + d));
    const [h1, h2] = hashToken(word);
    items.push({ h1, h2, pos: -1, word: id });
    for (let i = 1; i < word.length - 1; i++) {
      const [a, b] = hashToken(word.slice(0, i) + word.slice(i + 1));
      items.push({ h1: a, h2: b, pos: i, word: id });
    }
  }
  let cap = items.length === 0 ? 0 : 16;
  while (cap > 0 && cap < items.length * 2) cap *= 2;
  const fzSlots = new Int32Array(cap);
  items.forEach((item, i) => {
    let slot = item.h1 & (cap - 1);
    while (fzSlots[slot] !== 0) slot = (slot + 1) & (cap - 1);
    fzSlots[slot] = i + 1;
  });
  return {
    fzSlots,
    fzH1: Int32Array.from(items, (x) => x.h1),
    fzH2: Int32Array.from(items, (x) => x.h2),
    fzPos: Int32Array.from(items, (x) => x.pos),
    fzWord: Int32Array.from(items, (x) => x.word),
    fzBloom: items.length === 0 ? new Int32Array(0) : bloom,
  };
}
