/**
 * Site keys: the name under which a per-site rule is stored. One key per host, lowercased and
 * without "www.", so "https://WWW.Example.com/a" and "http://example.com:8080/b" share a rule.
 * Which names are one site and which are shared by many ("co.uk", "github.io") comes from the
 * public suffix list (public-suffix.ts), never from guessing.
 */
import { isPublicSuffix, publicSuffixOf, registrableDomainOf } from './public-suffix.ts';
import { hostOf, isIpSite, isRestrictedHost, LOCAL_FILES } from './site-candidates.ts';

export { LOCAL_FILES };

/**
 * What a URL's host is to Gloss: a site with its key; a bare public suffix such as "github.io" or
 * "co.uk", which belongs to no one site; or nothing Gloss can run on.
 */
type HostKind = { kind: 'site'; key: string } | { kind: 'public-suffix'; host: string } | { kind: 'none' };

const NONE: HostKind = { kind: 'none' };

function classifyUrl(url: string): HostKind {
  const parsed = hostOf(url);
  if (parsed === null) return NONE;
  if (parsed.protocol === 'file:') return { kind: 'site', key: LOCAL_FILES };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return NONE;
  const { host } = parsed;
  if (host === '' || isRestrictedHost(host, parsed.path)) return NONE;
  if (isIpSite(host)) return { kind: 'site', key: host };
  if (isPublicSuffix(host)) return { kind: 'public-suffix', host };
  return { kind: 'site', key: withoutWww(host) };
}

/**
 * "www." names the same site, unless dropping it would leave only a public suffix: www.gov.uk,
 * www.com and www.github.io are sites of their own, gov.uk, com and github.io are not.
 */
function withoutWww(host: string): string {
  if (!host.startsWith('www.')) return host;
  const rest = host.slice(4);
  return registrableDomainOf(rest) === null ? host : rest;
}

/**
 * The site key of a page URL, or null where a content script cannot run (chrome:, about:, stores…)
 * and where the host is a bare public suffix ("github.io", "co.uk"): no rule may be kept for one,
 * since it would reach every site under it, so Gloss treats such a page as one it cannot run on.
 */
export function siteKey(url: string): string | null {
  const host = classifyUrl(url);
  return host.kind === 'site' ? host.key : null;
}

/** True where Gloss cannot run at all: the popup says so instead of offering a switch. */
export function isRestrictedUrl(url: string): boolean {
  return siteKey(url) === null;
}

/** What a reader typed into a site list, read as a URL: "Example.com", "www.example.com/page", "https://example.com". */
function classifyInput(text: string): HostKind {
  const trimmed = text.trim();
  if (trimmed === '') return NONE;
  if (trimmed.toLowerCase() === LOCAL_FILES) return { kind: 'site', key: LOCAL_FILES };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return classifyUrl(trimmed);
  if (/[\s/?#@\\]/.test(trimmed.split('/')[0] ?? '')) return NONE;
  return classifyUrl(`https://${trimmed}`);
}

/**
 * The site key for what a reader typed into a site list: "Example.com", "www.example.com/page",
 * "https://example.com", "local files". Null when it names no site, a bare public suffix included.
 */
export function siteKeyFromInput(text: string): string | null {
  const host = classifyInput(text);
  return host.kind === 'site' ? host.key : null;
}

/**
 * The public suffix a reader typed instead of a site ("github.io", "co.uk", "https://blogspot.com/"),
 * normalised, or null: lets the options page say why it refuses it rather than "not a site".
 */
export function publicSuffixFromInput(text: string): string | null {
  const host = classifyInput(text);
  return host.kind === 'public-suffix' ? host.host : null;
}

/** A valid key is one that is already in its normal form; a bare public suffix never is one. */
export function isValidSiteKey(key: string): boolean {
  return siteKeyFromInput(key) === key;
}

/**
 * The parent domains whose rules a site inherits, nearest first, down to its registrable domain:
 * never a public suffix, so alice.github.io inherits nothing from github.io and news.bbc.co.uk
 * only from bbc.co.uk. None for IPs, local files or single-label hosts such as localhost.
 */
export function parentSites(key: string): string[] {
  if (key === LOCAL_FILES || isIpSite(key)) return [];
  const suffix = publicSuffixOf(key);
  if (suffix === null) return [];
  const labels = key.split('.');
  // A parent keeps at least one label above the suffix.
  const lowest = suffix.split('.').length + 1;
  const parents: string[] = [];
  for (let i = 1; labels.length - i >= lowest; i++) parents.push(labels.slice(i).join('.'));
  return parents;
}
