/**
 * What each tab's content script last reported (its site and state), kept in storage.session:
 * the toolbar menu needs it after the worker was stopped and woken again, and the worker cannot
 * read tab URLs itself without the `tabs` permission. Cleared by the browser at session end.
 */
import type { TabClient } from '../core/messages/client.ts';
import type { PageState } from '../core/messages/index.ts';
import { pageStateOf } from '../core/settings/rules.ts';
import type { EventPort, Logger, StorageAreaPort } from './browser-api.ts';

export interface TabReport {
  site: string | null;
  state: PageState;
  distinct: number;
}

export interface TabStates {
  set(tabId: number, report: TabReport): Promise<void>;
  get(tabId: number): Promise<TabReport | null>;
  forget(tabId: number): Promise<void>;
}

const key = (tabId: number): string => `tab:${tabId}`;

export function createTabStates(session: StorageAreaPort | undefined): TabStates {
  return {
    async set(tabId, report) {
      await session?.set({ [key(tabId)]: report });
    },
    async get(tabId) {
      if (!session) return null;
      const value = (await session.get(key(tabId)))[key(tabId)];
      return isTabReport(value) ? value : null;
    },
    async forget(tabId) {
      await session?.remove(key(tabId));
    },
  };
}

function isTabReport(value: unknown): value is TabReport {
  if (typeof value !== 'object' || value === null) return false;
  const { site, state, distinct } = value as Record<string, unknown>;
  return (
    (site === null || typeof site === 'string') &&
    (state === 'on' || state === 'off' || state === 'not-article') &&
    typeof distinct === 'number'
  );
}

/** Forgets a tab's report when it closes (browser.tabs.onRemoved needs no permission). */
export function registerTabCleanup(onRemoved: EventPort<(tabId: number) => void>, tabStates: TabStates, log: Logger = console): void {
  onRemoved.addListener((tabId) => {
    tabStates.forget(tabId).catch((error: unknown) => log.warn('Gloss: forgetting a closed tab failed', error));
  });
}

/**
 * The tab's own answer (pageState), for a tab that reported nothing: a page Gloss leaves alone
 * stays silent. Null where no content script answers (a browser page, the store).
 */
export async function askTabState(client: TabClient, tabId: number): Promise<TabReport | null> {
  const answer = await client.request(tabId, { type: 'pageState' });
  if (!answer.ok) return null;
  const { site, distinct } = answer.value;
  return { site, state: pageStateOf(answer.value), distinct };
}
