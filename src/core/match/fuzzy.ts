/**
 * A page token no name uses, read as the word of a person's name it misspells (compile/fuzzy.ts
 * says which words and why). Called only for capitalised words the word table does not know, and
 * almost always answered by the prefilter alone.
 */
import { bloomBit, FUZZY_MIN_LENGTH } from './compile/fuzzy.ts';
import type { MatcherData } from './data.ts';
import { hashToken } from './tokens.ts';

/** Calls `hit(pos, word)` for every table item with these hashes. */
function probe(data: MatcherData, h1: number, h2: number, hit: (pos: number, word: number) => void): void {
  const { fzSlots } = data;
  const mask = fzSlots.length - 1;
  // At most one probe per slot: damaged data without an empty slot must not hold the page.
  for (let slot = h1 & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
    const item = (fzSlots[slot] ?? 0) - 1;
    if (item < 0) return;
    if (data.fzH1[item] === h1 && data.fzH2[item] === h2) hit(data.fzPos[item] as number, data.fzWord[item] as number);
  }
}

/** The word id `token` (folded) is one inner letter away from, or -1 (none, or more than one). */
export function nearWord(data: MatcherData, token: string): number {
  const length = token.length;
  if (data.fzBloom.length === 0 || length < FUZZY_MIN_LENGTH - 1) return -1;
  const bit = bloomBit(token.charCodeAt(0), length);
  if ((((data.fzBloom[bit >>> 5] as number) >>> (bit & 31)) & 1) === 0) return -1;
  let found = -1;
  const consider = (word: number): void => {
    found = found === -1 || found === word ? word : -2;
  };
  // A letter missing: the token is one of a word's deletions.
  const [h1, h2] = hashToken(token);
  probe(data, h1, h2, (pos, word) => {
    if (pos >= 0) consider(word);
  });
  for (let j = 1; j < length - 1 && found !== -2; j++) {
    const [a, b] = hashToken(token.slice(0, j) + token.slice(j + 1));
    // A letter too many (the word itself), or one letter different (the same position deleted on both sides).
    probe(data, a, b, (pos, word) => {
      if (pos === -1 || pos === j) consider(word);
    });
  }
  return found >= 0 ? found : -1;
}
