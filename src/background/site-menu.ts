/**
 * The toolbar icon's context menu item "Turn Gloss off/on for this site". Its title follows the
 * tab in front, from what that tab's content script last reported (tab-state.ts); a click sets
 * the site's own rule to the opposite of what the page shows now.
 */
import type { SiteRule, Settings } from '../core/settings/index.ts';
import { withSiteRule } from '../core/settings/index.ts';
import type { EventPort, Logger, MenusPort, TabsPort, Translate } from './browser-api.ts';
import type { SettingsStore } from './settings-store.ts';
import type { TabReport, TabStates } from './tab-state.ts';

export const SITE_MENU_ID = 'gloss-site-toggle';

export interface SiteMenuView {
  titleKey: 'menu_siteOff' | 'menu_siteOn' | 'menu_siteUnavailable' | 'menu_glossPaused';
  enabled: boolean;
  /** What a click does: the rule to set for `site`. */
  action: { site: string; rule: SiteRule } | null;
}

export function siteMenuFor(settings: Settings, report: TabReport | null): SiteMenuView {
  if (report === null || report.site === null) return { titleKey: 'menu_siteUnavailable', enabled: false, action: null };
  if (!settings.enabled) return { titleKey: 'menu_glossPaused', enabled: false, action: null };
  return report.state === 'on'
    ? { titleKey: 'menu_siteOff', enabled: true, action: { site: report.site, rule: 'off' } }
    : { titleKey: 'menu_siteOn', enabled: true, action: { site: report.site, rule: 'on' } };
}

export interface SiteMenu {
  create(): void;
  refresh(tabId: number): Promise<void>;
  onClicked(tabId: number | undefined): Promise<void>;
}

export function createSiteMenu(deps: {
  menus: MenusPort;
  t: Translate;
  store: SettingsStore;
  tabStates: TabStates;
  /**
   * Asks the tab's content script what it decided. A page where Gloss does not run reports
   * nothing (its gate stays silent), and a report may be from the tab's previous page, so the
   * tab's own answer comes first; the last report serves while the page cannot answer.
   */
  askTab: (tabId: number) => Promise<TabReport | null>;
}): SiteMenu {
  const { menus, t, store, tabStates } = deps;
  const title = (key: SiteMenuView['titleKey']): string => t(key) || key;
  const reportFor = async (tabId: number): Promise<TabReport | null> => (await deps.askTab(tabId)) ?? (await tabStates.get(tabId));
  const viewFor = async (tabId: number): Promise<SiteMenuView> => siteMenuFor(await store.get(), await reportFor(tabId));

  return {
    create() {
      menus.create({ id: SITE_MENU_ID, title: title('menu_siteUnavailable'), contexts: ['action'], enabled: false });
    },
    async refresh(tabId) {
      const view = await viewFor(tabId);
      await menus.update(SITE_MENU_ID, { title: title(view.titleKey), enabled: view.enabled });
    },
    async onClicked(tabId) {
      if (tabId === undefined) return;
      const { action } = await viewFor(tabId);
      if (action) await store.update((s) => withSiteRule(s, action.site, action.rule));
      // The tab's content script sees the change, re-evaluates and reports again, which refreshes the title.
    },
  };
}

/**
 * Keeps the menu's title on the tab in front: on switching tabs, and on switching windows (the
 * worker learns the window's active tab id through tabs.query, which needs no permission).
 * Reports from the active tab refresh it too (page-reports.ts).
 */
export function registerSiteMenuTracking(deps: {
  onActivated: EventPort<(info: { tabId: number }) => void>;
  onFocusChanged: EventPort<(windowId: number) => void> | undefined;
  noWindow: number;
  tabs: TabsPort;
  siteMenu: SiteMenu;
  log?: Logger;
}): void {
  const { siteMenu, tabs, log = console } = deps;
  const warn = (error: unknown): void => log.warn('Gloss: updating the toolbar menu failed', error);
  deps.onActivated.addListener(({ tabId }) => {
    siteMenu.refresh(tabId).catch(warn);
  });
  deps.onFocusChanged?.addListener((windowId) => {
    if (windowId === deps.noWindow) return;
    tabs
      .query({ active: true, windowId })
      .then(([tab]) => (tab?.id === undefined ? undefined : siteMenu.refresh(tab.id)))
      .catch(warn);
  });
}
