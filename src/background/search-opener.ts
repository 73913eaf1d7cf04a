/**
 * Opens the popup's search with a query: stores the query for takePendingSearch, then asks for
 * the popup. openPopup is called synchronously, before any await, because Firefox allows it only
 * inside the user's gesture. Where it is missing or refused, popup.html?q=… opens in a tab.
 */
import type { PendingSearch } from './pending-search.ts';
import type { ActionPort, TabsPort } from './browser-api.ts';

export type OpenSearch = (query: string) => Promise<void>;

export function createSearchOpener(deps: {
  action: ActionPort;
  tabs: TabsPort;
  pendingSearch: PendingSearch;
  /** runtime.getURL('popup.html') */
  popupUrl: string;
}): OpenSearch {
  return async (query) => {
    const stored = deps.pendingSearch.set(query);
    let opened: Promise<void>;
    try {
      opened = deps.action.openPopup ? deps.action.openPopup() : Promise.reject(new Error('action.openPopup is missing'));
    } catch (error) {
      opened = Promise.reject(new Error('action.openPopup threw', { cause: error }));
    }
    try {
      await opened;
      await stored;
    } catch {
      // The tab carries the query itself; a pending copy would only surprise the next popup.
      await stored;
      await deps.pendingSearch.take();
      await deps.tabs.create({ url: `${deps.popupUrl}?q=${encodeURIComponent(query)}` });
    }
  };
}
