/**
 * Search terms: how both the index and the reader's query are cut into words. One function for
 * both sides, so "Nord–Süd" typed with any dash, any case, or without the umlaut meets the alias
 * "Nord-Süd-Korridor".
 */
import { normalizeKey } from '../match/normalize.ts';

/** Anything that is not a letter or a digit separates words (dashes, quotes, "+", "."). */
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}/gu;
const ZWNJ = '\u200c';
/** A word with a zero-width non-joiner inside ("حزب‌الله", "بین‌المللی"). */
const JOINED_WORD = /[\p{L}\p{N}\p{M}]+(?:\u200c[\p{L}\p{N}\p{M}]+)+/gu;

/**
 * The matcher's normalisation (case folding, dashes, quotes, spaces, Persian letter variants),
 * then diacritics removed: a search box is typed in a hurry, so "sud" finds "Süd" and "ё" meets "е".
 */
function foldForSearch(text: string): string {
  return normalizeKey(text, false).normalize('NFD').replace(MARKS, '').normalize('NFC');
}

function split(folded: string): string[] {
  return folded.split(SEPARATORS).filter((term) => term !== '');
}

/**
 * The words of `text` as the index stores them. Persian writes a zero-width non-joiner inside
 * words ("حزب‌الله"), but readers type it as a space or leave it out; the matcher's normalisation
 * drops it. So a word with one counts as its parts and as the parts written together: the same
 * function cuts the query, so "حزب", "حزب الله", "حزبالله" and "حزب‌الله" all find it.
 */
export function searchTerms(text: string): string[] {
  if (!text.includes(ZWNJ)) return split(foldForSearch(text));
  const terms = split(foldForSearch(text.replaceAll(ZWNJ, ' ')));
  for (const [word] of text.matchAll(JOINED_WORD)) terms.push(...split(foldForSearch(word)));
  return terms;
}

export interface WordSpan {
  /** Offsets into the original text. */
  start: number;
  end: number;
  term: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of `text` with where each sits in it, for showing the part of a summary that matched. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    const [term] = searchTerms(found[0]);
    if (term !== undefined) spans.push({ start, end: start + found[0].length, term });
  }
  return spans;
}
