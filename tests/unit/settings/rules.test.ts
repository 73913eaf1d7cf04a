import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  isGlossOn,
  needsArticleCheck,
  pageStateOf,
  ruleFor,
  withMuted,
  withPatch,
  withSiteRule,
  type GlossReason,
  type Settings,
  type SiteMode,
  type SiteRule,
} from '../../../src/core/settings/index.ts';

const settingsWith = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });
const URL_ = 'https://news.example.com/2025/story';

describe('ruleFor', () => {
  const settings = settingsWith({ sites: { 'example.com': 'off', 'blog.example.com': 'on', '10.0.0.1': 'on', com: 'on' } });

  it("uses the site's own rule first", () => {
    expect(ruleFor(settings, 'blog.example.com')).toEqual({ rule: 'on', from: 'blog.example.com' });
  });

  it('falls back to the nearest parent domain', () => {
    expect(ruleFor(settings, 'news.example.com')).toEqual({ rule: 'off', from: 'example.com' });
    expect(ruleFor(settings, 'a.b.blog.example.com')).toEqual({ rule: 'on', from: 'blog.example.com' });
  });

  it('never climbs to a bare TLD, and never for an IP address', () => {
    expect(ruleFor(settings, 'other.com')).toBeNull();
    expect(ruleFor(settingsWith({ sites: { '0.0.1': 'off' } }), '10.0.0.1')).toBeNull();
  });

  it('never climbs to a public suffix: sites on github.io, blogspot.com or co.uk are separate', () => {
    // Rules under a suffix cannot be stored any more; these stand for ones kept by an older version.
    const shared = settingsWith({ sites: { 'github.io': 'off', 'blogspot.com': 'off', 'co.uk': 'off', 'alice.github.io': 'on' } });
    expect(ruleFor(shared, 'bob.github.io')).toBeNull();
    expect(ruleFor(shared, 'news.blogspot.com')).toBeNull();
    expect(ruleFor(shared, 'news.bbc.co.uk')).toBeNull();
    expect(ruleFor(shared, 'blog.alice.github.io')).toEqual({ rule: 'on', from: 'alice.github.io' });
    expect(isGlossOn(shared, 'https://bob.github.io/post', true)).toEqual({ on: true, reason: 'article' });
  });
});

describe('isGlossOn: the precedence table', () => {
  const modes: SiteMode[] = ['articles', 'all-except', 'only-listed'];
  const rules: Array<SiteRule | null> = [null, 'on', 'off'];
  type Row = [enabled: boolean, rule: SiteRule | null, mode: SiteMode, isArticle: boolean, on: boolean, reason: GlossReason];
  const expected = (enabled: boolean, rule: SiteRule | null, mode: SiteMode, isArticle: boolean): [boolean, GlossReason] => {
    if (!enabled) return [false, 'disabled'];
    if (rule === 'off') return [false, 'site-off'];
    if (rule === 'on') return [true, 'site-on'];
    if (mode === 'all-except') return [true, 'mode-all'];
    if (mode === 'only-listed') return [false, 'not-listed'];
    return isArticle ? [true, 'article'] : [false, 'not-article'];
  };
  const rows: Row[] = [];
  for (const enabled of [true, false]) for (const rule of rules) for (const mode of modes) for (const isArticle of [true, false]) rows.push([enabled, rule, mode, isArticle, ...expected(enabled, rule, mode, isArticle)]);

  it('covers all 36 combinations', () => {
    expect(rows).toHaveLength(36);
  });

  it.each(rows)('enabled=%s rule=%s mode=%s article=%s → on=%s (%s)', (enabled, rule, mode, isArticle, on, reason) => {
    const sites: Record<string, SiteRule> = rule === null ? {} : { 'news.example.com': rule };
    expect(isGlossOn(settingsWith({ enabled, siteMode: mode, sites }), URL_, isArticle)).toEqual({ on, reason });
  });

  it('spells out the table rows that matter most', () => {
    const d = defaultSettings();
    expect(isGlossOn(d, URL_, true)).toEqual({ on: true, reason: 'article' });
    expect(isGlossOn(d, URL_, false)).toEqual({ on: false, reason: 'not-article' });
    expect(isGlossOn(settingsWith({ sites: { 'example.com': 'off' } }), URL_, true)).toEqual({ on: false, reason: 'site-off' });
    expect(isGlossOn(settingsWith({ sites: { 'example.com': 'on' } }), URL_, false)).toEqual({ on: true, reason: 'site-on' });
    expect(isGlossOn(settingsWith({ enabled: false, sites: { 'example.com': 'on' } }), URL_, true)).toEqual({ on: false, reason: 'disabled' });
  });

  it('a subdomain rule beats its parent domain', () => {
    const settings = settingsWith({ sites: { 'example.com': 'off', 'news.example.com': 'on' } });
    expect(isGlossOn(settings, URL_, false)).toEqual({ on: true, reason: 'site-on' });
    expect(isGlossOn(settings, 'https://shop.example.com/', true)).toEqual({ on: false, reason: 'site-off' });
  });

  it('says restricted for pages no content script can reach, before anything else', () => {
    for (const url of ['chrome://newtab/', 'about:addons', 'https://chromewebstore.google.com/', 'garbage']) {
      expect(isGlossOn(settingsWith({ siteMode: 'all-except' }), url, true)).toEqual({ on: false, reason: 'restricted' });
    }
  });

  it('says restricted for a page on a bare public suffix, where no rule could be kept', () => {
    for (const url of ['https://github.io/', 'https://blogspot.com/', 'https://co.uk/']) {
      expect(isGlossOn(settingsWith({ siteMode: 'all-except' }), url, true)).toEqual({ on: false, reason: 'restricted' });
    }
  });

  it('treats local files as one site', () => {
    const settings = settingsWith({ siteMode: 'only-listed', sites: { 'local files': 'on' } });
    expect(isGlossOn(settings, 'file:///tmp/a.html', false)).toEqual({ on: true, reason: 'site-on' });
  });
});

