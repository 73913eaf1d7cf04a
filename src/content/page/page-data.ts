/**
 * Where a page gets its settings and terms: the page cache the background keeps in storage.local
 * (core/settings/page-view.ts), read directly so most pages never wake the worker; only when the
 * cache is missing or unreadable, one getPageData message. Only this page's keys are read.
 */
import * as v from 'valibot';
import { ELEMENT_TYPES, MATCHER_FORMAT, MATCHER_VERSION, type CompiledRule, type StoredMatcher } from '../../core/match/index.ts';
import type { BackgroundClient, PageData } from '../../core/messages/index.ts';
import type { GlossDecision } from '../../core/settings/decide.ts';
import type { PageCacheRead, ReadLocal } from '../gate/page-settings.ts';
import { RULE_PREFIX, TERMS_KEY, termsKeyFor, VIEW_KEY } from '../../core/settings/page-cache.ts';
import { pageSettingsFrom, readPageSettings, type PageSettingsLoad } from './page-settings.ts';
import { warn } from '../log.ts';

export type { ReadLocal };


/**
 * Two steps, so that a page Gloss stays off on never reads the terms: first the settings (the view
 * and this site's rule), then, only where Gloss runs and the page does not hold them yet, the terms.
 */
export interface PageDataSource {
  /** `decided`: only on the first answer, when the gate already decided from these settings. */
  settings(url: string): Promise<(PageSettingsLoad & { decided?: FirstRead['decided'] }) | null>;
  /** `latin`: the Latin-script part will do (the whole comes where only it can be had). */
  terms(stamp: string, latin: boolean): Promise<StoredMatcher | null>;
}

/** The compiled terms' outline; createMatcher checks the buffer against the lengths and fails clearly. */
const TermsSchema = v.object({
  format: v.literal(MATCHER_FORMAT),
  version: v.literal(MATCHER_VERSION),
  stamp: v.string(),
  ids: v.string(),
  categories: v.string(),
  exact: v.array(v.string()),
  rules: v.array(v.custom<CompiledRule>((x) => typeof x === 'object' && x !== null)),
  names: v.array(v.string()),
  lengths: v.array(v.number()),
  types: v.array(v.picklist(ELEMENT_TYPES)),
  buffer: v.string(),
  part: v.optional(v.literal('latin')),
});

/**
 * What the gate already read, handed to the page module so that nothing is read twice: the page's
 * settings, and the read of the terms it started while content-scan.js was still loading.
 */
export interface FirstRead {
  cache: PageCacheRead;
  terms: Promise<Record<string, unknown>>;
  /** Whether that read is of the Latin-script part (termsKeyFor). */
  latin: boolean;
  /** What the gate decided from those settings on this document a moment ago. */
  decided: { isArticle: boolean | null; decision: GlossDecision };
}

export function pageDataSource(readLocal: ReadLocal, background: BackgroundClient, first?: FirstRead): PageDataSource {
  // What the background sent when the cache could not be read: its terms come with it.
  let fallback: PageData | null = null;
  // Each used once, for the first decision; later ones read afresh (the settings may have changed).
  let firstSettings = first?.cache ?? null;
  let firstTerms = first?.terms ?? null;

  const ask = async (): Promise<PageData | null> => {
    const answer = await background.request({ type: 'getPageData' });
    if (answer.ok) return (fallback = answer.value);
    warn(`could not get this page's settings (${answer.error.message})`);
    return null;
  };

  return {
    async settings(url) {
      const ready = firstSettings;
      firstSettings = null;
      // The view checked whole here: the gate checked only what it decides from.
      const whole = ready && pageSettingsFrom(ready);
      if (whole && first) return { ...whole, decided: first.decided };
      try {
        const cached = await readPageSettings(readLocal, url);
        if (cached) return cached;
      } catch (error) {
        warn('could not read the page cache; asking the background', error);
      }
      const data = await ask();
      return data && { site: data.site, settings: data.settings, stamp: data.terms.stamp, keys: [] };
    },
    async terms(stamp, latin) {
      if (fallback?.terms.stamp === stamp) return fallback.terms;
      const started = first?.latin === latin ? firstTerms : null;
      firstTerms = null;
      // Where the terms have no Latin part worth reading (or it is damaged), the whole will do.
      const stored = (await storedTerms(readLocal, started, stamp, latin)) ?? (latin ? await storedTerms(readLocal, null, stamp, false) : null);
      return stored ?? (await ask())?.terms ?? null;
    },
  };
}

/** The stored terms (or their part) of this stamp, from a read already under way or a new one; null if not there or not usable. */
async function storedTerms(readLocal: ReadLocal, started: Promise<Record<string, unknown>> | null, stamp: string, latin: boolean): Promise<StoredMatcher | null> {
  const key = termsKeyFor(latin);
  try {
    const parsed = v.safeParse(TermsSchema, (await (started ?? readLocal([key])))[key]);
    // The part asked for, of these very terms: a part written by another build is not it.
    if (parsed.success && parsed.output.stamp === stamp && (parsed.output.part === 'latin') === latin) return parsed.output;
  } catch (error) {
    warn('could not read the terms', error);
  }
  return null;
}

/**
 * Whether a storage change touches what a page reads of the page cache (so the page decides again):
 * the view, a site rule or the terms; not the background's own bookkeeping beside them.
 */
export function isPageCacheChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && Object.keys(changes).some((key) => key === VIEW_KEY || key === TERMS_KEY || key.startsWith(RULE_PREFIX));
}
