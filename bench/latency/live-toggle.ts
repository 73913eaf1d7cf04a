// How long the site switch takes to reach every open tab of the site: two tabs of 127.0.0.1 and
// one of localhost (the same fixture server, another site to Gloss). The popup's switch is
// clicked; the clock runs from just before the click until both tabs of the site have no mark
// (off), or have marks again (on). The other site's tab must have all its marks after each round.
import type { GlossBrowser, StaticServer, TestPage } from '../../scripts/harness/index.ts';
import { tabIdOfSite } from '../../scripts/harness/extension-tabs.ts';
import { markedRanges, waitForMarks, waitForStableMarks } from '../../scripts/harness/marks.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';

export interface ToggleRound {
  offMs: number;
  onMs: number;
}

/** Polls often: the result is only as fine as this (plus one round trip to each page). */
const POLL_MS = 10;

async function allMarked(pages: TestPage[], marked: boolean): Promise<void> {
  await Promise.all(
    pages.map((p) => waitFor(async () => ((await markedRanges(p)) > 0) === marked, { interval: POLL_MS, what: marked ? 'marks to come back' : 'marks to go' })),
  );
}

export async function measureLiveToggle(browser: GlossBrowser, server: StaticServer, rounds: number): Promise<ToggleRound[]> {
  await browser.storageClear('sync');
  await browser.storageClear('local');
  const other = server.origin.replace('127.0.0.1', 'localhost');
  const pages: TestPage[] = [];
  const open = async (url: string): Promise<TestPage> => {
    const page = await browser.newPage();
    pages.push(page);
    await page.goto(url);
    await waitForMarks(page, 1, PATIENCE_MS);
    return page;
  };
  try {
    const site = [await open(server.url('/article.html')), await open(server.url('/article.html?second-tab'))];
    const otherSite = await open(`${other}/article.html`);
    const otherMarks = await waitForStableMarks(otherSite, 600, PATIENCE_MS);
    const helper = await browser.openExtensionPage('popup.html');
    const tabId = await tabIdOfSite(helper, '127.0.0.1');
    await helper.close();
    const popup = await browser.openPopup(`tab=${tabId}`);
    pages.push(popup);
    const click = (): Promise<unknown> => popup.evaluate(() => document.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
    const out: ToggleRound[] = [];
    for (let round = 0; round < rounds; round++) {
      await popup.waitFor(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true', undefined, PATIENCE_MS);
      for (const p of site) await waitForStableMarks(p, 300, PATIENCE_MS);
      const offAt = Date.now();
      await click();
      await allMarked(site, false);
      const offMs = Date.now() - offAt;
      await popup.waitFor(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'false', undefined, PATIENCE_MS);
      const onAt = Date.now();
      await click();
      await allMarked(site, true);
      const onMs = Date.now() - onAt;
      // The other site's tab must end up as it was (whether it may flicker meanwhile is the e2e test's business).
      await waitFor(async () => (await markedRanges(otherSite)) === otherMarks, { what: `the other site's ${otherMarks} marks` });
      out.push({ offMs, onMs });
    }
    return out;
  } finally {
    for (const p of pages) await p.close().catch(() => {});
    await browser.storageClear('sync');
  }
}
