import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommandHandler, registerCommands } from '../../../src/background/commands.ts';
import { registerContextMenus, type MenuClick } from '../../../src/background/context-menu.ts';
import { createRouter, registerRouter } from '../../../src/background/message-router.ts';
import { registerPageCache } from '../../../src/background/page-cache.ts';
import { createPendingSearch } from '../../../src/background/pending-search.ts';
import type { TabLike } from '../../../src/background/browser-api.ts';
import { createSearchOpener } from '../../../src/background/search-opener.ts';
import { EXPLAIN_MENU_ID, createSelectionMenu } from '../../../src/background/selection-menu.ts';
import { registerMigrationOnInstall } from '../../../src/background/settings-store.ts';
import { SITE_MENU_ID, createSiteMenu, registerSiteMenuTracking } from '../../../src/background/site-menu.ts';
import { askTabState, createTabStates, registerTabCleanup } from '../../../src/background/tab-state.ts';
import { createTermLookup, registerTermLookupRefresh } from '../../../src/background/term-lookup.ts';
import { createTabClient, type Result, type SenderLike } from '../../../src/core/messages/index.ts';
import { CURRENT_VERSION } from '../../../src/core/settings/index.ts';
import { FakeAction, FakeEvent, FakeMenus, FakeStorageArea, FakeTabs, fakeTranslate, settle } from './fakes.ts';
import { newStorage, storageChanged, workerParts, type WorkerStorage } from './worker-parts.ts';

/** The worker as main.ts wires it; `storage` from an earlier worker() is a restart. */
function worker(options: { tabAnswer?: (tabId: number, message: unknown) => Promise<unknown>; sync?: Record<string, unknown>; storage?: WorkerStorage } = {}) {
  const storage = options.storage ?? newStorage(options.sync ?? {});
  const { sync, local, store, glossaries, search, pageCache, log } = workerParts(storage);
  const menus = new FakeMenus();
  const action = new FakeAction();
  const tabs = new FakeTabs(options.tabAnswer, 4);
  const session = new FakeStorageArea();
  const termLookup = createTermLookup(() => pageCache.terms());
  const tabStates = createTabStates(session);
  const pendingSearch = createPendingSearch(session);
  const tabClient = createTabClient((id, m) => tabs.sendMessage(id, m));
  const siteMenu = createSiteMenu({ menus, t: fakeTranslate, store, tabStates, askTab: (id) => askTabState(tabClient, id) });
  const selectionMenu = createSelectionMenu({
    menus,
    t: fakeTranslate,
    lookup: termLookup,
    tabClient,
    openSearch: createSearchOpener({ action, tabs, pendingSearch, popupUrl: 'chrome-extension://x/popup.html' }),
  });
  const events = {
    onInstalled: new FakeEvent<() => void>(),
    onStartup: new FakeEvent<() => void>(),
    onClicked: new FakeEvent<(info: MenuClick, tab?: TabLike) => void>(),
    onCommand: new FakeEvent<(command: string, tab?: TabLike) => void>(),
    onRemoved: new FakeEvent<(tabId: number) => void>(),
    onActivated: new FakeEvent<(info: { tabId: number }) => void>(),
    onFocusChanged: new FakeEvent<(windowId: number) => void>(),
    onMessage: new FakeEvent<(message: unknown, sender: SenderLike) => Promise<Result<unknown>>>(),
    onStorageChanged: storageChanged(storage),
  };
  registerRouter(
    events.onMessage,
    createRouter({
      store,
      glossaries,
      search,
      self: { id: 'me', origin: 'chrome-extension://me/' },
      pendingSearch,
      pageCache,
      reportPage: async () => ({ badge: '' }),
    }),
  );
  registerPageCache({ ...events, pageCache, restrictToExtension: [], log });
  registerMigrationOnInstall(events.onInstalled, store, log);
  registerContextMenus({ ...events, menus, selectionMenu, siteMenu, log });
  registerSiteMenuTracking({ ...events, noWindow: -1, tabs, siteMenu, log });
  registerCommands(events.onCommand, createCommandHandler({ tabs, tabClient }), log);
  registerTabCleanup(events.onRemoved, tabStates, log);
  registerTermLookupRefresh(events.onStorageChanged, termLookup);
  return { events, menus, action, tabs, sync, local, storage, session, store, tabStates, log };
}

/** Awaits a call that goes through the fake storage, running its (fake) delays. */
async function through<T>(call: Promise<T>): Promise<T> {
  await settle();
  return call;
}

