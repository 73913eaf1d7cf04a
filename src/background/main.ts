/**
 * The background worker's entry (background.js). Chrome runs it as a classic service worker and
 * Firefox as an event page; either may be stopped when idle and started again for the next event.
 * So: no top-level await, no state that matters only in memory (settings and per-tab state live
 * in storage), and every listener registered synchronously, below, on each start.
 * This file only adapts `browser` to the small slices of browser-api.ts and wires the features.
 */
import browser from 'webextension-polyfill';
import builtin from 'gloss:builtin';
import { createTabClient } from '../core/messages/index.ts';
import { createCommandHandler, registerCommands } from './commands.ts';
import { registerContextMenus } from './context-menu.ts';
import { createRouter, registerRouter } from './message-router.ts';
import { indexedDbGlossaries } from './glossaries/idb.ts';
import { createGlossaries } from './glossaries/store.ts';
import { createPageCache, registerPageCache } from './page-cache.ts';
import { createPageReporter } from './page-reports.ts';
import { createPendingSearch } from './pending-search.ts';
import type { ActionPort, MenusPort, StorageAreaPort, TabsPort, Translate } from './browser-api.ts';
import { createSearchOpener } from './search-opener.ts';
import { createSearchService } from './search-service.ts';
import { createSelectionMenu } from './selection-menu.ts';
import { createSettingsStore, registerMigrationOnInstall } from './settings-store.ts';
import { createSiteMenu, registerSiteMenuTracking } from './site-menu.ts';
import { askTabState, createTabStates, registerTabCleanup } from './tab-state.ts';
import { createTermLookup, registerTermLookupRefresh } from './term-lookup.ts';

// --- Ports: the browser, cut down to what the features use. ---
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
const sync: StorageAreaPort | undefined = browser.storage.sync;
const session: StorageAreaPort | undefined = browser.storage.session;
// Namespaces the types promise but a browser may lack: Chrome has no `menus` (Firefox's menu
// events), Firefox for Android no `windows`.
const optional: { windows?: typeof browser.windows; menus?: typeof browser.menus } = browser;
const action: ActionPort = {
  setBadgeText: (details) => browser.action.setBadgeText(details),
  setBadgeBackgroundColor: (details) => browser.action.setBadgeBackgroundColor(details),
  setTitle: (details) => browser.action.setTitle(details),
  openPopup: typeof browser.action.openPopup === 'function' ? () => browser.action.openPopup() : undefined,
};
const menus: MenusPort = {
  create: (properties) => browser.contextMenus.create(properties),
  update: (id, properties) => browser.contextMenus.update(id, properties),
  removeAll: () => browser.contextMenus.removeAll(),
};
const tabs: TabsPort = {
  query: (query) => browser.tabs.query(query),
  create: (properties) => browser.tabs.create(properties),
  sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
};

// --- Features. Creating them touches no storage; everything is read when an event asks. ---
const store = createSettingsStore({ sync, local: browser.storage.local });
const glossaries = createGlossaries(indexedDbGlossaries(), builtin);
const pageCache = createPageCache({ store, local: browser.storage.local, glossaries, random: (bytes) => crypto.getRandomValues(bytes) });
const tabStates = createTabStates(session);
const pendingSearch = createPendingSearch(session);
const tabClient = createTabClient((tabId, message) => tabs.sendMessage(tabId, message));
const siteMenu = createSiteMenu({ menus, t, store, tabStates, askTab: (tabId) => askTabState(tabClient, tabId) });
const termLookup = createTermLookup(() => pageCache.terms());
const selectionMenu = createSelectionMenu({
  menus,
  t,
  lookup: termLookup,
  tabClient,
  openSearch: createSearchOpener({ action, tabs, pendingSearch, popupUrl: browser.runtime.getURL('popup.html') }),
});
const router = createRouter({
  store,
  glossaries,
  search: createSearchService(glossaries),
  self: { id: browser.runtime.id, origin: browser.runtime.getURL('') },
  pendingSearch,
  pageCache,
  reportPage: createPageReporter({ action, t, tabStates, refreshMenu: (tabId) => siteMenu.refresh(tabId) }),
});

// --- Listeners: all registered synchronously on every start of the worker. ---
registerRouter(browser.runtime.onMessage, router);
registerMigrationOnInstall(browser.runtime.onInstalled, store);
registerPageCache({
  onInstalled: browser.runtime.onInstalled,
  onStartup: browser.runtime.onStartup,
  onStorageChanged: browser.storage.onChanged,
  pageCache,
  restrictToExtension: [browser.storage.sync],
});
registerContextMenus({
  onInstalled: browser.runtime.onInstalled,
  onStartup: browser.runtime.onStartup,
  onClicked: browser.contextMenus.onClicked,
  menus,
  selectionMenu,
  siteMenu,
});
registerSiteMenuTracking({
  onActivated: browser.tabs.onActivated,
  onFocusChanged: optional.windows?.onFocusChanged,
  noWindow: optional.windows?.WINDOW_ID_NONE ?? -1,
  tabs,
  siteMenu,
});
registerCommands(browser.commands.onCommand, createCommandHandler({ tabs, tabClient }));
registerTabCleanup(browser.tabs.onRemoved, tabStates);
registerTermLookupRefresh(browser.storage.onChanged, termLookup);
// Firefox says when a context menu opens: the selection menu's terms load then, so the click that
// follows is answered inside its gesture (see term-lookup.ts). Chrome has no such event.
optional.menus?.onShown.addListener(() => termLookup.warm());
