// Per-site switching applies live: two tabs of one site and a tab of another; switching the site
// off from the popup clears both of its tabs within a second and leaves the other site alone; the
// choice survives a reload; switching back on restores the marks.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tabIdOfSite } from '../../scripts/harness/extension-tabs.ts';
import { FIXTURES, describeInBrowsers, startStaticServer, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { markedRanges, waitForMarks, waitForStableMarks } from '../../scripts/harness/marks.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer({ '/': `${FIXTURES}/demo` });
});
afterAll(async () => {
  await server?.close();
});

describeInBrowsers('live per-site toggle', (ctx) => {
  it('switching a site off clears all its tabs within 1 s, keeps it off after a reload, and back on', async () => {
    const { browser } = ctx;
    await browser.storageClear('sync');
    await browser.storageClear('local');
    // 127.0.0.1 and localhost reach the same fixture server but are two sites to Gloss.
    const other = server.origin.replace('127.0.0.1', 'localhost');
    const pages: TestPage[] = [];
    const open = async (url: string) => {
      const page = await browser.newPage();
      pages.push(page);
      await page.goto(url);
      await waitForMarks(page);
      return page;
    };
    try {
      const siteA1 = await open(server.url('/article.html'));
      const siteA2 = await open(server.url('/article.html?second-tab'));
      const siteB = await open(`${other}/article.html`);
      const marksB = await waitForStableMarks(siteB);

      const helper = await browser.openExtensionPage('popup.html');
      const tabId = await tabIdOfSite(helper, '127.0.0.1');
      await helper.close();
      const popup = await browser.openPopup(`tab=${tabId}`);
      pages.push(popup);
      await popup.waitFor(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true', undefined, 10_000);

      const switchedAt = Date.now();
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
      await Promise.all([siteA1, siteA2].map((p) => waitForMarks(p, 0, 2_000)));
      const elapsed = Date.now() - switchedAt;
      expect(elapsed, `both tabs of the site cleared after ${elapsed} ms`).toBeLessThanOrEqual(1_000);
      expect(await markedRanges(siteB)).toBe(marksB);

      // A reload keeps the choice: the content script decides again from stored settings.
      await siteA1.goto(server.url('/article.html'));
      const stillOff = await siteA1.waitFor(
        () => {
          // The card host and highlights never appear on a page Gloss is off for.
          for (const [name, h] of CSS.highlights) if (name.startsWith('gloss') && h.size > 0) return 'marked';
          return document.readyState === 'complete' ? 'clear' : null;
        },
        undefined,
        5_000,
      );
      expect(stillOff).toBe('clear');
      // Give the content script time to have decided, then look again.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await markedRanges(siteA1)).toBe(0);
      expect((await browser.storageGet('sync', 'sites'))['sites']).toEqual({ '127.0.0.1': 'off' });

      const onAt = Date.now();
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
      await Promise.all([siteA1, siteA2].map((p) => waitForMarks(p, 1, 5_000)));
      const back = Date.now() - onAt;
      expect(back, `marks back after ${back} ms`).toBeLessThanOrEqual(1_000);
      console.log(`live toggle: off in ${elapsed} ms, back on in ${back} ms (two tabs of the site)`);
      expect(await markedRanges(siteB)).toBe(marksB);
      expect(browser.externalRequests()).toEqual([]);
    } finally {
      for (const p of pages) await p.close().catch(() => {});
    }
  });
});
