/**
 * Entries the popup has asked the background for, kept while it is open: a result's card opens at
 * once when its summary was already fetched for the list, and a related entry opened twice is
 * asked for once.
 */
import type { BackgroundClient, EntryView } from '../core/messages/index.ts';

export interface EntryStore {
  /** The entry with its glossary; null when the background has no such entry (or did not answer). */
  get(id: string): Promise<EntryView | null>;
  /** The entry if it has arrived already. */
  peek(id: string): EntryView | undefined;
}

export function createEntryStore(background: BackgroundClient): EntryStore {
  const pending = new Map<string, Promise<EntryView | null>>();
  const known = new Map<string, EntryView>();
  return {
    get(id) {
      let answer = pending.get(id);
      if (answer === undefined) {
        answer = background.request({ type: 'getEntry', id }).then((result) => {
          if (result.ok && result.value !== null) {
            known.set(id, result.value);
            return result.value;
          }
          // Forget a failure: the worker may have been restarting, and a second try may work.
          pending.delete(id);
          return null;
        });
        pending.set(id, answer);
      }
      return answer;
    },
    peek: (id) => known.get(id),
  };
}
