import { useRef, useState } from 'preact/hooks';
import type { Language } from '../core/facts/types.ts';
import type { BackgroundClient, EntryView } from '../core/messages/index.ts';
import { contentLanguage } from '../ui/content-language.ts';
import type { EntryStore } from './entry-store.ts';

interface OpenCard {
  view: EntryView;
  /** The languages the card shows the entry in, best first (its titles come in them too). */
  chain: readonly Language[];
  relatedTitles: Readonly<Record<string, string>>;
}

export interface CardController {
  open: OpenCard | null;
  /** Fetches the entry and shows its card; false when there is no such entry (any more). */
  show(id: string): Promise<boolean>;
  close(): void;
}

/**
 * The card over the popup's list: its entry comes from the background (getEntry), the titles of
 * its related entries too (getTitles), in the language the card shows. A newer request wins over
 * one still on its way.
 */
export function useCard(background: BackgroundClient, store: EntryStore, uiLocale: string): CardController {
  const [open, setOpen] = useState<OpenCard | null>(null);
  const ticket = useRef(0);

  const loadTitles = async (view: EntryView, chain: readonly Language[], mine: number): Promise<void> => {
    const ids = [...new Set(view.entry.related)].slice(0, 500);
    if (ids.length === 0) return;
    const answer = await background.request({ type: 'getTitles', ids, languages: chain.slice(0, 4) });
    if (mine !== ticket.current || !answer.ok) return;
    setOpen((current) => (current?.view.entry.id === view.entry.id ? { ...current, relatedTitles: answer.value } : current));
  };

  return {
    open,
    async show(id) {
      const mine = ++ticket.current;
      const view = store.peek(id) ?? (await store.get(id));
      if (mine !== ticket.current) return true;
      if (view === null) return false;
      const { chain } = contentLanguage(view.entry, null, uiLocale);
      setOpen({ view, chain, relatedTitles: {} });
      void loadTitles(view, chain, mine);
      return true;
    },
    close() {
      ticket.current++;
      setOpen(null);
    },
  };
}
