import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/harness/browsers.ts';

export interface BenchBrowser {
  browser: Browser;
  context: BrowserContext;
  version: string;
  /** Requests to anything but 127.0.0.1 that were aborted. */
  blocked: number;
  close(): Promise<void>;
}

/** Headless Debian Chromium with the network closed: only 127.0.0.1 is reachable. */
export async function launchBrowser(): Promise<BenchBrowser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const state: BenchBrowser = {
    browser,
    context,
    version: browser.version(),
    blocked: 0,
    close: async () => {
      await context.close().catch(() => undefined);
      await browser.close();
    },
  };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1') return route.continue();
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    state.blocked++;
    return route.abort();
  });
  return state;
}

/** Opens a page and waits for its load event (its own scripts run; external ones are aborted). */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(async () => {
    // A page whose load event never comes (a hung subresource) is still measurable once parsed.
    await page.waitForLoadState('domcontentloaded', { timeout: 10_000 });
  });
  return page;
}
