import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../../src/background/serial-queue.ts';
import { createSettingsStore } from '../../../src/background/settings-store.ts';
import {
  CURRENT_VERSION,
  LOCAL_MARKER,
  defaultSettings,
  parseSettings,
  toStorageWrite,
  withMuted,
  withSiteRule,
  type Settings,
} from '../../../src/core/settings/index.ts';
import { seeded } from '../../../scripts/lib/seeded.ts';
import { FakeStorageArea, makeLog, perItemQuota } from './fakes.ts';

const ids = Array.from({ length: 40 }, (_, i) => `entry-${i}`);

describe('settings store: serialised read-modify-write', () => {
  it('loses nothing when two popups write at once', async () => {
    const sync = new FakeStorageArea({}, seeded(7));
    const store = createSettingsStore({ sync, local: new FakeStorageArea({}, seeded(8)), log: makeLog() });
    // Two "popups", each muting 20 terms and switching sites, all in flight together.
    const popupA = ids.slice(0, 20).map((id) => store.update((s) => withMuted(s, id, true)));
    const popupB = ids.slice(20).map((id, i) => store.update((s) => withSiteRule(s, `site${i}.example`, i % 2 ? 'on' : 'off')));
    await Promise.all([...popupA, ...popupB]);
    const final = await store.get();
    expect(final.muted.sort()).toEqual(ids.slice(0, 20).sort());
    expect(Object.keys(final.sites)).toHaveLength(20);
  });

  it('the same fake storage does lose writes without the queue (the test above can fail)', async () => {
    const sync = new FakeStorageArea({}, seeded(7));
    const naiveUpdate = async (change: (s: Settings) => Settings) => {
      const current = parseSettings(await sync.get(null)).settings;
      await sync.set(toStorageWrite(change(current)).set);
    };
    await Promise.all(ids.map((id) => naiveUpdate((s) => withMuted(s, id, true))));
    const final = parseSettings(sync.data).settings;
    expect(final.muted.length).toBeLessThan(ids.length);
  });

  it('serial queue: a failing task rejects its caller only', async () => {
    const queue = createSerialQueue();
    const order: string[] = [];
    const a = queue.run(async () => {
      order.push('a');
      throw new Error('a failed');
    });
    const b = queue.run(async () => {
      order.push('b');
      return 'b';
    });
    await expect(a).rejects.toThrow('a failed');
    await expect(b).resolves.toBe('b');
    expect(order).toEqual(['a', 'b']);
  });

  it('a change function that throws leaves storage untouched and the store usable', async () => {
    const sync = new FakeStorageArea({ version: CURRENT_VERSION, mentions: 'every' });
    const store = createSettingsStore({ sync, local: new FakeStorageArea(), log: makeLog() });
    await expect(
      store.update(() => {
        throw new Error('bad change');
      }),
    ).rejects.toThrow('bad change');
    expect(sync.data).toEqual({ version: CURRENT_VERSION, mentions: 'every' });
    expect((await store.update((s) => ({ ...s, enabled: false }))).mentions).toBe('every');
  });
});

