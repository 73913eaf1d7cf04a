// The page cache as pages read it: the view, salted site-rule keys and the compiled terms in
// storage.local, read by the content script's own reader (content/page/page-data.ts) so both
// sides are held to the same layout. When it is rewritten: page-cache-rewrites.test.ts.
import { describe, expect, it } from 'vitest';
import { LATIN_TERMS_KEY, NO_LATIN_PART, TERMS_KEY } from '../../../src/core/settings/page-cache.ts';
import { pageDataSource } from '../../../src/content/page/page-data.ts';
import { createMatcher, type StoredMatcher } from '../../../src/core/match/index.ts';
import type { BackgroundClient } from '../../../src/core/messages/index.ts';
import { RULE_PREFIX, ruleKey, VIEW_KEY } from '../../../src/core/settings/index.ts';
import { workerParts } from './worker-parts.ts';

function setup() {
  const parts = workerParts();
  const asked: string[] = [];
  const background: BackgroundClient = {
    request: (r) => {
      asked.push(r.type);
      return Promise.resolve({ ok: false, error: { code: 'unreachable', message: 'no worker in this test' } });
    },
  };
  // A content script's view of it: reads only the keys it names, and the test sees which.
  const read: string[] = [];
  const page = pageDataSource(async (keys) => {
    read.push(...keys);
    return parts.local.get(keys);
  }, background);
  return { ...parts, page, asked, read };
}

const idsOf = (terms: unknown): string[] => (terms as StoredMatcher).ids.split('\n');

