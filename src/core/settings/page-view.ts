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
import { SettingsSchemas, type Settings, type SiteRule } from './model.ts';
import { RULE_FILTER, ruleFilter, ruleKey, SALT_MAX, SALT_MIN } from './page-cache.ts';

export const PageViewSchema = v.object({
  enabled: SettingsSchemas.enabled,
  siteMode: SettingsSchemas.siteMode,
  highlightStyle: SettingsSchemas.highlightStyle,
  mentions: SettingsSchemas.mentions,
  hoverDelayMs: SettingsSchemas.hoverDelayMs,
  categoriesOff: SettingsSchemas.categoriesOff,
  /** Per-install; names the rule keys (ruleKey). */
  salt: v.pipe(v.string(), v.minLength(SALT_MIN), v.maxLength(SALT_MAX)),
  /** The filter of the rule keys stored (ruleFilter); a view written before it had none. */
  rules: v.optional(v.pipe(v.string(), v.regex(RULE_FILTER))),
  /** The stamp of the compiled terms stored beside the view: a page reads them only when it changed. */
  terms: v.string(),
});
export type PageView = v.InferOutput<typeof PageViewSchema>;

/** The view plus the rule of one site: all a content script needs to decide and to mark. */
export interface PageSettings extends Omit<PageView, 'salt' | 'terms' | 'rules'> {
  /** The rule that applies to the page's site, its own or a parent domain's. */
  rule: SiteRule | null;
}

export function pageViewOf(settings: Settings, salt: string, terms: string): PageView {
  const { enabled, siteMode, highlightStyle, mentions, hoverDelayMs, categoriesOff } = settings;
  const rules = ruleFilter(Object.keys(ruleItems(settings, salt)));
  return { enabled, siteMode, highlightStyle, mentions, hoverDelayMs, categoriesOff: [...categoriesOff], salt, rules, terms };
}

export function pageSettingsOf(view: Omit<PageView, 'salt' | 'terms' | 'rules'>, rule: SiteRule | null): PageSettings {
  const { enabled, siteMode, highlightStyle, mentions, hoverDelayMs, categoriesOff } = view;
  return { enabled, siteMode, highlightStyle, mentions, hoverDelayMs, categoriesOff, rule };
}

/** Every rule of the settings under its key. */
export function ruleItems(settings: Settings, salt: string): Record<string, SiteRule> {
  const items: Record<string, SiteRule> = {};
  for (const [site, rule] of Object.entries(settings.sites)) items[ruleKey(salt, site)] = rule;
  return items;
}

export function newSalt(random: (bytes: Uint8Array) => Uint8Array): string {
  return [...random(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
