/**
 * The page cache as the gate reads it on every page: its keys, the rule lookup, and the three
 * fields of the view a decision needs, checked by hand. Free of valibot on purpose: the gate
 * (content.js) runs on every page, and valibot's code, built and run cold there, cost about as
 * much as the rest of the gate together (bench:content, issue 14). The page module, loaded only
 * where Gloss runs, checks the whole view with PageViewSchema (page-view.ts); a unit test keeps
 * this check agreeing with that schema on the fields it reads.
 */
import { decide, type GlossDecision } from './decide.ts';
import { SITE_MODES, SITE_RULES, type SiteMode, type SiteRule } from './values.ts';
import { hash53 } from '../hash.ts';

export const VIEW_KEY = 'gloss.view';
/** The compiled terms (core/match/data.ts StoredMatcher), for pages and the options preview. */
export const TERMS_KEY = 'gloss.terms';
export const RULE_PREFIX = 'gloss.rule.';

/** The salt's bounds (PageViewSchema's). */
export const SALT_MIN = 8;
export const SALT_MAX = 64;

/** What the gate decides from: the switch, the mode and the salt that names the rule keys. */
export interface GateView {
  enabled: boolean;
  siteMode: SiteMode;
  salt: string;
}

/** What a decision reads of a page's settings. */
export interface DecisionSettings {
  enabled: boolean;
  siteMode: SiteMode;
  rule: SiteRule | null;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);

/** The gate's fields of a stored view, or null when any of them is missing or malformed. */
export function gateViewOf(raw: unknown): GateView | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { enabled, siteMode, salt } = raw as Record<string, unknown>;
  if (typeof enabled !== 'boolean' || !isOneOf(SITE_MODES, siteMode)) return null;
  if (typeof salt !== 'string' || salt.length < SALT_MIN || salt.length > SALT_MAX) return null;
  return { enabled, siteMode, salt };
}

/** The storage key of one site's rule. */
export function ruleKey(salt: string, site: string): string {
  return `${RULE_PREFIX}${hash53(`${salt}\u0000${site}`)}`;
}

/** The keys a page reads, nearest first, from its rule candidates (site-candidates.ts). */
export function ruleKeysFor(salt: string, candidates: readonly string[]): string[] {
  return candidates.map((name) => ruleKey(salt, name));
}

/** The rule for the site from what its keys hold (first found wins, as in ruleFor). */
export function ruleFromItems(items: Record<string, unknown>, keys: readonly string[]): SiteRule | null {
  for (const key of keys) {
    const value = items[key];
    if (isOneOf(SITE_RULES, value)) return value;
  }
  return null;
}

export function decideForPage(settings: DecisionSettings, isArticle: boolean, publisherOff = false): GlossDecision {
  return decide(settings, settings.rule, isArticle, publisherOff);
}

/** Whether the article check can change the outcome (so a page that does not need it skips it). */
export function pageNeedsArticleCheck(settings: DecisionSettings): boolean {
  return decideForPage(settings, true).reason === 'article';
}