describe('settings store: what is written where', () => {
  it('writes only the keys that differ from the defaults, plus the version', async () => {
    const sync = new FakeStorageArea();
    const store = createSettingsStore({ sync, local: new FakeStorageArea(), log: makeLog() });
    await store.update((s) => ({ ...s, enabled: false, hoverDelayMs: 300 }));
    expect(sync.data).toEqual({ version: CURRENT_VERSION, enabled: false });
    await store.update((s) => ({ ...s, enabled: true }));
    expect(sync.data).toEqual({ version: CURRENT_VERSION });
  });

  it('never touches keys it does not know', async () => {
    const sync = new FakeStorageArea({ version: CURRENT_VERSION, fromTheFuture: [1, 2, 3] });
    const store = createSettingsStore({ sync, local: new FakeStorageArea(), log: makeLog() });
    await store.update((s) => withMuted(s, 'swift', true));
    await store.update(() => defaultSettings());
    expect(sync.data).toEqual({ version: CURRENT_VERSION, fromTheFuture: [1, 2, 3] });
  });

  it('falls back to storage.local when sync refuses (quota), and reads from there', async () => {
    const sync = new FakeStorageArea();
    sync.refuseSet = perItemQuota();
    const local = new FakeStorageArea({ unrelated: 'kept' });
    const log = makeLog();
    const store = createSettingsStore({ sync, local, log });
    const many = (s: Settings) => Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.org`).reduce((acc, site) => withSiteRule(acc, site, 'off'), s);
    const written = await store.update(many);
    expect(sync.data).toEqual({});
    expect(local.data[LOCAL_MARKER]).toBe(true);
    expect(Object.keys(local.data['sites'] as object)).toHaveLength(400);
    expect(log.warnings.length).toBe(1);
    expect(await store.get()).toEqual(written);

    // Back under the quota: sync takes over again and the local copy goes.
    await store.update((s) => ({ ...s, sites: { 'one.example': 'off' } }));
    expect(sync.data).toEqual({ version: CURRENT_VERSION, sites: { 'one.example': 'off' } });
    expect(local.data).toEqual({ unrelated: 'kept' });
    expect((await store.get()).sites).toEqual({ 'one.example': 'off' });
  });

  it('reads nothing of storage.local but the marker while the settings are in sync (the page cache there is large)', async () => {
    const sync = new FakeStorageArea({ version: CURRENT_VERSION, mentions: 'every' });
    const local = new FakeStorageArea({ 'gloss.terms': { buffer: 'x'.repeat(100_000) }, 'gloss.view': { salt: 'abcdefgh' } });
    const store = createSettingsStore({ sync, local, log: makeLog() });
    expect((await store.get()).mentions).toBe('every');
    await store.update((s) => withMuted(s, 'swift', true));
    expect(local.reads.length).toBeGreaterThan(0);
    expect(local.reads.every((keys) => keys !== null && !keys.some((k) => k.startsWith('gloss.')))).toBe(true);
  });

  it('reads the settings in storage.local beside the page cache, taking none of its keys for settings', async () => {
    const local = new FakeStorageArea({ version: CURRENT_VERSION, mentions: 'every', [LOCAL_MARKER]: true, 'gloss.terms': { buffer: 'x' }, 'gloss.view': { salt: 'abcdefgh' } });
    const log = makeLog();
    const store = createSettingsStore({ sync: new FakeStorageArea(), local, log });
    expect(await store.get()).toEqual({ ...defaultSettings(), mentions: 'every' });
    await store.update((s) => withMuted(s, 'swift', true));
    expect(local.data).toMatchObject({ 'gloss.terms': { buffer: 'x' }, 'gloss.view': { salt: 'abcdefgh' } });
    expect(log.warnings).toEqual([]);
  });

  it('works with storage.local alone where there is no sync area', async () => {
    const local = new FakeStorageArea();
    const store = createSettingsStore({ sync: undefined, local, log: makeLog() });
    await store.update((s) => ({ ...s, mentions: 'every' }));
    expect(local.data).toEqual({ version: CURRENT_VERSION, mentions: 'every', [LOCAL_MARKER]: true });
    expect((await store.get()).mentions).toBe('every');
  });

  it('reads storage.local when sync cannot be read', async () => {
    const sync = new FakeStorageArea({ version: CURRENT_VERSION, mentions: 'every' });
    sync.failGet = true;
    const store = createSettingsStore({ sync, local: new FakeStorageArea({ version: CURRENT_VERSION, highlightStyle: 'tint' }), log: makeLog() });
    expect(await store.get()).toEqual({ ...defaultSettings(), highlightStyle: 'tint' });
  });

  it('keeps nothing in memory: a second store (a restarted worker) sees the same settings', async () => {
    const sync = new FakeStorageArea();
    const local = new FakeStorageArea();
    const first = createSettingsStore({ sync, local, log: makeLog() });
    const written = await first.update((s) => withMuted({ ...s, siteMode: 'all-except' }, 'swift', true));
    const second = createSettingsStore({ sync, local, log: makeLog() });
    expect(await second.get()).toEqual(written);
  });
});

describe('settings store: old and damaged data', () => {
  it('migrates a v1 record on reading and writes it back in the current format', async () => {
    const sync = new FakeStorageArea({ version: 1, enabled: false, disabledSites: ['www.bank.example'], highlight: 'background', keepMe: 1 });
    const store = createSettingsStore({ sync, local: new FakeStorageArea(), log: makeLog() });
    const settings = await store.get();
    expect(settings).toMatchObject({ enabled: false, sites: { 'bank.example': 'off' }, highlightStyle: 'tint' });
    expect(sync.data).toEqual({ version: CURRENT_VERSION, enabled: false, sites: { 'bank.example': 'off' }, highlightStyle: 'tint', keepMe: 1 });
  });

  it('repairs a corrupt key on reading, logs it once, and keeps the rest', async () => {
    const sync = new FakeStorageArea({ version: CURRENT_VERSION, mentions: 'every', hoverDelayMs: 'soon', sites: 'nope' });
    const log = makeLog();
    const store = createSettingsStore({ sync, local: new FakeStorageArea(), log });
    const settings = await store.get();
    expect(settings).toEqual({ ...defaultSettings(), mentions: 'every' });
    await store.get();
    expect(log.warnings).toHaveLength(1);
    expect(String(log.warnings[0]?.[0])).toMatch(/hoverDelayMs/);
    expect(String(log.warnings[0]?.[0])).toMatch(/sites/);
  });

  it('reads garbage in storage as defaults, never throwing', async () => {
    const sync = new FakeStorageArea({ version: 'abc', enabled: 'maybe', muted: 12, categoriesOff: [{}] });
    const store = createSettingsStore({ sync, local: new FakeStorageArea(), log: makeLog() });
    expect(await store.get()).toEqual(defaultSettings());
  });
});
