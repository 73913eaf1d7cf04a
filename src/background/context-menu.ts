/**
 * Both context menu items: created on install and on browser start (menus outlive the worker
 * in both browsers; removeAll first keeps exactly one copy), and one click listener that hands
 * each item to its feature.
 */
import type { EventPort, Logger, MenusPort, TabLike } from './browser-api.ts';
import { EXPLAIN_MENU_ID, type SelectionMenu } from './selection-menu.ts';
import { SITE_MENU_ID, type SiteMenu } from './site-menu.ts';

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export function registerContextMenus(deps: {
  onInstalled: EventPort<() => void>;
  onStartup: EventPort<() => void>;
  onClicked: EventPort<(info: MenuClick, tab?: TabLike) => void>;
  menus: MenusPort;
  selectionMenu: SelectionMenu;
  siteMenu: SiteMenu;
  log?: Logger;
}): void {
  const { menus, selectionMenu, siteMenu, log = console } = deps;
  const create = (): void => {
    menus
      .removeAll()
      .then(() => {
        selectionMenu.create();
        siteMenu.create();
      })
      .catch((error: unknown) => log.warn('Gloss: creating the menus failed', error));
  };
  deps.onInstalled.addListener(create);
  deps.onStartup.addListener(create);
  deps.onClicked.addListener((info, tab) => {
    const failed = (error: unknown): void => log.warn(`Gloss: the menu item ${String(info.menuItemId)} failed`, error);
    if (info.menuItemId === EXPLAIN_MENU_ID) {
      // Called before any await: Firefox opens the popup only within the click.
      selectionMenu.onClicked(info.selectionText, tab?.id).catch(failed);
    } else if (info.menuItemId === SITE_MENU_ID) {
      siteMenu.onClicked(tab?.id).catch(failed);
    }
  });
}
