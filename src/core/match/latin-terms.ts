/**
 * The Latin-script part of the terms: every name without Cyrillic or Arabic-script letters. A page
 * with no such letters can match nothing else, so it reads this part (about 40 % of the whole for
 * the built-in glossary) and decodes less before its first mark; the page that shows such letters
 * after all is read again with the whole. Rules keep every cue, so a rule decides the same either way;
 * only their numbering may differ, where a rule governs Cyrillic or Persian names alone.
 */
import { compile } from './compile/index.ts';
import type { TermSource } from './compile/sources.ts';
import { encodeMatcher, type StoredMatcher } from './data.ts';
import { hasOtherScript } from './scripts.ts';

/** The sources with only their Latin-script names; every source stays, so entry indices agree with the whole. */
export function latinSources(sources: readonly TermSource[]): TermSource[] {
  return sources.map((source) => ({ ...source, terms: source.terms.filter((term) => !hasOtherScript(term.text)) }));
}

/**
 * A part this much of the whole's size or more is not stored: a glossary of Latin-script names
 * alone would nearly double the storage for a read hardly shorter (Chrome gives storage.local 10 MB).
 */
const WORTH = 0.75;

/**
 * Both parts as stored: the Latin part carries the whole's stamp, since it is made from the same
 * terms; null where it would save little.
 */
export function compileTerms(sources: readonly TermSource[]): { whole: StoredMatcher; latin: StoredMatcher | null } {
  const whole = encodeMatcher(compile(sources));
  const part = encodeMatcher(compile(latinSources(sources)));
  return { whole, latin: part.buffer.length < whole.buffer.length * WORTH ? { ...part, stamp: whole.stamp, part: 'latin' } : null };
}
