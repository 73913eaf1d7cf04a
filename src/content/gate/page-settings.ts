/**
 * What the gate reads of the page cache the background keeps in storage.local
 * (core/settings/page-cache.ts): the view and the rule of this page's own site, read by their keys
 * where the view's filter says one may be stored.
 * No message, so the worker sleeps on; nothing else of the settings reaches the page. The gate
 * checks only the fields it decides from; the page module checks the view whole
 * (page/page-settings.ts) before it uses the rest.
 */
import { gateViewOf, mayHaveRule, ruleFromItems, ruleKeysFor, VIEW_KEY, type GateView } from '../../core/settings/page-cache.ts';
import type { SiteRule } from '../../core/settings/values.ts';
import { ruleCandidates, type UrlParts } from '../../core/settings/site-candidates.ts';

export type ReadLocal = (keys: string[]) => Promise<Record<string, unknown>>;

export interface PageCacheRead {
  /** Null where Gloss never runs (not http(s), a bare IP without a host…). */
  site: string | null;
  view: GateView;
  /** The view as stored, for the page module to check whole. */
  raw: unknown;
  rule: SiteRule | null;
  /** The storage keys this page's decision depends on: a change to any other leaves it alone. */
  keys: string[];
}

/** Null when the cache is missing or unreadable (the caller asks the background instead). */
export async function readPageCache(readLocal: ReadLocal, url: string | UrlParts): Promise<PageCacheRead | null> {
  const raw = (await readLocal([VIEW_KEY]))[VIEW_KEY];
  const view = gateViewOf(raw);
  if (view === null) return null;
  const candidates = ruleCandidates(url);
  const ruleKeys = candidates === null ? [] : ruleKeysFor(view.salt, candidates);
  // Only the keys the view's filter may hold are read: on most sites none, and no second read.
  const { rules } = view;
  const stored = rules === null ? ruleKeys : ruleKeys.filter((key) => mayHaveRule(rules, key));
  const rule = stored.length === 0 ? null : ruleFromItems(await readLocal(stored), stored);
  // The page's own host stands for its site here; the background names sites by their key.
  return { site: candidates?.[0] ?? null, view, raw, rule, keys: [VIEW_KEY, ...ruleKeys] };
}
