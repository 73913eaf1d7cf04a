import { describe, expect, it } from 'vitest';
import { LOCAL_FILES, isRestrictedUrl, isValidSiteKey, parentSites, siteKey, siteKeyFromInput } from '../../../src/core/settings/index.ts';
import { publicSuffixFromInput } from '../../../src/core/settings/site-key.ts';
import { ruleCandidates } from '../../../src/core/settings/site-candidates.ts';

describe('siteKey', () => {
  it.each([
    ['https://www.Example.com/news/a?b=c#d', 'example.com'],
    ['http://example.com:8080/', 'example.com'],
    ['https://news.example.co.uk/world', 'news.example.co.uk'],
    ['https://www.bbc.co.uk/news', 'bbc.co.uk'],
    ['https://example.com./path', 'example.com'],
    ['http://localhost:3000/article', 'localhost'],
    ['http://127.0.0.1:8000/x.html', '127.0.0.1'],
    ['http://[::1]:8080/', '[::1]'],
    ['http://[2001:DB8::1]/', '[2001:db8::1]'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['https://www.com/', 'www.com'],
    ['file:///home/reader/saved.html', LOCAL_FILES],
    ['file:///C:/Users/reader/page.htm', LOCAL_FILES],
  ])('%s → %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  it.each([
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://0d8e1e4f-8d33-4c1e-9d7e-2b8d3c3f2a10/popup.html',
    'about:blank',
    'about:reader?url=https://example.com/',
    'view-source:https://example.com/',
    'data:text/html,<p>hi</p>',
    'blob:https://example.com/0b5f',
    'javascript:alert(1)',
    'ftp://files.example.com/',
    'edge://settings',
    'https://chromewebstore.google.com/detail/gloss/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/gloss/',
    'https://accounts.firefox.com/signin',
    'not a url',
    '',
  ])('%s has no site key (restricted)', (url) => {
    expect(siteKey(url)).toBeNull();
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it('does not restrict the rest of chrome.google.com', () => {
    expect(siteKey('https://chrome.google.com/webstorefront')).toBe('chrome.google.com');
    expect(isRestrictedUrl('https://example.com/')).toBe(false);
  });
});

describe('siteKeyFromInput (what a reader types into a site list)', () => {
  it.each([
    ['Example.com', 'example.com'],
    ['  www.example.com/some/page ', 'example.com'],
    ['https://news.example.org', 'news.example.org'],
    ['localhost:8080', 'localhost'],
    ['Local Files', LOCAL_FILES],
    ['10.0.0.1', '10.0.0.1'],
  ])('%s → %s', (input, key) => {
    expect(siteKeyFromInput(input)).toBe(key);
  });

  it.each(['', '   ', 'exa mple.com', 'user@example.com', 'chrome://settings', 'addons.mozilla.org'])('%o names no site', (input) => {
    expect(siteKeyFromInput(input)).toBeNull();
  });

  it('accepts only keys already in normal form', () => {
    expect(isValidSiteKey('example.com')).toBe(true);
    expect(isValidSiteKey(LOCAL_FILES)).toBe(true);
    expect(isValidSiteKey('[::1]')).toBe(true);
    expect(isValidSiteKey('www.example.com')).toBe(false);
    expect(isValidSiteKey('Example.com')).toBe(false);
    expect(isValidSiteKey('example.com/path')).toBe(false);
  });
});

describe('parentSites', () => {
  it.each([
    ['a.b.news.example.com', ['b.news.example.com', 'news.example.com', 'example.com']],
    ['news.example.com', ['example.com']],
    ['example.com', []],
    ['localhost', []],
    ['news.bbc.co.uk', ['bbc.co.uk']],
    ['bbc.co.uk', []],
    ['shop.example.com.au', ['example.com.au']],
    ['192.168.1.20', []],
    ['[::1]', []],
    [LOCAL_FILES, []],
  ])('%s inherits from %o', (site, parents) => {
    expect(parentSites(site)).toEqual(parents);
  });
});

/**
 * The public suffix list decides what is one site. Hosting services ("github.io", "blogspot.com")
 * and registries ("co.uk", "com.au") are shared by unrelated sites: each site under them is its
 * own, and a rule can never be kept for the suffix itself.
 */
describe('public suffixes', () => {
  it.each([
    ['https://alice.github.io/blog/post', 'alice.github.io'],
    ['https://www.alice.github.io/', 'alice.github.io'],
    ['https://a.b.c.alice.github.io/', 'a.b.c.alice.github.io'],
    ['https://news.blogspot.com/2025/01/x.html', 'news.blogspot.com'],
    ['https://www.abc.net.au/news', 'abc.net.au'],
    ['https://www.smh.com.au/world', 'smh.com.au'],
    // Without "www." only a suffix would be left: www is part of the site's own name.
    ['https://www.gov.uk/government/news', 'www.gov.uk'],
    ['https://www.github.io/', 'www.github.io'],
    // The list's wildcard and exception rules: *.kawasaki.jp, but !city.kawasaki.jp.
    ['https://city.kawasaki.jp/', 'city.kawasaki.jp'],
    ['https://www.city.kawasaki.jp/', 'city.kawasaki.jp'],
    // Hosts the list does not know are sites as before: single labels, intranet names.
    ['http://www.localhost/', 'www.localhost'],
    ['http://wiki.intranet.corp/', 'wiki.intranet.corp'],
  ])('%s → %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  it.each([
    'https://github.io/',
    'https://blogspot.com/',
    'https://co.uk/',
    'https://com.au/',
    'https://gov.uk/',
    'https://com/',
    'https://foo.kawasaki.jp/',
    'https://公司.cn/',
    'https://рф/',
  ])('%s is a bare public suffix: no site key', (url) => {
    expect(siteKey(url)).toBeNull();
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it('reads IDN hosts in their punycode form, suffixes included', () => {
    expect(siteKey('https://пример.рф/статья')).toBe('xn--e1afmkfd.xn--p1ai');
    expect(siteKey('https://новости.пример.рф/')).toBe('xn--b1amnebsh.xn--e1afmkfd.xn--p1ai');
    expect(parentSites('xn--b1amnebsh.xn--e1afmkfd.xn--p1ai')).toEqual(['xn--e1afmkfd.xn--p1ai']);
    // 公司.cn ("company.cn") is itself a public suffix under .cn.
    expect(siteKey('https://www.例子.公司.cn/')).toBe('xn--fsqu00a.xn--55qx5d.cn');
    expect(parentSites('xn--fsqu00a.xn--55qx5d.cn')).toEqual([]);
    expect(parentSites('news.xn--fsqu00a.xn--55qx5d.cn')).toEqual(['xn--fsqu00a.xn--55qx5d.cn']);
    expect(siteKeyFromInput('Bücher.de')).toBe('xn--bcher-kva.de');
    expect(isValidSiteKey('xn--55qx5d.cn')).toBe(false);
  });

  it.each([
    ['alice.github.io', []],
    ['blog.alice.github.io', ['alice.github.io']],
    ['a.b.c.alice.github.io', ['b.c.alice.github.io', 'c.alice.github.io', 'alice.github.io']],
    ['news.blogspot.com', []],
    ['www.blogspot.com', []],
    ['deep.news.example.co.uk', ['news.example.co.uk', 'example.co.uk']],
    ['www.gov.uk', []],
    // service.gov.uk is itself on the list (its private part): each service is its own site.
    ['assets.publishing.service.gov.uk', ['publishing.service.gov.uk']],
    ['a.b.shop.example.com.au', ['b.shop.example.com.au', 'shop.example.com.au', 'example.com.au']],
    ['bucket.s3.amazonaws.com', []],
    ['x.city.kawasaki.jp', ['city.kawasaki.jp']],
    ['wiki.intranet.corp', ['intranet.corp']],
    ['10.0.0.1', []],
    ['[2001:db8::1]', []],
    ['localhost', []],
  ])('the parent chain of %s stops above its public suffix: %o', (site, parents) => {
    expect(parentSites(site)).toEqual(parents);
  });

  it('never puts a public suffix in any parent chain', () => {
    const suffixes = ['github.io', 'blogspot.com', 'co.uk', 'com.au', 'gov.uk', 'com', 's3.amazonaws.com', 'xn--55qx5d.cn'];
    for (const suffix of suffixes) {
      for (const site of [`alice.${suffix}`, `a.b.c.alice.${suffix}`]) {
        const parents = parentSites(site);
        expect(parents, site).not.toContain(suffix);
        expect(parents.every((parent) => isValidSiteKey(parent)), site).toBe(true);
        expect(parents.every((parent) => parent.endsWith(`alice.${suffix}`)), site).toBe(true);
      }
    }
  });

  it('keeps site keys for localhost and IP addresses as before', () => {
    expect(isValidSiteKey('localhost')).toBe(true);
    expect(isValidSiteKey('10.0.0.1')).toBe(true);
    expect(isValidSiteKey('[::1]')).toBe(true);
    expect(siteKey('http://192.168.1.20:8080/a')).toBe('192.168.1.20');
    expect(siteKey('http://[::1]/')).toBe('[::1]');
  });

  it('never accepts a bare public suffix as a site key, typed or stored', () => {
    for (const suffix of ['github.io', 'blogspot.com', 'co.uk', 'com.au', 'com', 'de']) {
      expect(isValidSiteKey(suffix), suffix).toBe(false);
      expect(siteKeyFromInput(suffix), suffix).toBeNull();
    }
    for (const site of ['alice.github.io', 'news.blogspot.com', 'bbc.co.uk', 'smh.com.au', 'www.gov.uk', 'www.github.io']) {
      expect(isValidSiteKey(site), site).toBe(true);
    }
  });

  it('names the public suffix a reader typed, so the options page can say why it refuses it', () => {
    expect(publicSuffixFromInput('github.io')).toBe('github.io');
    expect(publicSuffixFromInput(' https://Blogspot.com/ ')).toBe('blogspot.com');
    expect(publicSuffixFromInput('CO.UK')).toBe('co.uk');
    expect(publicSuffixFromInput('com.au/')).toBe('com.au');
    expect(publicSuffixFromInput('公司.cn')).toBe('xn--55qx5d.cn');
    for (const other of ['alice.github.io', 'www.github.io', 'example.com', 'localhost', '10.0.0.1', 'local files', 'chrome://settings', '', 'not a site']) {
      expect(publicSuffixFromInput(other), other).toBeNull();
    }
  });
});

describe('ruleCandidates (the content script, without the public suffix list)', () => {
  it('lists the page host and every name above it, nearest first; one name for IPs and local files; none where Gloss cannot run', () => {
    expect(ruleCandidates('https://news.bbc.co.uk/a')).toEqual(['news.bbc.co.uk', 'bbc.co.uk', 'co.uk', 'uk']);
    expect(ruleCandidates('http://127.0.0.1:8080/')).toEqual(['127.0.0.1']);
    expect(ruleCandidates('file:///home/a.html')).toEqual([LOCAL_FILES]);
    expect(ruleCandidates('chrome://extensions')).toBeNull();
    expect(ruleCandidates('https://chromewebstore.google.com/detail/x')).toBeNull();
  });

  it('always contains the site key and every parent the full rules would consult, in the same order', () => {
    for (const url of ['https://www.example.com/', 'https://a.b.alice.github.io/', 'https://news.bbc.co.uk/', 'http://localhost:3000/', 'https://[::1]/']) {
      const site = siteKey(url);
      if (site === null) continue;
      const wanted = [site, ...parentSites(site)];
      const got = ruleCandidates(url) ?? [];
      expect(wanted.every((name) => got.includes(name)), url).toBe(true);
      expect(wanted.map((name) => got.indexOf(name))).toEqual([...wanted.map((name) => got.indexOf(name))].sort((a, b) => a - b));
    }
  });

  it("gives the same names from a URL's parsed parts (the page's Location) as from its text", () => {
    for (const url of ['https://News.Example.COM./a?b#c', 'http://127.0.0.1:8080/', 'https://[::1]/x', 'file:///home/a.html', 'https://chrome.google.com/webstore/x', 'https://chrome.google.com/search', 'chrome://extensions']) {
      const { protocol, hostname, pathname } = new URL(url);
      expect(ruleCandidates({ protocol, hostname, pathname }), url).toEqual(ruleCandidates(url));
    }
  });
});
