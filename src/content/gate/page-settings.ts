/**
 * A page's settings from the page cache the background keeps in storage.local
 * (core/settings/page-view.ts): the view and the rule of this page's own site, read by their keys.
 * No message, so the worker sleeps on; nothing else of the settings reaches the page.
 */
import * as v from 'valibot';
import { PageViewSchema, pageSettingsOf, ruleFromItems, ruleKeysFor, VIEW_KEY, type PageSettings } from '../../core/settings/page-view.ts';
import { ruleCandidates } from '../../core/settings/site-candidates.ts';

export type ReadLocal = (keys: string[]) => Promise<Record<string, unknown>>;

/** A page's settings and the stamp of the terms that apply to it (data.ts StoredMatcher.stamp). */
export interface PageSettingsLoad {
  /** Null where Gloss never runs (not http(s), a bare IP without a host…). */
  site: string | null;
  settings: PageSettings;
  stamp: string;
  /** The storage keys this page's decision depends on: a change to any other leaves it alone. */
  keys: string[];
}

/** Null when the cache is missing or unreadable (the caller asks the background instead). */
export async function readPageSettings(readLocal: ReadLocal, url: string): Promise<PageSettingsLoad | null> {
  const view = v.safeParse(PageViewSchema, (await readLocal([VIEW_KEY]))[VIEW_KEY]);
  if (!view.success) return null;
  const candidates = ruleCandidates(url);
  const ruleKeys = candidates === null ? [] : ruleKeysFor(view.output.salt, candidates);
  const rule = ruleKeys.length === 0 ? null : ruleFromItems(await readLocal(ruleKeys), ruleKeys);
  // The page's own host stands for its site here; the background names sites by their key.
  return { site: candidates?.[0] ?? null, settings: pageSettingsOf(view.output, rule), stamp: view.output.terms, keys: [VIEW_KEY, ...ruleKeys] };
}
