/**
 * What a web page's content script may know of the settings: the values that apply to every page,
 * and the one rule that applies to its own site. Never the site list, never the muted terms (the
 * background leaves muted entries out of the page's term data instead). The page is not trusted:
 * a compromised renderer could read whatever its content script can.
 *
 * The background keeps this in storage.local, which content scripts can read without waking
 * the worker: the view under VIEW_KEY and each site rule under a key derived from a per-install
 * salt and the site, so that a content script reads only the keys of its own site and a dump of
 * the area lists no site names (a dictionary of sites can still be tried against it: the salt
 * hides the list, it does not make it secret).
 */
import * as v from 'valibot';
import { hash53 } from '../hash.ts';
import { decide, type GlossDecision } from './decide.ts';
import { SITE_RULES, SettingsSchemas, type Settings, type SiteRule } from './model.ts';

export const PageViewSchema = v.object({
  enabled: SettingsSchemas.enabled,
  siteMode: SettingsSchemas.siteMode,
  highlightStyle: SettingsSchemas.highlightStyle,
  mentions: SettingsSchemas.mentions,
  hoverDelayMs: SettingsSchemas.hoverDelayMs,
  categoriesOff: SettingsSchemas.categoriesOff,
  /** Per-install; names the rule keys (ruleKey). */
  salt: v.pipe(v.string(), v.minLength(8), v.maxLength(64)),
  /** The stamp of the compiled terms stored beside the view: a page reads them only when it changed. */
  terms: v.string(),
});
export type PageView = v.InferOutput<typeof PageViewSchema>;

/** The view plus the rule of one site: all a content script needs to decide and to mark. */
export interface PageSettings extends Omit<PageView, 'salt' | 'terms'> {
  /** The rule that applies to the page's site, its own or a parent domain's. */
  rule: SiteRule | null;
}

const SiteRuleValueSchema = v.picklist(SITE_RULES);

export const VIEW_KEY = 'gloss.view';
/** The compiled terms (core/match/data.ts StoredMatcher), for pages and the options preview. */
export const TERMS_KEY = 'gloss.terms';
export const RULE_PREFIX = 'gloss.rule.';

export function pageViewOf(settings: Settings, salt: string, terms: string): PageView {
  const { enabled, siteMode, highlightStyle, mentions, hoverDelayMs, categoriesOff } = settings;
  return { enabled, siteMode, highlightStyle, mentions, hoverDelayMs, categoriesOff: [...categoriesOff], salt, terms };
}

export function pageSettingsOf(view: Omit<PageView, 'salt' | 'terms'>, rule: SiteRule | null): PageSettings {
  const { enabled, siteMode, highlightStyle, mentions, hoverDelayMs, categoriesOff } = view;
  return { enabled, siteMode, highlightStyle, mentions, hoverDelayMs, categoriesOff, rule };
}

/** The storage key of one site's rule. */
export function ruleKey(salt: string, site: string): string {
  return `${RULE_PREFIX}${hash53(`${salt}\u0000${site}`)}`;
}

/** Every rule of the settings under its key. */
export function ruleItems(settings: Settings, salt: string): Record<string, SiteRule> {
  const items: Record<string, SiteRule> = {};
  for (const [site, rule] of Object.entries(settings.sites)) items[ruleKey(salt, site)] = rule;
  return items;
}

/** The keys a page reads, nearest first, from its rule candidates (site-candidates.ts). */
export function ruleKeysFor(salt: string, candidates: readonly string[]): string[] {
  return candidates.map((name) => ruleKey(salt, name));
}

/** The rule for the site from what its keys hold (first found wins, as in ruleFor). */
export function ruleFromItems(items: Record<string, unknown>, keys: readonly string[]): SiteRule | null {
  for (const key of keys) {
    const value = items[key];
    if (v.is(SiteRuleValueSchema, value)) return value;
  }
  return null;
}

export function decideForPage(settings: PageSettings, isArticle: boolean, publisherOff = false): GlossDecision {
  return decide(settings, settings.rule, isArticle, publisherOff);
}

/** Whether the article check can change the outcome (so a page that does not need it skips it). */
export function pageNeedsArticleCheck(settings: PageSettings): boolean {
  return decideForPage(settings, true).reason === 'article';
}

export function newSalt(random: (bytes: Uint8Array) => Uint8Array): string {
  return [...random(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
