/**
 * Which entry a selected text names, for the "Explain with Gloss" menu. Uses the same matcher as
 * the content script, so case rules ("SWIFT" vs "swift") and dash/quote folding agree.
 * - The selection is one term (surrounding spaces and punctuation aside): that entry.
 * - A short selection ("the Nord Stream pipeline") naming exactly one entry: that entry.
 * - Anything else (no term, several, a whole paragraph): null, and the popup search gets the text.
 */
import { createMatcher, type Matcher, type StoredMatcher } from '../core/match/index.ts';
import type { EventPort } from './browser-api.ts';
import { TERMS_KEY } from '../core/settings/page-cache.ts';

/** Longer selections are sentences, where "the" term is a guess. */
const SHORT_SELECTION = 60;

/** Only spaces and punctuation: what may surround a term that is the whole selection. */
const FILLER = /^[\s\p{P}]*$/u;

export interface TermLookup {
  /** The entry `text` names, with the terms already loaded; undefined when none are loaded yet. */
  now(text: string): string | null | undefined;
  /** The same after loading the terms in force (every enabled glossary, muted ones left out). */
  load(text: string): Promise<string | null>;
  /** Starts loading them (the worker just woke), so a click a moment later can answer at once. */
  warm(): void;
}

/**
 * The lookup answers synchronously when it can: Firefox opens the popup only while the click that
 * asked for it is being handled, so the path that opens the search must not wait for storage.
 */
export function createTermLookup(terms: () => Promise<StoredMatcher>): TermLookup {
  let matcher: { stamp: string; matcher: Matcher } | null = null;
  const refresh = async (): Promise<Matcher> => {
    const current = await terms();
    if (matcher?.stamp !== current.stamp) matcher = { stamp: current.stamp, matcher: createMatcher(current) };
    return matcher.matcher;
  };
  return {
    now: (text) => (FILLER.test(text) ? null : matcher ? pick(matcher.matcher, text) : undefined),
    load: async (text) => (FILLER.test(text) ? null : pick(await refresh(), text)),
    warm: () => void refresh().catch(() => undefined),
  };
}

/**
 * The page cache wrote new terms (an import, a glossary switched, a term muted): load them now.
 * now() answers from the terms it loaded last, so without this the first click after a change
 * would answer from the old ones (a new glossary's term would open the search, not its card).
 */
export function registerTermLookupRefresh(onStorageChanged: EventPort<(changes: Record<string, unknown>, area: string) => void>, lookup: TermLookup): void {
  onStorageChanged.addListener((changes, area) => {
    if (area === 'local' && TERMS_KEY in changes) lookup.warm();
  });
}

function pick(matcher: Matcher, text: string): string | null {
  const matches = matcher.scan(text);
  // Scanned untrimmed, so a term ending in a full stop ("U.S.") keeps it.
  const whole = matches.find((m) => FILLER.test(text.slice(0, m.start)) && FILLER.test(text.slice(m.end)));
  if (whole) return whole.id;
  const ids = new Set(matches.map((m) => m.id));
  const [only] = ids;
  return text.trim().length <= SHORT_SELECTION && ids.size === 1 && only !== undefined ? only : null;
}
