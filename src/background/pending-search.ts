/**
 * A search the selection menu leaves for the popup: stored before the popup opens, taken (and
 * removed) by the popup's first takePendingSearch. Kept in storage.session so it survives the
 * worker being stopped in between, and in memory so a popup that asks before the write has
 * finished still gets it. Older than a minute, it is stale: the reader has moved on.
 */
import type { StorageAreaPort } from './browser-api.ts';

export const PENDING_SEARCH_KEY = 'pendingSearch';
export const PENDING_SEARCH_TTL_MS = 60_000;

export interface PendingSearch {
  set(query: string): Promise<void>;
  take(): Promise<string | null>;
}

interface Stored {
  query: string;
  at: number;
}

export function createPendingSearch(session: StorageAreaPort | undefined, now: () => number = Date.now): PendingSearch {
  let memory: Stored | null = null;
  let writing: Promise<void> = Promise.resolve();

  return {
    set(query) {
      memory = { query, at: now() };
      const stored = memory;
      writing = (async () => {
        try {
          await session?.set({ [PENDING_SEARCH_KEY]: stored });
        } catch {
          // Memory still holds it; the session copy only matters across a worker restart.
        }
      })();
      return writing;
    },
    async take() {
      await writing;
      let found = memory;
      memory = null;
      if (session) {
        try {
          const value = (await session.get(PENDING_SEARCH_KEY))[PENDING_SEARCH_KEY];
          if (found === null && isStored(value)) found = value;
          await session.remove(PENDING_SEARCH_KEY);
        } catch {
          // Nothing more to find.
        }
      }
      if (found === null || now() - found.at > PENDING_SEARCH_TTL_MS) return null;
      return found.query;
    },
  };
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const { query, at } = value as Record<string, unknown>;
  return typeof query === 'string' && typeof at === 'number';
}
