// Stopping Chromium's extension service worker the way MV3 does when it is idle, through CDP (as
// background-worker-restart.test.ts does), so a test can show that nothing lived only in its memory.
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumGloss } from '../../../scripts/harness/chromium.ts';
import { waitFor } from '../../../scripts/harness/wait.ts';

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

export interface WorkerStopper {
  /** Stops every service worker of the profile and waits until Gloss's was seen stopped. */
  stop(): Promise<void>;
  /** Gloss's worker as CDP last reported it. */
  state(): string | undefined;
  detach(): Promise<void>;
}

export async function workerStopper(browser: ChromiumGloss): Promise<WorkerStopper> {
  const cdpPage: Page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(cdpPage);
  const status = new Map<string, string>();
  // Stop events are counted: a content script's message can wake the worker again within
  // milliseconds, so its current state alone may already read "running" again.
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
    for (const v of e.versions) {
      if (v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped' && status.get(v.scriptURL) !== 'stopped') stops++;
      status.set(v.scriptURL, v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      const before = stops;
      let nextTry = 0;
      try {
        await waitFor(
          async () => {
            if (stops !== before) return true;
            // Ask again now and then: a stop can race with a wake-up.
            if (Date.now() >= nextTry) {
              await cdp.send('ServiceWorker.stopAllWorkers');
              nextTry = Date.now() + 1_000;
            }
            return false;
          },
          { interval: 50, what: 'the worker to stop' },
        );
      } catch (e) {
        throw new Error(`${e instanceof Error ? e.message : String(e)}; worker states: ${JSON.stringify([...status])}`);
      }
    },
    state: () => [...status].find(([url]) => url.endsWith('/background.js'))?.[1],
    async detach() {
      await cdp.detach().catch(() => {});
      await cdpPage.close().catch(() => {});
    },
  };
}
