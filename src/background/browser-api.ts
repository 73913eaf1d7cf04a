/**
 * The small slices of the browser API the worker's features use. main.ts passes the real
 * `browser` objects (webextension-polyfill); unit tests pass fakes. Nothing here imports the
 * polyfill, so every feature file runs in Node.
 */

export interface StorageAreaPort {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ActionPort {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
  /** Missing on browsers without it; rejects where it needs a user gesture that was lost. */
  openPopup?: () => Promise<void>;
}

export interface MenusPort {
  create(properties: { id: string; title: string; contexts: Array<'selection' | 'action'>; enabled?: boolean }): unknown;
  update(id: string, properties: { title?: string; enabled?: boolean }): Promise<void>;
  removeAll(): Promise<void>;
}

export interface TabsPort {
  /** Only ids are used: without the `tabs` permission the browser leaves out url and title. */
  query(query: { active: true; currentWindow?: true; windowId?: number }): Promise<Array<{ id?: number }>>;
  create(properties: { url: string }): Promise<unknown>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** browser.i18n.getMessage; returns '' for a missing key, as the browser does. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface Logger {
  warn(...args: unknown[]): void;
}

/** A browser event (browser.commands.onCommand, …): all a feature needs is to add its listener. */
export interface EventPort<Listener extends (...args: never[]) => unknown> {
  addListener(listener: Listener): void;
}

/** The tab argument of menu clicks and commands; only its id is used. */
export interface TabLike {
  id?: number;
}
