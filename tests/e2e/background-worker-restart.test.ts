// MV3 stops idle service workers. Gloss keeps nothing that matters only in the worker's memory, so
// after the worker is stopped, hover cards, the popup and the site switch must all still work.
// Chromium only: Firefox runs the background as an event page, and has no CDP to stop it with.
import type { CDPSession } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { ChromiumGloss } from '../../scripts/harness/chromium.ts';
import { tabIdOfSite } from '../../scripts/harness/extension-tabs.ts';
import { FIXTURES, describeInBrowsers, startStaticServer, waitForCard, type StaticServer } from '../../scripts/harness/index.ts';
import { waitForMarks } from '../../scripts/harness/marks.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer({ '/': `${FIXTURES}/demo` });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops every service worker of the profile through CDP and waits until Gloss's was seen stopped.
 * `stopped` counts the stop events: a content script's report can wake the worker again within
 * milliseconds, so its current state alone may already read "running" again.
 */
async function stopWorker(cdp: CDPSession, stopped: { count: number }, status: Map<string, string>): Promise<void> {
  const before = stopped.count;
  let nextTry = 0;
  try {
    await waitFor(async () => {
      if (stopped.count !== before) return true;
      // Ask again now and then: a stop can race with a wake-up.
      if (Date.now() >= nextTry) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        nextTry = Date.now() + 1_000;
      }
      return false;
    }, { interval: 50, what: 'the worker to stop' });
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; worker states: ${JSON.stringify([...status])}`);
  }
}

describeInBrowsers(
  'service worker restart',
  (ctx) => {
    it('hover cards, the popup and the site switch work after the worker was stopped', async () => {
      const browser = ctx.browser as ChromiumGloss;
      const article = await browser.newPage();
      await article.setViewport(1100, 800);
      await article.goto(server.url('/article.html'));
      await waitForMarks(article, 1, PATIENCE_MS);

      const cdpPage = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(cdpPage);
      const status = new Map<string, string>();
      const stopped = { count: 0 };
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
        for (const v of e.versions) {
          if (v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped' && status.get(v.scriptURL) !== 'stopped') stopped.count++;
          status.set(v.scriptURL, v.runningStatus);
        }
      });
      await cdp.send('ServiceWorker.enable');
      const background = () => [...status].find(([url]) => url.endsWith('/background.js'))?.[1];

      try {
        // 1. A hover card needs its entry from the background: the message wakes the worker.
        await stopWorker(cdp, stopped, status);
        await article.hoverText('Power of Siberia', { at: 0.3 });
        await waitForCard(article, (c) => c.open && c.entryId === 'power-of-siberia-2', 'the card of Power of Siberia 2');
        expect(background()).toBe('running');
        await article.mouseMove(5, 5);

        // 2. The popup: search, and the site's state, from a stopped worker.
        await stopWorker(cdp, stopped, status);
        const helper = await browser.openExtensionPage('popup.html');
        const tabId = await tabIdOfSite(helper, '127.0.0.1');
        await helper.close();
        const popup = await browser.openPopup(`tab=${tabId}&q=kraft`);
        await popup.waitFor(() => document.body.textContent.includes('Power of Siberia 2'), undefined, PATIENCE_MS);
        await popup.waitFor(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true', undefined, PATIENCE_MS);

        // 3. The site switch writes settings through a worker that was stopped again.
        await stopWorker(cdp, stopped, status);
        await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
        await waitForMarks(article, 0, PATIENCE_MS);
        const stored = await popup.evaluate(async () => {
          type Api = { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
          return (await (globalThis as unknown as { chrome: Api }).chrome.storage.sync.get('sites'))['sites'];
        });
        expect(stored).toEqual({ '127.0.0.1': 'off' });
        expect(article.errors()).toEqual([]);
        expect(popup.errors()).toEqual([]);
        await popup.close();
      } finally {
        await cdp.detach().catch(() => {});
        await cdpPage.close();
        await article.close();
      }
    });
  },
  ['chromium'],
);
