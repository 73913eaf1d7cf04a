/**
 * The few extension APIs the content script uses, behind one small adapter instead of
 * webextension-polyfill: the polyfill is 3 KB of the content script's gzipped budget, and every
 * call here already has a promise or a plain return in both browsers (Firefox's `browser`,
 * Chrome's MV3 `chrome`). Answers go back through sendResponse, which both browsers support.
 */
import type { I18n, MessageKey } from '../../ui/i18n.tsx';

interface Sender {
  id?: string;
}

interface RawApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(fn: (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
    };
  };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(fn: (changes: Record<string, unknown>, area: string) => void): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

export interface ContentExt {
  readonly id: string;
  /** The URL of a file of the extension (per session in Chrome: use_dynamic_url). */
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  /** `handle` answers with a promise, or undefined to leave the message to others. */
  onMessage(handle: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void;
  /** Reads only the given keys of storage.local (the page cache). */
  localGet(keys: string[]): Promise<Record<string, unknown>>;
  onStorageChanged(fn: (changes: Record<string, unknown>, area: string) => void): void;
  i18n(): I18n;
}

/**
 * What a global may hold before it is checked: a page can define its own `chrome` (without
 * runtime), and runtime.id is gone once the extension is reloaded or removed.
 */
interface Unchecked {
  runtime?: { id?: string };
}

export function contentExt(scope: unknown = globalThis): ContentExt {
  const g = scope as { browser?: Unchecked; chrome?: Unchecked };
  const found = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!found?.runtime?.id) throw new Error('no extension API in this context');
  // An extension API (runtime.id is set): both browsers give it the shape RawApi names.
  const api = found as RawApi;
  const t = (key: MessageKey, substitutions?: string | string[]): string => {
    const text = api.i18n.getMessage(key, substitutions);
    // A gap shows as the key, never as an empty string.
    return text === '' ? key : text;
  };
  return {
    id: api.runtime.id,
    getURL: (path) => api.runtime.getURL(path),
    sendMessage: (message) => api.runtime.sendMessage(message),
    onMessage(handle) {
      api.runtime.onMessage.addListener((message, sender, sendResponse) => {
        const answer = handle(message, sender);
        if (answer === undefined) return undefined;
        answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: { code: 'internal', message: String(error) } }));
        return true;
      });
    },
    localGet: (keys) => api.storage.local.get(keys),
    onStorageChanged: (fn) => api.storage.onChanged.addListener(fn),
    // The locale is read when first asked (a card), not when the page starts: the first message
    // read in a page loads the whole catalogue, a few ms that a page without a card never pays.
    i18n: () => ({
      t,
      get locale() {
        return t('ui_locale');
      },
    }),
  };
}
