/**
 * The names a page's site rule may be stored under, worked out without the public suffix list, so
 * that the content script stays small (the list is 50 KB gzipped; site-key.ts uses it). A page
 * looks up every name from its own host up to the top-level domain, nearest first. Rules are only
 * ever stored under real site keys (site-key.ts refuses "github.io" or "co.uk"), so the extra
 * names a page looks up ("github.io", "io") can never hold a rule, and the nearest rule found is the
 * one site-key.ts's precedence would pick.
 */

/** All file: URLs share one rule: a reader switches Gloss on or off for local files as a whole. */
export const LOCAL_FILES = 'local files';

/**
 * https hosts where browsers never run content scripts: Chrome's web store and Firefox's
 * extensions.webextensions.restrictedDomains. Gloss cannot run there, so they get no site key.
 */
const RESTRICTED_HOSTS = new Set([
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

export function isRestrictedHost(host: string, path: string): boolean {
  if (RESTRICTED_HOSTS.has(host)) return true;
  return host === 'chrome.google.com' && (path === '/webstore' || path.startsWith('/webstore/'));
}

export function isIpSite(key: string): boolean {
  return key.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(key);
}

/** What the rule lookup reads of a URL: a URL object and the page's own Location have it parsed. */
export interface UrlParts {
  protocol: string;
  hostname: string;
  pathname: string;
}

/** A URL's host as Gloss compares it (lowercase, no trailing dot), or null where Gloss cannot run. */
export function hostOf(url: string | UrlParts): { protocol: string; host: string; path: string } | null {
  let parsed: UrlParts;
  try {
    // The gate passes the page's Location: parsing its href again cost more than the rest of the lookup.
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return { protocol: parsed.protocol, host, path: parsed.pathname };
}

/**
 * The names whose rule applies to a page, nearest first: "news.bbc.co.uk" gives news.bbc.co.uk,
 * bbc.co.uk, co.uk, uk. Null where Gloss cannot run (not http(s) or file, a store).
 */
export function ruleCandidates(url: string | UrlParts): string[] | null {
  const parsed = hostOf(url);
  if (parsed === null) return null;
  if (parsed.protocol === 'file:') return [LOCAL_FILES];
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const { host, path } = parsed;
  if (host === '' || isRestrictedHost(host, path)) return null;
  if (isIpSite(host)) return [host];
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}
