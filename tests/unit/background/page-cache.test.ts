import { describe, expect, it } from 'vitest';
import { createPageCache, registerPageCache, TERMS_KEY } from '../../../src/background/page-cache.ts';
import { createSettingsStore } from '../../../src/background/settings-store.ts';
import { TERMS_KEY as CONTENT_TERMS_KEY, pageDataSource } from '../../../src/content/page/page-data.ts';
import type { BackgroundClient } from '../../../src/core/messages/index.ts';
import { RULE_PREFIX, VIEW_KEY } from '../../../src/core/settings/index.ts';
import { ENTRIES, FakeEvent, FakeStorageArea, makeLog } from './fakes.ts';

function setup() {
  const sync = new FakeStorageArea();
  const local = new FakeStorageArea();
  const store = createSettingsStore({ sync, local, log: makeLog() });
  const cache = createPageCache({ store, local, entries: ENTRIES, random: (bytes) => bytes.fill(42) });
  const asked: string[] = [];
  const background: BackgroundClient = {
    request: async (r) => {
      asked.push(r.type);
      return { ok: false, error: { code: 'unreachable', message: 'no worker in this test' } };
    },
  };
  // A content script's view of it: reads only the keys it names.
  const page = pageDataSource((keys) => local.get(keys), background);
  return { sync, local, store, cache, page, asked };
}

describe('the page cache', () => {
  it('uses one key for the terms in the background and in the content script', () => {
    expect(CONTENT_TERMS_KEY).toBe(TERMS_KEY);
  });

  it('lets a page read its settings and terms without a message, its own site rule included', async () => {
    const { store, cache, page, asked } = setup();
    await store.update((s) => ({ ...s, sites: { 'example.com': 'on', 'bank.example': 'off' }, highlightStyle: 'tint' }));
    await cache.refresh();
    const data = await page.load('https://news.example.com/story');
    expect(asked).toEqual([]);
    expect(data?.settings).toMatchObject({ rule: 'on', highlightStyle: 'tint' });
    expect((await page.load('https://www.bank.example/'))?.settings.rule).toBe('off');
    expect((await page.load('https://elsewhere.org/'))?.settings.rule).toBeNull();
  });

  it('stores no site name and no muted id: rules sit under salted keys, muted entries are left out of the terms', async () => {
    const { store, cache, local } = setup();
    await store.update((s) => ({ ...s, sites: { 'bank.example': 'off' }, muted: ['swift'] }));
    await cache.refresh();
    const dump = JSON.stringify(local.data);
    expect(dump).not.toContain('bank.example');
    expect(dump).not.toContain('"muted"');
    const terms = local.data[TERMS_KEY] as { ids: string[] };
    expect(terms.ids).not.toContain('swift');
    expect(terms.ids).toContain('nord-stream-2');
    expect(Object.keys(local.data).filter((k) => k.startsWith(RULE_PREFIX))).toHaveLength(1);
  });

  it('drops the key of a rule the reader removed, and keeps its salt', async () => {
    const { store, cache, local } = setup();
    await store.update((s) => ({ ...s, sites: { 'a.example': 'off', 'b.example': 'on' } }));
    await cache.refresh();
    const salt = (local.data[VIEW_KEY] as { salt: string }).salt;
    await store.update((s) => ({ ...s, sites: { 'b.example': 'on' } }));
    await cache.refresh();
    expect(Object.keys(local.data).filter((k) => k.startsWith(RULE_PREFIX))).toHaveLength(1);
    expect((local.data[VIEW_KEY] as { salt: string }).salt).toBe(salt);
  });

  it('asks the background when there is no cache yet (a first visit after install)', async () => {
    const { page, asked } = setup();
    expect(await page.load('https://news.example.com/')).toBeNull();
    expect(asked).toEqual(['getPageData']);
  });

  it('is rewritten on install, on browser start and on every settings change', async () => {
    const { store, cache, local } = setup();
    const events = { onInstalled: new FakeEvent<() => void>(), onStartup: new FakeEvent<() => void>(), onStorageChanged: new FakeEvent<(c: Record<string, unknown>, a: string) => void>() };
    registerPageCache({ ...events, pageCache: cache, restrictToExtension: [] });
    events.onInstalled.fire();
    await cache.refresh();
    expect(local.data[VIEW_KEY]).toMatchObject({ enabled: true });
    await store.update((s) => ({ ...s, enabled: false }));
    events.onStorageChanged.fire({ enabled: { newValue: false } }, 'sync');
    await cache.refresh();
    expect(local.data[VIEW_KEY]).toMatchObject({ enabled: false });
  });
});
