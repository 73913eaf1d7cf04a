import { describe, expect, it } from 'vitest';
import { createPendingSearch } from '../../../src/background/pending-search.ts';
import { createSearchOpener } from '../../../src/background/search-opener.ts';
import { EXPLAIN_MENU_ID, createSelectionMenu } from '../../../src/background/selection-menu.ts';
import { createTermLookup } from '../../../src/background/term-lookup.ts';
import { compile, encodeMatcher, termSourcesFromEntries, type StoredMatcher } from '../../../src/core/match/index.ts';
import { createTabClient } from '../../../src/core/messages/index.ts';
import { FakeAction, FakeMenus, FakeStorageArea, FakeTabs, fakeTranslate } from './fakes.ts';
import { ENTRIES } from './test-entries.ts';

const POPUP = 'chrome-extension://id/popup.html';
const TERMS = encodeMatcher(compile(termSourcesFromEntries(ENTRIES)));

/** `loaded`: the worker has the terms already (it has been running); otherwise it just woke for this click. */
async function setup(options: { found?: boolean | 'no-content-script'; popup?: 'works' | 'rejects' | 'missing'; loaded?: boolean; terms?: () => Promise<StoredMatcher> } = {}) {
  const { found = true, popup = 'works', loaded = true } = options;
  const menus = new FakeMenus();
  const action = new FakeAction(popup);
  const tabs = new FakeTabs(async () => {
    if (found === 'no-content-script') throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true, value: { found } };
  });
  const pendingSearch = createPendingSearch(new FakeStorageArea());
  const lookup = createTermLookup(options.terms ?? (async () => TERMS));
  if (loaded) await lookup.load('SWIFT');
  const menu = createSelectionMenu({
    menus,
    t: fakeTranslate,
    lookup,
    tabClient: createTabClient((tabId, m) => tabs.sendMessage(tabId, m)),
    openSearch: createSearchOpener({ action, tabs, pendingSearch, popupUrl: POPUP }),
  });
  menu.create();
  return { menus, action, tabs, pendingSearch, menu };
}

describe('selection menu', () => {
  it('is created for selections with a %s title', async () => {
    const { menus } = await setup();
    expect(menus.items.get(EXPLAIN_MENU_ID)).toEqual({ title: 'Explain “%s” with Gloss', contexts: ['selection'], enabled: true });
  });

  it('sends a known term to the tab and opens nothing else', async () => {
    const { tabs, action, menu } = await setup();
    await menu.onClicked('  Nord Stream 2 ', 4);
    expect(tabs.sent).toEqual([{ tabId: 4, message: { type: 'explainSelection', text: 'Nord Stream 2', id: 'nord-stream-2' } }]);
    expect(action.popupOpens).toBe(0);
  });

  it('in a worker woken by the click, loads the terms first and then answers as usual', async () => {
    for (const [text, sent] of [
      ['SWIFT', 1],
      ['carbon border tax', 0],
    ] as const) {
      const { tabs, action, menu } = await setup({ loaded: false });
      await menu.onClicked(text, 4);
      expect(tabs.sent).toHaveLength(sent);
      expect(action.popupOpens).toBe(1 - sent);
    }
  });

  it('opens the popup search when the terms cannot be loaded, rather than doing nothing', async () => {
    const { tabs, action, pendingSearch, menu } = await setup({
      loaded: false,
      terms: () => Promise.reject(new Error('storage is unavailable')),
    });
    await menu.onClicked('Nord Stream 2', 4);
    expect(tabs.sent).toEqual([]);
    expect(action.popupOpens).toBe(1);
    expect(await pendingSearch.take()).toBe('Nord Stream 2');
  });

  it('opens the popup search for text that is not a term, before awaiting anything', async () => {
    const { tabs, action, pendingSearch, menu } = await setup();
    const done = menu.onClicked('carbon border tax', 4);
    // Firefox allows openPopup only inside the click: it must already have been called.
    expect(action.popupOpens).toBe(1);
    await done;
    expect(tabs.sent).toEqual([]);
    expect(await pendingSearch.take()).toBe('carbon border tax');
  });

  it('falls back to the popup search when the page cannot show the card', async () => {
    for (const found of [false, 'no-content-script'] as const) {
      const { action, pendingSearch, menu } = await setup({ found });
      await menu.onClicked('SWIFT', 4);
      expect(action.popupOpens).toBe(1);
      expect(await pendingSearch.take()).toBe('SWIFT');
    }
  });

  it('opens popup.html?q=… in a tab where openPopup is refused or missing', async () => {
    for (const popup of ['rejects', 'missing'] as const) {
      const { tabs, pendingSearch, menu } = await setup({ popup });
      await menu.onClicked('Zölle & Sanktionen', 4);
      expect(tabs.created).toEqual([`${POPUP}?q=Z%C3%B6lle%20%26%20Sanktionen`]);
      // The tab carries the query; nothing is left over for the next popup.
      expect(await pendingSearch.take()).toBeNull();
    }
  });

  it('ignores an empty selection and cuts very long ones', async () => {
    const { tabs, action, pendingSearch, menu } = await setup();
    await menu.onClicked('   ', 4);
    await menu.onClicked(undefined, 4);
    expect(action.popupOpens).toBe(0);
    await menu.onClicked('x'.repeat(5000), 4);
    expect((await pendingSearch.take())?.length).toBe(1000);
    expect(tabs.sent).toEqual([]);
  });
});
