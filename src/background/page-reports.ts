/**
 * A content script's reportPage: the badge of its tab, the per-tab state the toolbar menu
 * reads, and a refresh of that menu when the tab is the one in front.
 */
import type { PageState } from '../core/messages/index.ts';
import { siteKey } from '../core/settings/index.ts';
import { badgeFor, showBadge } from './badge.ts';
import type { ActionPort, Translate } from './browser-api.ts';
import type { TabStates } from './tab-state.ts';

export interface PageReportInput {
  tabId: number;
  /** The reporting page's URL (sender.url), which the worker may know without `tabs`. */
  url: string | undefined;
  active: boolean;
  distinct: number;
  state: PageState;
}

export type PageReporter = (input: PageReportInput) => Promise<{ badge: string }>;

export function createPageReporter(deps: {
  action: ActionPort;
  t: Translate;
  tabStates: TabStates;
  /** Called for the active tab so the toolbar menu says "on" or "off" correctly. */
  refreshMenu: (tabId: number) => Promise<void>;
}): PageReporter {
  return async ({ tabId, url, active, distinct, state }) => {
    const site = url === undefined ? null : siteKey(url);
    await deps.tabStates.set(tabId, { site, state, distinct });
    const badge = await showBadge(deps.action, deps.t, tabId, badgeFor(distinct, state));
    if (active) await deps.refreshMenu(tabId);
    return { badge };
  };
}
