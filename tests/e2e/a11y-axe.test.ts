// axe-core on the popup, the options page and the hover card, in light and in dark mode, in
// both browsers: no serious or critical violation anywhere.
import { beforeAll, expect, it } from 'vitest';
import { blocking, runAxe, type AxeFinding } from '../../scripts/harness/axe.ts';
import { tabIdOfSite } from '../../scripts/harness/extension-tabs.ts';
import { FIXTURES, askProbe, cardClosed, cardOpen, describeInBrowsers, startStaticServer, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { setColorScheme } from '../../scripts/harness/color-scheme.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer({ '/': `${FIXTURES}/demo` });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

// Dark first, so each test leaves the browser in light mode (in Firefox the scheme is browser-wide).
const SCHEMES = ['dark', 'light'] as const;

function report(where: string, findings: AxeFinding[]): string[] {
  if (findings.length > 0) console.log(`axe ${where}: ${findings.map((f) => `${f.id} (${f.impact})`).join(', ')}`);
  return blocking(findings).map((f) => `${f.id} (${f.impact}): ${f.help} at ${f.targets.join(' ')}`);
}

describeInBrowsers('accessibility (axe-core)', (ctx) => {
  it('the popup over a page, with results, and with a card open', async () => {
    const article = await ctx.browser.newPage();
    await article.goto(server.url('/article.html'));
    const helper = await ctx.browser.openExtensionPage('popup.html');
    const tabId = await tabIdOfSite(helper, '127.0.0.1');
    await helper.close();
    const popup = await ctx.browser.openPopup(`tab=${tabId}`);
    try {
      await popup.setViewport(380, 600);
      await popup.waitFor(() => document.querySelectorAll('.gloss-term').length > 0, undefined, 10_000);
      for (const scheme of SCHEMES) {
        await setColorScheme(ctx.browser, popup, scheme);
        expect(report(`popup ${scheme}`, await runAxe(popup))).toEqual([]);
      }
      await popup.evaluate(() => document.querySelector<HTMLInputElement>('#gloss-search-input')?.focus());
      await popup.type('сила');
      await popup.waitFor(() => document.querySelectorAll('[role="option"]').length > 0);
      for (const scheme of SCHEMES) {
        await setColorScheme(ctx.browser, popup, scheme);
        expect(report(`popup results ${scheme}`, await runAxe(popup))).toEqual([]);
      }
      await popup.press('Enter');
      await popup.waitFor(() => document.querySelector('.gloss-card') !== null);
      for (const scheme of SCHEMES) {
        await setColorScheme(ctx.browser, popup, scheme);
        expect(report(`popup card ${scheme}`, await runAxe(popup))).toEqual([]);
      }
    } finally {
      await popup.close();
      await article.close();
    }
  });

  it('the options page, with a site listed and the reset question open', async () => {
    await ctx.browser.storageSet('sync', { version: 1, sites: { 'stern.de': 'on' }, muted: ['gazprom'] });
    const page = await ctx.browser.openExtensionPage('options.html');
    try {
      await page.setViewport(1000, 900);
      await page.waitFor(() => document.querySelector('[data-site="stern.de"]') !== null, undefined, 10_000);
      for (const scheme of SCHEMES) {
        await setColorScheme(ctx.browser, page, scheme);
        expect(report(`options ${scheme}`, await runAxe(page))).toEqual([]);
      }
      await page.evaluate(() => Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Reset to defaults…')?.click());
      await page.waitFor(() => document.querySelector('.gloss-confirm') !== null);
      for (const scheme of SCHEMES) {
        await setColorScheme(ctx.browser, page, scheme);
        expect(report(`options reset ${scheme}`, await runAxe(page))).toEqual([]);
      }
    } finally {
      await page.close();
      await ctx.browser.storageClear('sync');
    }
  });

  it('the hover card on a page', async () => {
    const article: TestPage = await ctx.browser.newPage();
    try {
      await article.setViewport(1100, 800);
      await article.goto(server.url('/article.html'));
      await article.waitFor(() => {
        for (const [name, h] of CSS.highlights) if (name.startsWith('gloss') && h.size > 0) return true;
        return false;
      }, undefined, 15_000);
      for (const scheme of SCHEMES) {
        await setColorScheme(ctx.browser, article, scheme);
        await article.mouseMove(5, 5);
        await cardClosed(article);
        await article.hoverText('Masoud Pezeshkian');
        await cardOpen(article);
        // The card's shadow root is closed: the test probe runs axe inside it.
        const axe = await askProbe(article, 'axe');
        expect(axe.ran).toBe(true);
        expect(report(`hover card ${scheme}`, axe.violations)).toEqual([]);
      }
    } finally {
      await article.close();
    }
  });
});
