/**
 * "Is Gloss on for this page?" with one clear precedence, like Dark Reader's site lists:
 * the page must be one Gloss can run on; then the global switch; then the reader's rule for the
 * site (or its nearest parent domain); then the site mode.
 */
import { decide, type GlossDecision } from './decide.ts';
import type { Settings, SettingsPatch, SiteRule } from './model.ts';
import { clampHoverDelay } from './model.ts';
import { parentSites, siteKey } from './site-key.ts';

export { pageStateOf, type GlossDecision, type GlossReason } from './decide.ts';


export interface SiteRuleMatch {
  rule: SiteRule;
  /** The key the rule is stored under: the site itself or a parent domain. */
  from: string;
}

/** The rule that applies to a site: its own, else the nearest parent domain's (not for IPs or TLDs). */
export function ruleFor(settings: Settings, site: string): SiteRuleMatch | null {
  const own = settings.sites[site];
  if (own !== undefined) return { rule: own, from: site };
  for (const parent of parentSites(site)) {
    const rule = settings.sites[parent];
    if (rule !== undefined) return { rule, from: parent };
  }
  return null;
}

export function isGlossOn(settings: Settings, url: string, isArticle: boolean): GlossDecision {
  const site = siteKey(url);
  if (site === null) return { on: false, reason: 'restricted' };
  return decideForSite(settings, site, isArticle);
}

export function decideForSite(settings: Settings, site: string, isArticle: boolean, publisherOff = false): GlossDecision {
  return decide(settings, ruleFor(settings, site)?.rule ?? null, isArticle, publisherOff);
}

/**
 * Whether the content script needs the article check at all: only when the mode decides and the
 * mode is 'articles'. Lets it skip even the cheap check on switched-off sites.
 */
export function needsArticleCheck(settings: Settings, site: string): boolean {
  return decideForSite(settings, site, true).reason === 'article';
}

/** A copy with the site's own rule set, or removed when `rule` is null. */
export function withSiteRule(settings: Settings, site: string, rule: SiteRule | null): Settings {
  if (rule === null) {
    const { [site]: _removed, ...sites } = settings.sites;
    return { ...settings, sites };
  }
  return { ...settings, sites: { ...settings.sites, [site]: rule } };
}

export function withMuted(settings: Settings, id: string, muted: boolean): Settings {
  const rest = settings.muted.filter((m) => m !== id);
  return { ...settings, muted: muted ? [...rest, id] : rest };
}

/** A copy with a validated patch applied; categories are deduplicated, the delay clamped. */
export function withPatch(settings: Settings, patch: SettingsPatch): Settings {
  const next: Settings = { ...settings };
  if (patch.enabled !== undefined) next.enabled = patch.enabled;
  if (patch.siteMode !== undefined) next.siteMode = patch.siteMode;
  if (patch.highlightStyle !== undefined) next.highlightStyle = patch.highlightStyle;
  if (patch.mentions !== undefined) next.mentions = patch.mentions;
  if (patch.hoverDelayMs !== undefined) next.hoverDelayMs = clampHoverDelay(patch.hoverDelayMs);
  if (patch.categoriesOff !== undefined) next.categoriesOff = [...new Set(patch.categoriesOff)];
  return next;
}
