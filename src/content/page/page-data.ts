/**
 * Where a page gets its settings and terms: the page cache the background keeps in storage.local
 * (core/settings/page-view.ts), read directly so most pages never wake the worker; only when the
 * cache is missing or unreadable, one getPageData message. Only this page's keys are read.
 */
import * as v from 'valibot';
import { DICTIONARY_FORMAT, DICTIONARY_VERSION } from '../../core/match/index.ts';
import type { BackgroundClient, PageData } from '../../core/messages/index.ts';
import { PageViewSchema, pageSettingsOf, ruleFromItems, ruleKeysFor, VIEW_KEY } from '../../core/settings/page-view.ts';
import { ruleCandidates } from '../../core/settings/site-candidates.ts';
import { warn } from '../log.ts';

/** Must equal background/page-cache.ts TERMS_KEY (a unit test checks); kept here so content.js stays small. */
export const TERMS_KEY = 'gloss.terms';

export interface PageDataSource {
  load(url: string): Promise<PageData | null>;
}

export type ReadLocal = (keys: string[]) => Promise<Record<string, unknown>>;

/** A compiled dictionary's outline; createMatcher checks the lines and fails clearly. */
const TermsSchema = v.object({
  format: v.literal(DICTIONARY_FORMAT),
  version: v.literal(DICTIONARY_VERSION),
  ids: v.array(v.string()),
  categories: v.array(v.string()),
  terms: v.array(v.string()),
});

export function pageDataSource(readLocal: ReadLocal, background: BackgroundClient): PageDataSource {
  const fromCache = async (url: string): Promise<PageData | null> => {
    const items = await readLocal([VIEW_KEY, TERMS_KEY]);
    const view = v.safeParse(PageViewSchema, items[VIEW_KEY]);
    const terms = v.safeParse(TermsSchema, items[TERMS_KEY]);
    if (!view.success || !terms.success) return null;
    const candidates = ruleCandidates(url);
    const keys = candidates === null ? [] : ruleKeysFor(view.output.salt, candidates);
    const rule = keys.length === 0 ? null : ruleFromItems(await readLocal(keys), keys);
    // The page's own host stands for its site here; the background names sites by their key.
    return { site: candidates?.[0] ?? null, settings: pageSettingsOf(view.output, rule), dictionary: terms.output };
  };

  return {
    async load(url) {
      try {
        const cached = await fromCache(url);
        if (cached) return cached;
      } catch (error) {
        warn('could not read the page cache; asking the background', error);
      }
      const answer = await background.request({ type: 'getPageData' });
      if (answer.ok) return answer.value;
      warn(`could not get this page's settings (${answer.error.message})`);
      return null;
    },
  };
}

/** Whether a storage change touches the page cache (so the page decides again). */
export function isPageCacheChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && Object.keys(changes).some((key) => key.startsWith('gloss.'));
}
