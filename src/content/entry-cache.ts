/**
 * Fact text is not in the content script: a card asks the background for its entry the first
 * time and keeps it for the life of the tab (entries are small, a page shows a few dozen at most).
 */
import { titleOf } from '../core/facts/localize.ts';
import type { Entry, Language } from '../core/facts/types.ts';
import type { BackgroundClient, EntryView } from '../core/messages/index.ts';
import { warn } from './log.ts';

export class EntryCache {
  private readonly entries = new Map<string, Promise<EntryView | null>>();
  private readonly known = new Map<string, EntryView>();

  constructor(
    private readonly background: BackgroundClient,
    /** The languages titles are wanted in, best first (the UI's, then English). */
    private readonly chain: readonly Language[] = ['en'],
  ) {}

  /** The entry with the glossary it comes from. */
  get(id: string): Promise<EntryView | null> {
    let pending = this.entries.get(id);
    if (!pending) {
      pending = this.background.request({ type: 'getEntry', id }).then((answer) => {
        if (answer.ok && answer.value !== null && isEntryLike(answer.value.entry)) {
          this.known.set(id, answer.value);
          return answer.value;
        }
        if (!answer.ok) warn(`could not fetch the entry "${id}": ${answer.error.message}`);
        // Forget a failure, so a later hover asks again (the worker may have been restarting).
        this.entries.delete(id);
        return null;
      });
      this.entries.set(id, pending);
    }
    return pending;
  }

  /** The entry if it has arrived already: lets a card open in the same frame as its intent timer. */
  peek(id: string): EntryView | undefined {
    return this.known.get(id);
  }

  /** The title in the reader's languages (`chain`, best first). */
  async title(id: string): Promise<string | null> {
    const view = await this.get(id);
    return view ? titleOf(view.entry, this.chain) : null;
  }

  /** Titles of the given ids, for the card's related chips; ids that fail are left out. */
  async titles(ids: readonly string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    await Promise.all(
      ids.map(async (id) => {
        const t = await this.title(id);
        if (t !== null) out[id] = t;
      }),
    );
    return out;
  }
}

/** The background is our own code, but a card must never crash on a half-formed entry. */
function isEntryLike(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const isText = (x: unknown): boolean => typeof x === 'object' && x !== null && Object.values(x).some((t) => typeof t === 'string');
  return typeof e['id'] === 'string' && isText(e['title']) && typeof e['category'] === 'string' && isText(e['summary']);
}
