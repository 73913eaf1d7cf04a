import type { Worker } from 'playwright-core';
import type { GlossBrowser, TestPage } from './types.ts';

/**
 * Sends a message to the content scripts of every open tab, the way the background does
 * (tabs.sendMessage), and returns the answers of those that answered. Chromium sends from the
 * service worker; Firefox has no worker to drive, so it sends from an extension page that stays
 * open (open it early with `extensionMessenger`, before the page under test, so that page keeps
 * being the active tab).
 */
const messengers = new WeakMap<GlossBrowser, Promise<TestPage>>();

export function extensionMessenger(browser: GlossBrowser): Promise<TestPage> {
  let page = messengers.get(browser);
  if (!page) {
    page = browser.openExtensionPage('options.html');
    messengers.set(browser, page);
  }
  return page;
}

interface TabsApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
}

/** Serialised into the worker or the extension page: closes over nothing. */
async function sendToAllTabs(message: unknown): Promise<unknown[]> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (g.browser ?? g.chrome)!;
  const tabs = await api.tabs.query({});
  const answers = await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? Promise.resolve(undefined) : api.tabs.sendMessage(tab.id, message).catch(() => undefined))),
  );
  return answers.filter((a) => a !== undefined);
}

export async function messageTabs(browser: GlossBrowser, message: unknown): Promise<unknown[]> {
  const withWorker = browser as GlossBrowser & { worker?: () => Promise<Worker> };
  if (browser.name === 'chromium' && typeof withWorker.worker === 'function') {
    const worker = await withWorker.worker();
    return worker.evaluate(sendToAllTabs, message);
  }
  const page = await extensionMessenger(browser);
  return page.evaluate(sendToAllTabs, message);
}

interface RuntimeApi {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

async function sendToBackground(message: unknown): Promise<unknown> {
  const g = globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi };
  return (g.browser ?? g.chrome)!.runtime.sendMessage(message);
}

/** Sends a request to the background as an extension page does (e.g. updateSettings, setSiteRule). */
export async function messageBackground(browser: GlossBrowser, message: unknown): Promise<unknown> {
  const page = await extensionMessenger(browser);
  return page.evaluate(sendToBackground, message);
}
