// The popup over a real page in both browsers: "On this page" jumps to a term and opens its card
// there; the site switch turns Gloss off and on for the site, in storage and on the page.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { tabIdOfSite } from '../../scripts/harness/extension-tabs.ts';
import { FIXTURES, describeInBrowsers, startStaticServer, waitForCard, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer({ '/': `${FIXTURES}/demo` });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

const SITE = '127.0.0.1';

/** Ranges Gloss has registered in the page's highlight registry (page scripts can read it). */
const markedRanges = (page: TestPage) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('gloss') && name !== 'gloss-active') n += highlight.size;
    return n;
  });

describeInBrowsers('popup over a page', (ctx) => {
  let article: TestPage;
  let popup: TestPage;

  beforeEach(async () => {
    await ctx.browser.storageClear('sync');
    await ctx.browser.storageClear('local');
  });

  async function open(): Promise<void> {
    article = await ctx.browser.newPage();
    await article.setViewport(1100, 700);
    await article.goto(server.url('/article.html'));
    await article.waitFor(() => {
      for (const [name, h] of CSS.highlights) if (name.startsWith('gloss') && h.size > 0) return true;
      return false;
    }, undefined, 15_000);
    const helper = await ctx.browser.openExtensionPage('popup.html');
    const tabId = await tabIdOfSite(helper, SITE);
    await helper.close();
    popup = await ctx.browser.openPopup(`tab=${tabId}`);
    await popup.setViewport(380, 600);
    await popup.waitFor(() => document.querySelectorAll('.gloss-term').length > 0, undefined, 10_000);
  }

  async function close(): Promise<void> {
    // open() may have failed before it made either page: typed as set, they may not be.
    await (popup as TestPage | undefined)?.close();
    await (article as TestPage | undefined)?.close();
  }

  it('lists the terms on the page with counts and jumps to one, opening its card there', async () => {
    await open();
    try {
      const terms = await popup.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.gloss-term')).map((b) => ({
          id: b.dataset['entryId'],
          count: Number(b.querySelector('.gloss-term__count')?.textContent),
        })),
      );
      expect(terms.length).toBeGreaterThan(3);
      await popup.screenshot('popup-page');
      expect(terms.find((t) => t.id === 'power-of-siberia-2')?.count).toBeGreaterThan(0);
      const last = terms.at(-1)?.id;
      expect(await article.evaluate(() => scrollY)).toBe(0);

      // Keyboard: from the search box down into the list, to the last term, Enter.
      await popup.evaluate(() => document.querySelector<HTMLInputElement>('#gloss-search-input')?.focus());
      for (let i = 0; i < terms.length; i++) await popup.press('ArrowDown');
      expect(await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['entryId'])).toBe(last);
      await popup.press('Enter');

      await waitForCard(article, (c) => c.open && c.entryId === last, `the card of ${last}`);
      expect(await article.evaluate(() => scrollY)).toBeGreaterThan(100);
      // Opened as a tab, the popup stays open after the jump.
      expect(await popup.evaluate(() => document.querySelectorAll('.gloss-term').length)).toBe(terms.length);
      expect(popup.errors()).toEqual([]);
    } finally {
      await close();
    }
  });

  it('switches the site off and on: stored settings and the page follow', async () => {
    await open();
    try {
      const state = () =>
        popup.evaluate(() => {
          const s = document.querySelector('[role="switch"]');
          return { label: s?.textContent ?? '', checked: s?.getAttribute('aria-checked') };
        });
      expect(await state()).toEqual({ label: expect.stringContaining(`Gloss on ${SITE}`), checked: 'true' });
      expect(await markedRanges(article)).toBeGreaterThan(0);

      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
      await popup.waitFor(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'false');
      expect((await ctx.browser.storageGet('sync', 'sites'))['sites']).toEqual({ [SITE]: 'off' });
      await article.waitFor(() => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('gloss')) n += h.size;
        return n === 0;
      }, undefined, 10_000);
      await popup.waitFor(() => document.querySelector('.gloss-on-page') === null);

      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
      await popup.waitFor(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true');
      // Back to the default: the site's own rule is removed, not turned into "on".
      expect((await ctx.browser.storageGet('sync', 'sites'))['sites']).toBeUndefined();
      await article.waitFor(() => {
        for (const [name, h] of CSS.highlights) if (name.startsWith('gloss') && h.size > 0) return true;
        return false;
      }, undefined, 10_000);
      await popup.waitFor(() => document.querySelectorAll('.gloss-term').length > 0, undefined, 10_000);
      expect(popup.errors()).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a sentence instead of a switch on a tab where Gloss cannot run', async () => {
    // Point the popup at an extension page's tab: no content script, and no web URL.
    const other = await ctx.browser.openExtensionPage('options.html');
    try {
      const tabId = await other.evaluate(async () => {
        type Api = { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        return (await (g.browser ?? g.chrome)?.tabs.getCurrent())?.id ?? -1;
      });
      popup = await ctx.browser.openPopup(`tab=${tabId}`);
      await popup.waitFor(() => document.querySelector('.gloss-site--restricted') !== null);
      expect(await popup.evaluate(() => document.querySelector('[role="switch"]'))).toBeNull();
      expect(await popup.evaluate(() => document.querySelector('.gloss-site--restricted')?.textContent)).toContain('Gloss cannot run on this page');
    } finally {
      await (popup as TestPage | undefined)?.close();
      await other.close();
    }
  });
});
