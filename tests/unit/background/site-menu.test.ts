import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../src/background/settings-store.ts';
import { SITE_MENU_ID, createSiteMenu, siteMenuFor } from '../../../src/background/site-menu.ts';
import { createTabStates, type TabReport } from '../../../src/background/tab-state.ts';
import { defaultSettings } from '../../../src/core/settings/index.ts';
import { FakeMenus, FakeStorageArea, fakeTranslate, makeLog } from './fakes.ts';

const report = (state: TabReport['state'], site: string | null = 'news.example.com'): TabReport => ({ site, state, distinct: 1 });

describe('siteMenuFor', () => {
  it('offers "off" where Gloss is on, and "on" where it is not', () => {
    expect(siteMenuFor(defaultSettings(), report('on'))).toEqual({ titleKey: 'menu_siteOff', enabled: true, action: { site: 'news.example.com', rule: 'off' } });
    expect(siteMenuFor(defaultSettings(), report('off'))).toEqual({ titleKey: 'menu_siteOn', enabled: true, action: { site: 'news.example.com', rule: 'on' } });
    expect(siteMenuFor(defaultSettings(), report('not-article'))).toEqual({ titleKey: 'menu_siteOn', enabled: true, action: { site: 'news.example.com', rule: 'on' } });
  });

  it('is greyed out where Gloss cannot run or is off everywhere', () => {
    expect(siteMenuFor(defaultSettings(), null)).toMatchObject({ titleKey: 'menu_siteUnavailable', enabled: false, action: null });
    expect(siteMenuFor(defaultSettings(), report('on', null))).toMatchObject({ enabled: false, action: null });
    expect(siteMenuFor({ ...defaultSettings(), enabled: false }, report('off'))).toMatchObject({ titleKey: 'menu_glossPaused', enabled: false });
  });
});

describe('createSiteMenu', () => {
  function setup(live: Map<number, TabReport> = new Map()) {
    const menus = new FakeMenus();
    const sync = new FakeStorageArea();
    const store = createSettingsStore({ sync, local: new FakeStorageArea(), log: makeLog() });
    const tabStates = createTabStates(new FakeStorageArea());
    // What each tab's page answers now (pageState); a tab missing here does not answer.
    const menu = createSiteMenu({ menus, t: fakeTranslate, store, tabStates, askTab: async (id) => live.get(id) ?? null });
    menu.create();
    return { menus, store, tabStates, menu };
  }

  it('starts greyed out on the toolbar icon', () => {
    const { menus } = setup();
    expect(menus.items.get(SITE_MENU_ID)).toEqual({ title: 'Gloss cannot run on this page', contexts: ['action'], enabled: false });
  });

  it('follows the tab in front', async () => {
    const { menus, tabStates, menu } = setup();
    await tabStates.set(1, report('on'));
    await tabStates.set(2, report('not-article', 'shop.example'));
    await menu.refresh(1);
    expect(menus.items.get(SITE_MENU_ID)).toMatchObject({ title: 'Turn Gloss off for this site', enabled: true });
    await menu.refresh(2);
    expect(menus.items.get(SITE_MENU_ID)).toMatchObject({ title: 'Turn Gloss on for this site', enabled: true });
    await menu.refresh(3);
    expect(menus.items.get(SITE_MENU_ID)).toMatchObject({ enabled: false });
  });

  it('a click sets the rule of the tab’s site', async () => {
    const { store, tabStates, menu } = setup();
    await tabStates.set(1, report('on'));
    await menu.onClicked(1);
    expect((await store.get()).sites).toEqual({ 'news.example.com': 'off' });
    await tabStates.set(1, report('off'));
    await menu.onClicked(1);
    expect((await store.get()).sites).toEqual({ 'news.example.com': 'on' });
  });

  it('asks the page in front first: a silent non-article page still offers "on", and a new page outranks the last report', async () => {
    const live = new Map<number, TabReport>([[1, report('not-article', 'shop.example')]]);
    const { menus, store, tabStates, menu } = setup(live);
    await tabStates.set(1, report('on'));
    await menu.refresh(1);
    expect(menus.items.get(SITE_MENU_ID)).toMatchObject({ title: 'Turn Gloss on for this site', enabled: true });
    await menu.onClicked(1);
    expect((await store.get()).sites).toEqual({ 'shop.example': 'on' });
  });

  it('a click on a tab Gloss knows nothing about changes nothing', async () => {
    const { store, menu } = setup();
    await menu.onClicked(9);
    await menu.onClicked(undefined);
    expect(await store.get()).toEqual(defaultSettings());
  });
});
