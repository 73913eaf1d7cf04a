// When the page cache in storage.local is rewritten: whenever something a page sees changes (the
// settings, a glossary imported, switched, moved or removed, a term muted), and never when
// nothing did, because every write wakes every open tab through storage.onChanged.
import { describe, expect, it, vi } from 'vitest';
import { glossaryHandlers } from '../../../src/background/glossary-handlers.ts';
import { createRouter } from '../../../src/background/message-router.ts';
import { registerPageCache } from '../../../src/background/page-cache.ts';
import { TERMS_KEY } from '../../../src/core/settings/page-cache.ts';
import { createPendingSearch } from '../../../src/background/pending-search.ts';
import { isPageCacheChange } from '../../../src/content/page/page-data.ts';
import type { StoredMatcher } from '../../../src/core/match/index.ts';
import type { SenderLike } from '../../../src/core/messages/index.ts';
import { VIEW_KEY } from '../../../src/core/settings/index.ts';
import { FakeEvent } from './fakes.ts';
import { entryJson, glossaryText } from './glossary-files.ts';
import { TODAY } from './test-entries.ts';
import { newStorage, storageChanged, workerParts, type StorageChanges, type WorkerParts } from './worker-parts.ts';

const ARCTIC = glossaryText({ id: 'arctic', name: 'Arctic shipping' }, [
  entryJson('northern-sea-route', 'Northern Sea Route', { category: 'corridor' }),
  entryJson('rosatomflot', 'Rosatomflot', { category: 'company' }),
]);
const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const content: SenderLike = { id: EXT_ID, url: 'https://news.example.com/story', frameId: 0, tab: { id: 5, active: true, windowId: 1 } };
const sender = { sender: { id: EXT_ID } };

/** A worker with its page cache registered as main.ts does, and what it writes to storage.local. */
function worker(parts: WorkerParts = workerParts()) {
  const changed = storageChanged(parts);
  const events = { onInstalled: new FakeEvent<() => void>(), onStartup: new FakeEvent<() => void>() };
  registerPageCache({ ...events, onStorageChanged: changed, pageCache: parts.pageCache, restrictToExtension: [], log: parts.log });
  const handlers = glossaryHandlers({ glossaries: parts.glossaries, pageCache: parts.pageCache, search: parts.search, today: () => TODAY });
  const router = createRouter({
    store: parts.store,
    glossaries: parts.glossaries,
    search: parts.search,
    self: { id: EXT_ID, origin: `chrome-extension://${EXT_ID}/` },
    pendingSearch: createPendingSearch(undefined),
    pageCache: parts.pageCache,
    reportPage: () => Promise.resolve({ badge: '' }),
  });
  // What pages are told changed in storage.local (Chrome leaves out keys set to an equal value).
  const seen: StorageChanges[] = [];
  parts.local.onChanged.addListener((changes) => void seen.push(changes));
  const terms = () => parts.local.data[TERMS_KEY] as StoredMatcher;
  return {
    ...parts,
    events,
    handlers,
    router,
    seen,
    ids: () => terms().ids.split('\n'),
    /** The view names the stamp of the terms stored beside it: a page reads those. */
    consistent: () => (parts.local.data[VIEW_KEY] as { terms: string }).terms === terms().stamp,
  };
}

