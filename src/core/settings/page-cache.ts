/**
 * The page cache as the gate reads it on every page: its keys, the rule lookup, and the four
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
/** Their Latin-script part (core/match/latin-terms.ts), with the same stamp: what most pages read. */
export const LATIN_TERMS_KEY = 'gloss.termsLatin';
/** Stored under LATIN_TERMS_KEY where the terms have no part worth reading: pages read the whole. */
export const NO_LATIN_PART = 'none';

/** Where a page finds the terms: whole, or their Latin-script part. */
export function termsKeyFor(latin: boolean): string {
  return latin ? LATIN_TERMS_KEY : TERMS_KEY;
}
export const RULE_PREFIX = 'gloss.rule.';

/** The salt's bounds (PageViewSchema's). */
export const SALT_MIN = 8;
export const SALT_MAX = 64;

/**
 * The view's filter of the rule keys that exist: a Bloom filter of RULE_FILTER_BITS bits, in hex.
 * A page whose own keys are all absent from it (the common case: no rule for its site) skips the
 * second read. With a hundred rules about 3 % of other sites still read. It tells a page no more
 * than a dump of the area does: whoever has the salt can try a site against either.
 */
const RULE_FILTER_BITS = 1024;
export const RULE_FILTER = /^[0-9a-f]{256}$/;

/** What the gate decides from: the switch, the mode, the salt that names the rule keys, and their filter (null: none stored, read the keys). */
export interface GateView {
  enabled: boolean;
  siteMode: SiteMode;
  salt: string;
  rules: string | null;
}

/** The two bits of a key: from its own hash, so that the filter needs no salt of its own. */
function filterBits(key: string): [number, number] {
  const h = parseInt(hash53(key), 36);
  return [h % RULE_FILTER_BITS, Math.floor(h / RULE_FILTER_BITS) % RULE_FILTER_BITS];
}

/** The filter of these rule keys. */
export function ruleFilter(keys: Iterable<string>): string {
  const nibbles = new Uint8Array(RULE_FILTER_BITS / 4);
  for (const key of keys) for (const bit of filterBits(key)) nibbles[bit >> 2] = (nibbles[bit >> 2] ?? 0) | (1 << (bit & 3));
  return Array.from(nibbles, (n) => n.toString(16)).join('');
}

/** Whether `key` may be stored: false only when it certainly is not. */
export function mayHaveRule(filter: string, key: string): boolean {
  return filterBits(key).every((bit) => (parseInt(filter.charAt(bit >> 2), 16) & (1 << (bit & 3))) !== 0);
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
  const { rules } = raw as Record<string, unknown>;
  if (rules !== undefined && (typeof rules !== 'string' || !RULE_FILTER.test(rules))) return null;
  return { enabled, siteMode, salt, rules: rules ?? null };
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
