/** Fakes of the browser slices in src/background/browser-api.ts, for the background's unit tests. */
import { vi } from 'vitest';
import type { ActionPort, MenusPort, StorageAreaPort, TabsPort, Translate } from '../../../src/background/browser-api.ts';
import { seeded } from '../../../scripts/lib/seeded.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A storage area whose get/set/remove each take a random few milliseconds, like the real ones,
 * and copy values through structuredClone, as the browser serialises them.
 */
export class FakeStorageArea implements StorageAreaPort {
  data: Record<string, unknown> = {};
  writes = 0;
  /** What every get asked for (null: the whole area). */
  readonly reads: Array<string[] | null> = [];
  /** The keys of every set, in order: what other contexts were told changed. */
  readonly written: string[][] = [];
  /**
   * storage.onChanged for this area, as Chrome fires it: after the write, with only the keys whose
   * value changed (a set of an equal value is no change).
   */
  readonly onChanged = new FakeEvent<(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void>();
  /** Return an error to make a set fail (quota), or null to let it through. */
  refuseSet: (items: Record<string, unknown>) => Error | null = () => null;
  failGet = false;

  constructor(
    initial: Record<string, unknown> = {},
    private readonly random: () => number = seeded(1),
    private readonly maxDelayMs = 4,
    readonly areaName = 'local',
  ) {
    this.data = structuredClone(initial);
  }

  private pause(): Promise<void> {
    return sleep(Math.floor(this.random() * (this.maxDelayMs + 1)));
  }

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    this.reads.push(keys === null || keys === undefined ? null : typeof keys === 'string' ? [keys] : [...keys]);
    await this.pause();
    if (this.failGet) throw new Error('storage is unavailable');
    const wanted = keys === null || keys === undefined ? Object.keys(this.data) : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (key in this.data) out[key] = structuredClone(this.data[key]);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.pause();
    const refusal = this.refuseSet(items);
    if (refusal) throw refusal;
    this.writes++;
    this.written.push(Object.keys(items));
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of Object.entries(structuredClone(items))) {
      if (JSON.stringify(this.data[key]) !== JSON.stringify(value)) changes[key] = { oldValue: this.data[key], newValue: value };
      this.data[key] = value;
    }
    this.announce(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.pause();
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (key in this.data) changes[key] = { oldValue: this.data[key] };
      Reflect.deleteProperty(this.data, key);
    }
    this.announce(changes);
  }

  /** The keys written since the last call (and forgets them). */
  takeWritten(): string[] {
    return this.written.splice(0).flat();
  }

  private announce(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void {
    if (Object.keys(changes).length > 0) this.onChanged.fire(changes, this.areaName);
  }
}

/** Chrome's storage.sync refuses any item over 8,192 bytes (QUOTA_BYTES_PER_ITEM). */
export function perItemQuota(bytes = 8192): (items: Record<string, unknown>) => Error | null {
  return (items) => {
    for (const [key, value] of Object.entries(items)) {
      if (key.length + JSON.stringify(value).length > bytes) return new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    return null;
  };
}

export class FakeAction implements ActionPort {
  badges = new Map<number, { text?: string; color?: string; title?: string }>();
  popupOpens = 0;
  openPopup?: () => Promise<void>;

  constructor(openPopup: 'works' | 'rejects' | 'missing' = 'works') {
    if (openPopup !== 'missing') {
      this.openPopup = async () => {
        this.popupOpens++;
        if (openPopup === 'rejects') throw new Error('openPopup requires a user gesture');
      };
    }
  }

  private tab(tabId: number | undefined) {
    const id = tabId ?? -1;
    const state = this.badges.get(id) ?? {};
    this.badges.set(id, state);
    return state;
  }

  async setBadgeText({ tabId, text }: { tabId?: number; text: string }) {
    this.tab(tabId).text = text;
  }

  async setBadgeBackgroundColor({ tabId, color }: { tabId?: number; color: string }) {
    this.tab(tabId).color = color;
  }

  async setTitle({ tabId, title }: { tabId?: number; title: string }) {
    this.tab(tabId).title = title;
  }
}

export class FakeMenus implements MenusPort {
  items = new Map<string, { title: string; contexts: string[]; enabled: boolean }>();

  create(properties: { id: string; title: string; contexts: Array<'selection' | 'action'>; enabled?: boolean }) {
    if (this.items.has(properties.id)) throw new Error(`duplicate menu id ${properties.id}`);
    this.items.set(properties.id, { title: properties.title, contexts: properties.contexts, enabled: properties.enabled ?? true });
    return properties.id;
  }

  async update(id: string, properties: { title?: string; enabled?: boolean }) {
    const item = this.items.get(id);
    if (!item) throw new Error(`no menu ${id}`);
    Object.assign(item, properties);
  }

  async removeAll() {
    this.items.clear();
  }
}

export class FakeTabs implements TabsPort {
  created: string[] = [];
  sent: Array<{ tabId: number; message: unknown }> = [];
  constructor(
    private readonly answer: (tabId: number, message: unknown) => Promise<unknown> = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    private readonly activeTabId: number | undefined = 1,
  ) {}

  async query() {
    return this.activeTabId === undefined ? [] : [{ id: this.activeTabId }];
  }

  async create(properties: { url: string }) {
    this.created.push(properties.url);
    return {};
  }

  async sendMessage(tabId: number, message: unknown) {
    this.sent.push({ tabId, message });
    return this.answer(tabId, message);
  }
}

/** Messages as the English locale would give them, with $1 substituted. */
export const fakeTranslate: Translate = (key, substitutions) => {
  const messages: Record<string, string> = {
    extName: 'Gloss',
    badge_off: 'aus',
    badge_titleTerms: 'Gloss: terms explained on this page: $1',
    badge_titleNoTerms: 'Gloss: no known terms on this page',
    badge_titleOff: 'Gloss is off on this page',
    badge_titleNotArticle: 'Gloss: this page is not an article',
    menu_explainSelection: 'Explain “%s” with Gloss',
    menu_siteOff: 'Turn Gloss off for this site',
    menu_siteOn: 'Turn Gloss on for this site',
    menu_siteUnavailable: 'Gloss cannot run on this page',
    menu_glossPaused: 'Gloss is turned off everywhere',
  };
  const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
  return (messages[key] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
};

export function makeLog(): { warnings: unknown[][]; warn(...args: unknown[]): void } {
  const warnings: unknown[][] = [];
  return { warnings, warn: (...args) => void warnings.push(args) };
}

/** A browser event: tests fire it as the browser would and get the listeners' return values. */
export class FakeEvent<Listener extends (...args: never[]) => unknown> {
  listeners: Listener[] = [];
  addListener(listener: Listener): void {
    this.listeners.push(listener);
  }
  fire(...args: Parameters<Listener>): Array<ReturnType<Listener>> {
    return this.listeners.map((listener) => listener(...args) as ReturnType<Listener>);
  }
}

/**
 * Runs every pending timer (the fake storage's random delays) and the promises they resolve,
 * until nothing is left: what the worker does after an event is done then, however slow the
 * machine. Needs vi.useFakeTimers().
 */
export async function settle(): Promise<void> {
  if (!vi.isFakeTimers()) throw new Error('settle() needs fake timers: vi.useFakeTimers() in the suite');
  await vi.runAllTimersAsync();
}
