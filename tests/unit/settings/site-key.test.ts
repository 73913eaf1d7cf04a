import { describe, expect, it } from 'vitest';
import { LOCAL_FILES, isRestrictedUrl, isValidSiteKey, parentSites, siteKey, siteKeyFromInput } from '../../../src/core/settings/index.ts';

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
