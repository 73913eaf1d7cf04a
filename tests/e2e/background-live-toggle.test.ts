// Per-site switching applies live: two tabs of one site and a tab of another; switching the site
// off from the popup clears both of its tabs, without a reload, and leaves the other site alone;
// the choice survives a reload; switching back on restores the marks. How fast that happens is
// measured by `npm run bench -- latency` (target: within a second), not here.
import { beforeAll, expect, it } from 'vitest';
import { tabIdOfSite } from '../../scripts/harness/extension-tabs.ts';
import { FIXTURES, describeInBrowsers, startStaticServer, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { markedRanges, waitForMarks, waitForStableMarks } from '../../scripts/harness/marks.ts';
import { extensionMessenger, messageTabs } from '../../scripts/harness/tab-messages.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer({ '/': `${FIXTURES}/demo` });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

interface PageAnswer {
  ok: boolean;
  value?: { site: string | null; on: boolean; reason: string };
}

/** How many tabs of `site` answer that their content script has decided Gloss is off there. */
async function tabsDecidedOff(browser: Parameters<typeof messageTabs>[0], site: string): Promise<number> {
  const answers = (await messageTabs(browser, { type: 'listTerms' })) as PageAnswer[];
  return answers.filter((a) => a.ok && a.value?.site === site && !a.value.on && a.value.reason === 'site-off').length;
}

describeInBrowsers('live per-site toggle', (ctx) => {
  it('switching a site off clears all its tabs, keeps it off after a reload, and back on', async () => {
    const { browser } = ctx;
    await browser.storageClear('sync');
    await browser.storageClear('local');
    // Firefox sends tab messages from an extension page: open it before the pages under test.
    await extensionMessenger(browser);
    // 127.0.0.1 and localhost reach the same fixture server but are two sites to Gloss.
    const other = server.origin.replace('127.0.0.1', 'localhost');
    const pages: TestPage[] = [];
    const open = async (url: string) => {
      const page = await browser.newPage();
      pages.push(page);
      await page.goto(url);
      await waitForMarks(page, 1, PATIENCE_MS);
      return page;
    };
    try {
      const siteA1 = await open(server.url('/article.html'));
      const siteA2 = await open(server.url('/article.html?second-tab'));
      const siteB = await open(`${other}/article.html`);
      const marksB = await waitForStableMarks(siteB, 600, PATIENCE_MS);

      const helper = await browser.openExtensionPage('popup.html');
      const tabId = await tabIdOfSite(helper, '127.0.0.1');
      await helper.close();
      const popup = await browser.openPopup(`tab=${tabId}`);
      pages.push(popup);
      await popup.waitFor(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true', undefined, PATIENCE_MS);

      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
      // Both tabs of the site clear without a reload; the other site keeps every mark.
      await Promise.all([siteA1, siteA2].map((p) => waitForMarks(p, 0, PATIENCE_MS)));
      expect(await markedRanges(siteB)).toBe(marksB);

      // A reload keeps the choice: the content script decides again from stored settings.
      await siteA1.goto(server.url('/article.html'));
      // Both tabs' content scripts (the reloaded one included) say they have decided: off here.
      await waitFor(async () => (await tabsDecidedOff(browser, '127.0.0.1')) === 2, { what: 'both tabs of 127.0.0.1 to report "site-off"' });
      // The card host and highlights never appear on a page Gloss is off for.
      expect(await markedRanges(siteA1)).toBe(0);
      expect(await siteA1.evaluate(() => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length)).toBe(0);
      expect((await browser.storageGet('sync', 'sites'))['sites']).toEqual({ '127.0.0.1': 'off' });

      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
      await Promise.all([siteA1, siteA2].map((p) => waitForMarks(p, 1, PATIENCE_MS)));
      expect(await markedRanges(siteB)).toBe(marksB);
      expect(browser.externalRequests()).toEqual([]);
    } finally {
      for (const p of pages) await p.close().catch(() => {});
    }
  });
});
