/**
 * The page context menu on a selection: "Explain “%s” with Gloss". A known term opens its card
 * in the page (explainSelection to the tab's content script); anything else, or a page where
 * Gloss is not running, opens the popup's search with the selected text.
 */
import type { TabClient } from '../core/messages/index.ts';
import type { MenusPort, Translate } from './browser-api.ts';
import type { OpenSearch } from './search-opener.ts';
import type { TermLookup } from './term-lookup.ts';

export const EXPLAIN_MENU_ID = 'gloss-explain-selection';
/** Selections are cut here: a search box needs no more, and the message stays small. */
const MAX_SELECTION = 1000;

export interface SelectionMenu {
  create(): void;
  onClicked(selectionText: string | undefined, tabId: number | undefined): Promise<void>;
}

export function createSelectionMenu(deps: { menus: MenusPort; t: Translate; lookup: TermLookup; tabClient: TabClient; openSearch: OpenSearch }): SelectionMenu {
  return {
    create() {
      // Both browsers put the selected text in place of %s.
      deps.menus.create({ id: EXPLAIN_MENU_ID, title: deps.t('menu_explainSelection') || 'Explain “%s” with Gloss', contexts: ['selection'] });
    },
    async onClicked(selectionText, tabId) {
      const text = (selectionText ?? '').trim().slice(0, MAX_SELECTION);
      if (text === '') return;
      // No await before openSearch on this path when the terms are loaded: Firefox opens the popup
      // only inside the gesture. A worker woken by this very click loads them first.
      const known = deps.lookup.now(text);
      // Terms that cannot be loaded (storage failing) still leave the search: a click never does nothing.
      const id = known === undefined ? await deps.lookup.load(text).catch(() => null) : known;
      deps.lookup.warm();
      if (id === null || tabId === undefined) return deps.openSearch(text);
      const answer = await deps.tabClient.request(tabId, { type: 'explainSelection', text, id });
      if (answer.ok && answer.value.found) return;
      await deps.openSearch(text);
    },
  };
}
