/**
 * Search terms: how both the index and the reader's query are cut into words. One function for
 * both sides, so "Nord–Süd" typed with any dash, any case, or without the umlaut meets the alias
 * "Nord-Süd-Korridor".
 */
import { normalizeKey } from '../match/normalize.ts';

/** Anything that is not a letter or a digit separates words (dashes, quotes, ZWNJ, "+", "."). */
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}/gu;

/**
 * The matcher's normalisation (case folding, dashes, quotes, spaces, Persian letter variants),
 * then diacritics removed: a search box is typed in a hurry, so "sud" finds "Süd" and "ё" meets "е".
 */
export function foldForSearch(text: string): string {
  return normalizeKey(text, false).normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** The words of `text` as the index stores them. */
export function searchTerms(text: string): string[] {
  return foldForSearch(text)
    .split(SEPARATORS)
    .filter((term) => term !== '');
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