describe('needsArticleCheck', () => {
  it('is true only where the article check decides', () => {
    expect(needsArticleCheck(defaultSettings(), 'example.com')).toBe(true);
    expect(needsArticleCheck(settingsWith({ sites: { 'example.com': 'off' } }), 'example.com')).toBe(false);
    expect(needsArticleCheck(settingsWith({ sites: { 'example.com': 'on' } }), 'example.com')).toBe(false);
    expect(needsArticleCheck(settingsWith({ siteMode: 'all-except' }), 'example.com')).toBe(false);
    expect(needsArticleCheck(settingsWith({ enabled: false }), 'example.com')).toBe(false);
  });
});

describe('setting helpers', () => {
  it('withSiteRule sets and removes a site rule without touching the input', () => {
    const before = settingsWith({ sites: { 'a.com': 'on' } });
    const after = withSiteRule(before, 'b.com', 'off');
    expect(after.sites).toEqual({ 'a.com': 'on', 'b.com': 'off' });
    expect(withSiteRule(after, 'a.com', null).sites).toEqual({ 'b.com': 'off' });
    expect(before.sites).toEqual({ 'a.com': 'on' });
  });

  it('withMuted adds once and removes', () => {
    const once = withMuted(withMuted(defaultSettings(), 'swift', true), 'swift', true);
    expect(once.muted).toEqual(['swift']);
    expect(withMuted(once, 'swift', false).muted).toEqual([]);
  });

  it('withPatch applies only the given fields, clamping the delay and deduplicating categories', () => {
    const patched = withPatch(defaultSettings(), { hoverDelayMs: 10_000, categoriesOff: ['person', 'person'], mentions: 'every' });
    expect(patched).toEqual({ ...defaultSettings(), hoverDelayMs: 2000, categoriesOff: ['person'], mentions: 'every' });
    expect(withPatch(patched, {})).toEqual(patched);
  });
});

describe('pageStateOf', () => {
  it('maps every reason to what the badge shows', () => {
    expect(pageStateOf({ on: true, reason: 'article' })).toBe('on');
    expect(pageStateOf({ on: true, reason: 'site-on' })).toBe('on');
    expect(pageStateOf({ on: true, reason: 'mode-all' })).toBe('on');
    expect(pageStateOf({ on: false, reason: 'site-off' })).toBe('off');
    expect(pageStateOf({ on: false, reason: 'disabled' })).toBe('off');
    expect(pageStateOf({ on: false, reason: 'not-article' })).toBe('not-article');
    expect(pageStateOf({ on: false, reason: 'not-listed' })).toBe('not-article');
  });
});
