import type { BrowserName } from './browsers.ts';

export type StorageArea = 'local' | 'sync' | 'session';

export interface StorageAreaApi {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

/** One request the browser tried to make to somewhere other than the fixture server. */
export interface RecordedRequest {
  url: string;
  /** Which context asked, as far as the browser tells: 'extension', 'page' or 'unknown'. */
  from: 'extension' | 'page' | 'unknown';
}

export interface HoverOptions {
  /** Which occurrence of the text on the page (0-based). */
  occurrence?: number;
  /** Where inside the text's box, 0..1 from the left. */
  at?: number;
}

/** A page in either browser, with the few verbs tests need. */
export interface TestPage {
  readonly browser: BrowserName;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Moves the mouse onto the given text (found in the DOM's text nodes) and returns the point. */
  hoverText(text: string, options?: HoverOptions): Promise<{ x: number; y: number }>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Saves a PNG under artifacts/ (and over README.md's copy, if it shows this one) and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Polls `fn` in the page until it returns a truthy value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  /** Uncaught errors and console errors seen on the page since it opened. */
  errors(): string[];
  close(): Promise<void>;
}

export interface GlossBrowser {
  readonly name: BrowserName;
  /** chrome-extension://ID or moz-extension://UUID */
  readonly extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page (e.g. "popup.html") as a tab of its own. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Opens the toolbar popup's page as a tab. */
  openPopup(query?: string): Promise<TestPage>;
  storageGet(area: StorageArea, keys?: string | string[] | null): Promise<Record<string, unknown>>;
  storageSet(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  storageClear(area: StorageArea): Promise<void>;
  /** Every request any context made to somewhere other than the fixture server and the extension itself. */
  externalRequests(): RecordedRequest[];
  close(): Promise<void>;
}
