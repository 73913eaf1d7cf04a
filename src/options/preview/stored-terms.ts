/**
 * The preview's matcher, built from the terms the background compiled for pages (storage.local),
 * so the options page carries no facts and marks exactly what a page would. Missing or unreadable
 * terms (a fresh install before the worker wrote them, an older format) give no matcher: the
 * preview then shows its paragraph unmarked.
 */
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/facts/vocabulary.ts';
import { createMatcher, type Matcher } from '../../core/match/index.ts';
import type { OptionsPorts } from '../browser-api.ts';


/** The outline createMatcher relies on without checking (it checks the format and the buffer itself). */
function hasOutline(value: unknown): value is Parameters<typeof createMatcher>[0] {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['ids'] === 'string' && typeof v['categories'] === 'string' && typeof v['buffer'] === 'string' && ['exact', 'rules', 'names', 'lengths', 'types'].every((k) => Array.isArray(v[k]));
}

export function matcherFromStored(stored: unknown): Matcher | null {
  if (!hasOutline(stored)) return null;
  try {
    // createMatcher checks the format, the version and the buffer's length, and throws on a mismatch.
    return createMatcher(stored);
  } catch {
    return null;
  }
}

const KNOWN = new Set<string>(CATEGORIES);

/** Each entry id's category, from the compiled data (which keeps them for the content script's filter). */
export function categoriesOf(matcher: Matcher | null): (id: string) => Category | undefined {
  const byId = new Map<string, Category>();
  if (matcher !== null) {
    const { ids, categories } = matcher.data;
    ids.forEach((id, i) => {
      const category = categories[i];
      if (category !== undefined && KNOWN.has(category)) byId.set(id, category as Category);
    });
  }
  return (id) => byId.get(id);
}

/** The matcher of the terms now stored, rebuilt whenever the background rewrites them. */
export function useStoredMatcher(ports: OptionsPorts): Matcher | null {
  const [matcher, setMatcher] = useState<Matcher | null>(null);
  useEffect(() => {
    let alive = true;
    let asked = 0;
    const load = async (): Promise<void> => {
      const mine = ++asked;
      let stored: unknown;
      try {
        stored = await ports.readTerms();
      } catch {
        stored = undefined;
      }
      // Only the latest read counts: two rewrites in a row must not end on the older terms.
      if (alive && mine === asked) setMatcher(matcherFromStored(stored));
    };
    void load();
    const unsubscribe = ports.onTermsChanged(() => void load());
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [ports]);
  return matcher;
}
