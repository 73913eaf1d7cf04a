/**
 * The public suffix list, through tldts: which host names are registries ("com", "co.uk") or
 * shared hosting ("github.io", "blogspot.com") rather than one site. The only place that knows
 * about tldts, so its options are set once. Pure: runs in Node, pages, workers and content scripts.
 */
import { parse } from 'tldts';

/**
 * Private suffixes count: alice.github.io and bob.github.io are as separate as two .com sites.
 * Callers pass host names already normalised by URL (lowercase, punycode, no port), so tldts need
 * not extract or validate them; validating would also turn away hosts such as "my_site.example",
 * which browsers load.
 */
const OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false } as const;

function lookUp(host: string): ReturnType<typeof parse> {
  return parse(host, OPTIONS);
}

/**
 * True for a host that is itself on the list ("com", "co.uk", "github.io", a "*.kawasaki.jp"
 * wildcard match): no single site owns it. A single label that is not on the list ("localhost",
 * an intranet name) is a site of its own, not a suffix.
 */
export function isPublicSuffix(host: string): boolean {
  const result = lookUp(host);
  return result.domain === null && (result.isIcann === true || result.isPrivate === true);
}

/**
 * The host's public suffix ("co.uk" for news.bbc.co.uk, "github.io" for alice.github.io, "corp"
 * for an unlisted "intranet.corp"), or null for an IP address.
 */
export function publicSuffixOf(host: string): string | null {
  return lookUp(host).publicSuffix;
}

/** The registrable domain ("bbc.co.uk" for news.bbc.co.uk), or null when the host has none. */
export function registrableDomainOf(host: string): string | null {
  return lookUp(host).domain;
}
