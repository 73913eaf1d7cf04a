/**
 * Site keys: the name under which a per-site rule is stored. One key per host, lowercased and
 * without "www.", so "https://WWW.Example.com/a" and "http://example.com:8080/b" share a rule.
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

/** The site key of a page URL, or null where a content script cannot run (chrome:, about:, stores…). */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return LOCAL_FILES;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || isRestrictedHost(host, parsed.pathname)) return null;
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  return bare.includes('.') ? bare : host;
}

/** True where Gloss cannot run at all: the popup says so instead of offering a switch. */
export function isRestrictedUrl(url: string): boolean {
  return siteKey(url) === null;
}

function isRestrictedHost(host: string, path: string): boolean {
  if (RESTRICTED_HOSTS.has(host)) return true;
  return host === 'chrome.google.com' && (path === '/webstore' || path.startsWith('/webstore/'));
}

/**
 * The site key for what a reader typed into a site list: "Example.com", "www.example.com/page",
 * "https://example.com", "local files". Null when it names no site.
 */
export function siteKeyFromInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (trimmed.toLowerCase() === LOCAL_FILES) return LOCAL_FILES;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return siteKey(trimmed);
  if (/[\s/?#@\\]/.test(trimmed.split('/')[0] ?? '')) return null;
  return siteKey(`https://${trimmed}`);
}

/** A valid key is one that is already in its normal form. */
export function isValidSiteKey(key: string): boolean {
  return siteKeyFromInput(key) === key;
}

export function isIpSite(key: string): boolean {
  return key.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(key);
}

/**
 * Second-level labels under a two-letter country code that act as registries ("co.uk",
 * "com.au"): a rule must never climb up to them. Without the public suffix list this is a
 * heuristic; it only decides which parent rules a page may inherit.
 */
const REGISTRY_LABELS = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gv', 'nic']);

/** The parent domains whose rules a site inherits, nearest first; never a bare TLD, never for IPs. */
export function parentSites(key: string): string[] {
  if (key === LOCAL_FILES || isIpSite(key)) return [];
  const labels = key.split('.');
  const parents: string[] = [];
  for (let i = 1; labels.length - i >= 2; i++) {
    const rest = labels.slice(i);
    const [first, tld] = rest;
    if (rest.length === 2 && tld !== undefined && tld.length === 2 && first !== undefined && REGISTRY_LABELS.has(first)) break;
    parents.push(rest.join('.'));
  }
  return parents;
}