describe('the page cache', () => {
  it('lets a page read its settings and terms without a message, its own site rule included', async () => {
    const { store, pageCache, page, asked } = setup();
    await store.update((s) => ({ ...s, sites: { 'example.com': 'on', 'bank.example': 'off' }, highlightStyle: 'tint' }));
    await pageCache.refresh();
    const news = await page.settings('https://news.example.com/story');
    expect(news?.settings).toMatchObject({ rule: 'on', highlightStyle: 'tint' });
    expect((await page.settings('https://www.bank.example/'))?.settings.rule).toBe('off');
    expect((await page.settings('https://elsewhere.org/'))?.settings.rule).toBeNull();
    const terms = await page.terms(news?.stamp ?? '', false);
    if (!terms) throw new Error('the page found no terms');
    expect(createMatcher(terms).scan('Gas through Nord Stream 2, paid by SWIFT.').map((m) => m.id)).toEqual(['nord-stream-2', 'swift']);
    expect(asked).toEqual([]);
  });

  it("gives a content script only its own site's rule: it reads the view and its own salted keys, nothing else", async () => {
    const { store, pageCache, page, read, local } = setup();
    await store.update((s) => ({ ...s, sites: { 'example.com': 'on', 'bank.example': 'off', 'other.org': 'off' } }));
    await pageCache.refresh();
    const { salt } = local.data[VIEW_KEY] as { salt: string };
    const data = await page.settings('https://news.example.com/story');
    expect(data?.settings.rule).toBe('on');
    // Of its own keys (site, parent, top), only those the view's rule filter may hold.
    expect(read).toEqual([VIEW_KEY, ruleKey(salt, 'example.com')]);
    expect(read).not.toContain(ruleKey(salt, 'bank.example'));
    expect(read).not.toContain(ruleKey(salt, 'other.org'));
    // The keys say nothing of the site without the salt.
    expect(Object.keys(local.data).filter((k) => k.startsWith(RULE_PREFIX)).join()).not.toMatch(/example|other/);
    expect(JSON.stringify(data)).not.toMatch(/bank|other\.org/);
  });

  it('stores no site name and no muted id: rules sit under salted keys, muted entries are left out of the terms', async () => {
    const { store, pageCache, local } = setup();
    await store.update((s) => ({ ...s, sites: { 'bank.example': 'off' }, muted: ['swift'] }));
    await pageCache.refresh();
    const dump = JSON.stringify(local.data);
    expect(dump).not.toContain('bank.example');
    expect(dump).not.toContain('"muted"');
    expect(idsOf(local.data[TERMS_KEY])).not.toContain('swift');
    expect(idsOf(local.data[TERMS_KEY])).toContain('nord-stream-2');
    expect(Object.keys(local.data).filter((k) => k.startsWith(RULE_PREFIX))).toHaveLength(1);
  });

  it('drops the key of a rule the reader removed, and keeps its salt', async () => {
    const { store, pageCache, local } = setup();
    await store.update((s) => ({ ...s, sites: { 'a.example': 'off', 'b.example': 'on' } }));
    await pageCache.refresh();
    const salt = (local.data[VIEW_KEY] as { salt: string }).salt;
    await store.update((s) => ({ ...s, sites: { 'b.example': 'on' } }));
    await pageCache.refresh();
    expect(Object.keys(local.data).filter((k) => k.startsWith(RULE_PREFIX))).toEqual([ruleKey(salt, 'b.example')]);
    expect((local.data[VIEW_KEY] as { salt: string }).salt).toBe(salt);
  });

  it('asks the background when there is no cache yet (a first visit after install)', async () => {
    const { page, asked } = setup();
    expect(await page.settings('https://news.example.com/')).toBeNull();
    expect(asked).toEqual(['getPageData']);
  });

  it('answers getPageData with the rule of the sender\'s site and the terms in force', async () => {
    const { store, pageCache } = setup();
    await store.update((s) => ({ ...s, sites: { 'example.com': 'off' }, muted: ['united-states'] }));
    const data = await pageCache.dataFor('https://news.example.com/a');
    expect(data.site).toBe('news.example.com');
    expect(data.settings.rule).toBe('off');
    expect(idsOf(data.terms)).toEqual(['swift', 'nord-stream-2', 'power-of-siberia-2']);
    expect((await pageCache.dataFor(undefined)).site).toBeNull();
  });

  it('compiles the stored terms again when they are corrupt, instead of handing them on', async () => {
    const { pageCache, local, sync, db } = setup();
    await pageCache.refresh();
    const stored = local.data[TERMS_KEY] as StoredMatcher;
    // Same stamp and outline, broken buffer: what a damaged profile could hold.
    local.data[TERMS_KEY] = { ...stored, buffer: stored.buffer.slice(0, 40) };
    const restarted = workerParts({ sync, local, db });
    const terms = await restarted.pageCache.terms();
    expect(() => createMatcher(terms)).not.toThrow();
    await restarted.pageCache.refresh();
    expect(() => createMatcher(local.data[TERMS_KEY] as StoredMatcher)).not.toThrow();
  });

  it('stores the Latin-script part beside the whole terms, with their stamp, and a page that asks for it reads only it', async () => {
    const { pageCache, local, page, read } = setup();
    await pageCache.refresh();
    const whole = local.data[TERMS_KEY] as StoredMatcher;
    const part = local.data[LATIN_TERMS_KEY] as StoredMatcher;
    expect(part).toMatchObject({ stamp: whole.stamp, part: 'latin', ids: whole.ids });
    expect(whole.part).toBeUndefined();
    const stamp = (await page.settings('https://news.example.com/'))?.stamp ?? '';
    read.length = 0;
    const terms = await page.terms(stamp, true);
    expect(read).toEqual([LATIN_TERMS_KEY]);
    expect(terms?.part).toBe('latin');
    expect(createMatcher(terms as StoredMatcher).scan('Gas through Nord Stream 2, paid by SWIFT.').map((m) => m.id)).toEqual(['nord-stream-2', 'swift']);
    read.length = 0;
    expect((await page.terms(stamp, false))?.part).toBeUndefined();
    expect(read).toEqual([TERMS_KEY]);
  });

  it('hands a page that asked for the part the whole instead where the part is not of these terms, from storage, not the worker', async () => {
    const { pageCache, local, page, asked, read } = setup();
    await pageCache.refresh();
    const stamp = (await page.settings('https://news.example.com/'))?.stamp ?? '';
    for (const damaged of [local.data[TERMS_KEY], { ...(local.data[TERMS_KEY] as StoredMatcher), part: 'latin', stamp: 'older' }]) {
      local.data[LATIN_TERMS_KEY] = damaged;
      read.length = 0;
      const terms = await page.terms(stamp, true);
      expect(terms?.part).toBeUndefined();
      expect(terms?.stamp).toBe(stamp);
      expect(read).toEqual([LATIN_TERMS_KEY, TERMS_KEY]);
    }
    expect(asked).toEqual([]);
  });

  it('adds the Latin part, without a warning, to terms stored by a build that had none', async () => {
    const { pageCache, local, sync, db } = setup();
    await pageCache.refresh();
    const whole = local.data[TERMS_KEY] as StoredMatcher;
    const { [LATIN_TERMS_KEY]: _part, ...withoutPart } = local.data;
    local.data = withoutPart;
    const restarted = workerParts({ sync, local, db });
    await restarted.pageCache.refresh();
    expect(local.data[LATIN_TERMS_KEY]).toMatchObject({ stamp: whole.stamp, part: 'latin' });
    expect(local.data[TERMS_KEY]).toEqual(whole);
    expect(restarted.log.warnings).toEqual([]);
  });

  it('keeps the note that the terms have no part worth storing across a restart, and compiles nothing again for it', async () => {
    const { pageCache, local, sync, db, store } = setup();
    // Muted, the only entry with Russian and Persian names leaves Latin-script names alone: no part.
    await store.update((s) => ({ ...s, muted: ['power-of-siberia-2'] }));
    await pageCache.refresh();
    expect(local.data[LATIN_TERMS_KEY]).toBe(NO_LATIN_PART);
    const whole = local.data[TERMS_KEY];
    const restarted = workerParts({ sync, local, db });
    await restarted.pageCache.refresh();
    expect(local.data[LATIN_TERMS_KEY]).toBe(NO_LATIN_PART);
    // The very object: read back, not compiled and written again.
    expect(local.data[TERMS_KEY]).toBe(whole);
  });

  it('a corrupt view in storage gets a new salt and a whole new view, never a crash', async () => {
    const { pageCache, local, store } = setup();
    local.data[VIEW_KEY] = { salt: 3, terms: null };
    local.data['gloss.ruleKeys'] = 'not a list';
    await store.update((s) => ({ ...s, sites: { 'example.com': 'off' } }));
    await pageCache.refresh();
    expect(local.data[VIEW_KEY]).toMatchObject({ enabled: true, salt: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect(Object.keys(local.data).filter((k) => k.startsWith(RULE_PREFIX))).toHaveLength(1);
  });
});
