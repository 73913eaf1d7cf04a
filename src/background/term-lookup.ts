/**
 * Which entry a selected text names, for the "Explain with Gloss" menu. Uses the same matcher as
 * the content script, so case rules ("SWIFT" vs "swift") and dash/quote folding agree.
 * - The selection is one term (surrounding spaces and punctuation aside): that entry.
 * - A short selection ("the Nord Stream pipeline") naming exactly one entry: that entry.
 * - Anything else (no term, several, a whole paragraph): null, and the popup search gets the text.
 */
import type { Entry } from '../core/facts/types.ts';
import { compile, createMatcher, termSourcesFromEntries, type Matcher } from '../core/match/index.ts';

/** Longer selections are sentences, where "the" term is a guess. */
export const SHORT_SELECTION = 60;

/** Only spaces and punctuation: what may surround a term that is the whole selection. */
const FILLER = /^[\s\p{P}]*$/u;

export type TermLookup = (text: string) => string | null;

export function createTermLookup(entries: readonly Entry[]): TermLookup {
  // Built on first use: most worker wake-ups never need it.
  let matcher: Matcher | null = null;
  return (text) => {
    if (FILLER.test(text)) return null;
    matcher ??= createMatcher(compile(termSourcesFromEntries([...entries])));
    const matches = matcher.scan(text);
    // Scanned untrimmed, so a term ending in a full stop ("U.S.") keeps it.
    const whole = matches.find((m) => FILLER.test(text.slice(0, m.start)) && FILLER.test(text.slice(m.end)));
    if (whole) return whole.id;
    const ids = new Set(matches.map((m) => m.id));
    const [only] = ids;
    return text.trim().length <= SHORT_SELECTION && ids.size === 1 && only !== undefined ? only : null;
  };
}
