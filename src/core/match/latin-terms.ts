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

/** Both parts as stored: the Latin part carries the whole's stamp, since it is made from the same terms. */
export function compileTerms(sources: readonly TermSource[]): { whole: StoredMatcher; latin: StoredMatcher } {
  const whole = encodeMatcher(compile(sources));
  return { whole, latin: { ...encodeMatcher(compile(latinSources(sources))), stamp: whole.stamp, part: 'latin' } };
}