describe('worker registration', () => {
  // The fake storage takes a few (fake) milliseconds per call; settle() runs them all.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('creates exactly one copy of each menu on install and on startup', async () => {
    const w = worker();
    w.events.onInstalled.fire();
    await settle();
    w.events.onStartup.fire();
    await settle();
    expect([...w.menus.items.keys()].sort()).toEqual([EXPLAIN_MENU_ID, SITE_MENU_ID].sort());
    expect(w.log.warnings).toEqual([]);
  });

  it('migrates stored settings on install', async () => {
    const w = worker({ sync: { version: 1, disabledSites: ['a.example'] } });
    w.events.onInstalled.fire();
    await settle();
    expect(w.sync.data).toEqual({ version: CURRENT_VERSION, sites: { 'a.example': 'off' } });
  });

  it('answers runtime messages with a Result', async () => {
    const w = worker();
    const [answer] = w.events.onMessage.fire({ type: 'getEntry', id: 'swift' }, { id: 'me', url: 'chrome-extension://me/popup.html' });
    expect(await answer).toMatchObject({ ok: true, value: { entry: { id: 'swift' }, glossary: { id: 'builtin' } } });
    const [refused] = w.events.onMessage.fire({ type: 'getEntry', id: 'swift' }, { id: 'someone-else' });
    expect(await refused).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('hands menu clicks to their feature', async () => {
    const w = worker({ tabAnswer: async () => ({ ok: true, value: { found: true } }) });
    w.events.onInstalled.fire();
    await settle();
    w.events.onClicked.fire({ menuItemId: EXPLAIN_MENU_ID, selectionText: 'SWIFT' }, { id: 4 });
    await settle();
    expect(w.tabs.sent).toEqual([{ tabId: 4, message: { type: 'explainSelection', text: 'SWIFT', id: 'swift' } }]);

    await through(w.tabStates.set(4, { site: 'news.example', state: 'on', distinct: 3 }));
    w.events.onClicked.fire({ menuItemId: SITE_MENU_ID }, { id: 4 });
    await settle();
    expect((await through(w.store.get())).sites).toEqual({ 'news.example': 'off' });
  });

  it('answers the first menu click after a restart from the terms it stored, once loaded', async () => {
    const first = worker();
    first.events.onInstalled.fire();
    await settle();
    expect(first.local.data).toHaveProperty(['gloss.terms']);
    const restarted = worker({ storage: first.storage, tabAnswer: () => Promise.resolve({ ok: true, value: { found: true } }) });
    restarted.events.onClicked.fire({ menuItemId: EXPLAIN_MENU_ID, selectionText: 'Power of Siberia 2' }, { id: 4 });
    await settle();
    expect(restarted.tabs.sent).toEqual([{ tabId: 4, message: { type: 'explainSelection', text: 'Power of Siberia 2', id: 'power-of-siberia-2' } }]);
    expect(restarted.log.warnings).toEqual([]);
  });

  it('follows the active tab and window for the toolbar menu', async () => {
    const w = worker();
    w.events.onInstalled.fire();
    await settle();
    await through(w.tabStates.set(4, { site: 'news.example', state: 'on', distinct: 3 }));
    w.events.onActivated.fire({ tabId: 4 });
    await settle();
    expect(w.menus.items.get(SITE_MENU_ID)).toMatchObject({ title: 'Turn Gloss off for this site', enabled: true });
    await through(w.tabStates.set(4, { site: 'news.example', state: 'not-article', distinct: 0 }));
    w.events.onFocusChanged.fire(-1);
    await settle();
    expect(w.menus.items.get(SITE_MENU_ID)).toMatchObject({ title: 'Turn Gloss off for this site' });
    w.events.onFocusChanged.fire(2);
    await settle();
    expect(w.menus.items.get(SITE_MENU_ID)).toMatchObject({ title: 'Turn Gloss on for this site' });
  });

  it('sends keyboard commands to the active tab', async () => {
    const w = worker({ tabAnswer: async () => ({ ok: true, value: { found: true } }) });
    w.events.onCommand.fire('previous-term', undefined);
    await settle();
    expect(w.tabs.sent).toEqual([{ tabId: 4, message: { type: 'stepTerm', direction: 'previous' } }]);
  });

  it('forgets a closed tab', async () => {
    const w = worker();
    await through(w.tabStates.set(7, { site: 'a.example', state: 'on', distinct: 1 }));
    w.events.onRemoved.fire(7);
    await settle();
    expect(w.session.data).toEqual({});
  });
});