describe('the page cache is rewritten', () => {
  it('on install, on browser start and on every settings change, whoever made it', async () => {
    const w = worker();
    w.events.onInstalled.fire();
    await vi.waitFor(() => expect(w.local.data[VIEW_KEY]).toMatchObject({ enabled: true }));
    await w.store.update((s) => ({ ...s, enabled: false }));
    await vi.waitFor(() => expect(w.local.data[VIEW_KEY]).toMatchObject({ enabled: false }));
    w.local.data = {};
    w.events.onStartup.fire();
    await vi.waitFor(() => expect(w.local.data[VIEW_KEY]).toMatchObject({ enabled: false }));
  });

  it('when a glossary is imported, switched off or on, moved or removed', async () => {
    const w = worker();
    await w.pageCache.refresh();
    expect(w.ids()).toEqual(['swift', 'nord-stream-2', 'power-of-siberia-2', 'united-states']);
    await w.handlers.importGlossary({ type: 'importGlossary', fileName: 'arctic.json', text: ARCTIC }, sender);
    expect(w.ids()).toEqual(['swift', 'nord-stream-2', 'power-of-siberia-2', 'united-states', 'arctic/northern-sea-route', 'arctic/rosatomflot']);
    expect(w.consistent()).toBe(true);
    await w.handlers.setGlossaryEnabled({ type: 'setGlossaryEnabled', id: 'builtin', enabled: false }, sender);
    expect(w.ids()).toEqual(['arctic/northern-sea-route', 'arctic/rosatomflot']);
    await w.handlers.setGlossaryEnabled({ type: 'setGlossaryEnabled', id: 'builtin', enabled: true }, sender);
    await w.handlers.moveGlossary({ type: 'moveGlossary', id: 'arctic', direction: 'up' }, sender);
    expect(w.ids().slice(0, 2)).toEqual(['arctic/northern-sea-route', 'arctic/rosatomflot']);
    await w.handlers.removeGlossary({ type: 'removeGlossary', id: 'arctic' }, sender);
    expect(w.ids()).toEqual(['swift', 'nord-stream-2', 'power-of-siberia-2', 'united-states']);
    expect(w.consistent()).toBe(true);
  });

  it('when a term is muted from a card, and again when it is unmuted', async () => {
    const w = worker();
    await w.pageCache.refresh();
    expect(await w.router.handle({ type: 'muteTerm', id: 'swift' }, content)).toEqual({ ok: true, value: { muted: true } });
    await vi.waitFor(() => expect(w.ids()).toEqual(['nord-stream-2', 'power-of-siberia-2', 'united-states']));
    expect(w.consistent()).toBe(true);
    expect(await w.router.handle({ type: 'setMuted', id: 'swift', muted: false }, { id: EXT_ID, url: `chrome-extension://${EXT_ID}/options.html` })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(w.ids()).toContain('swift'));
    expect(w.consistent()).toBe(true);
  });
});

describe('the page cache is not rewritten', () => {
  it('when nothing a page sees changed: a second refresh, a switch already on, a move that cannot move', async () => {
    const w = worker();
    await w.pageCache.refresh();
    w.local.takeWritten();
    await w.pageCache.refresh();
    await w.handlers.setGlossaryEnabled({ type: 'setGlossaryEnabled', id: 'builtin', enabled: true }, sender);
    await w.handlers.moveGlossary({ type: 'moveGlossary', id: 'builtin', direction: 'up' }, sender);
    expect(w.local.takeWritten()).toEqual([]);
  });

  it('when the worker restarts (it reads back what it wrote, and compiles nothing)', async () => {
    const storage = newStorage();
    const first = worker(workerParts(storage));
    await first.store.update((s) => ({ ...s, sites: { 'example.com': 'off' }, muted: ['swift'] }));
    await first.pageCache.refresh();
    storage.local.takeWritten();
    const second = workerParts(storage);
    const active = vi.spyOn(second.glossaries, 'active');
    await second.pageCache.refresh();
    expect(storage.local.takeWritten()).toEqual([]);
    expect(active).not.toHaveBeenCalled();
  });

  it('so pages are not woken when a term of a switched-off glossary is muted', async () => {
    const w = worker();
    await w.handlers.importGlossary({ type: 'importGlossary', fileName: 'arctic.json', text: ARCTIC }, sender);
    await w.handlers.setGlossaryEnabled({ type: 'setGlossaryEnabled', id: 'arctic', enabled: false }, sender);
    const stamp = (w.local.data[VIEW_KEY] as { terms: string }).terms;
    w.seen.length = 0;
    await w.store.update((s) => ({ ...s, muted: ['arctic/rosatomflot'] }));
    await w.pageCache.refresh();
    expect((w.local.data[VIEW_KEY] as { terms: string }).terms).toBe(stamp);
    expect(w.seen.filter((changes) => isPageCacheChange(changes, 'local'))).toEqual([]);
  });
});
