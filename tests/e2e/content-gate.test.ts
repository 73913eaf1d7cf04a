// Issue 14 in the real browsers: every page gets only the gate (content.js); the scanner
// (content-scan.js) loads only where Gloss runs, the card (content-card.js) only at the first
// hover; and a page script that looks for Gloss (its files, its host element, its globals, the
// resources it loaded) finds nothing.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, FIXTURES, startStaticServer, waitForCard, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { hostPlacement } from '../../scripts/harness/content-probes.ts';
import { waitForStableMarks } from '../../scripts/harness/marks.ts';
import { extensionMessenger, messageBackground, messageTabs } from '../../scripts/harness/tab-messages.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ '/demo': join(FIXTURES, 'demo'), '/non': join(FIXTURES, 'non-articles'), '/pages': join(FIXTURES, 'pages') });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

interface PageState {
  ok: boolean;
  value?: { site: string | null; on: boolean; reason: string; distinct: number; modules: string[] };
}

/** The one open web page's answer to the worker's pageState (polled: the gate answers once it has decided). */
async function pageState(browser: Parameters<typeof messageTabs>[0], check: (s: NonNullable<PageState['value']>) => boolean): Promise<NonNullable<PageState['value']>> {
  return waitFor(
    async () => {
      const answers = (await messageTabs(browser, { type: 'pageState' })) as PageState[];
      const value = answers.length === 1 ? answers[0]?.value : undefined;
      return value && check(value) ? value : null;
    },
    { timeout: PATIENCE_MS, what: 'the page state' },
  );
}

/**
 * Page-world: everything a page script can try to find Gloss with, short of its marks. Names that
 * Gloss's files had, under both browsers' extension schemes and the ids a page could know.
 */
async function probeForGloss(ids: string[]): Promise<{ fetched: string[]; resources: string[]; globals: string[]; selectors: number; added: number }> {
  const files = ['content.js', 'content-scan.js', 'content-card.js', 'content.css', 'manifest.json', 'background.js'];
  const fetched: string[] = [];
  for (const id of ids) {
    for (const scheme of ['chrome-extension', 'moz-extension']) {
      for (const file of files) {
        const url = `${scheme}://${id}/${file}`;
        try {
          const response = await fetch(url);
          if (response.ok) fetched.push(url);
        } catch {
          // Refused, as it must be.
        }
      }
    }
  }
  const resources = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /^(chrome|moz)-extension:/.test(name) || /content-(scan|card)\.js/.test(name));
  const globals = Object.getOwnPropertyNames(window).filter((name) => /gloss/i.test(name));
  const selectors = document.querySelectorAll('[data-gloss-host], gloss-host, [class*="gloss" i], [id*="gloss" i], [data-gloss]').length;
  const added = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length;
  return { fetched, resources, globals, selectors, added };
}

describeInBrowsers('the gate and the lazy parts', (ctx) => {
  let page: TestPage;
  /** The ids a page could know: the extension's own (the test's; a page cannot learn Firefox's per-install UUID). */
  let ids: string[];
  /**
   * Firefox serves web-accessible files to a page that knows the extension's UUID, which is random
   * per install and never shown to the page; the test's fixed UUID stands in for a lucky guess, so
   * there the two modules are left out. Gloss's other files stay unreachable, and Chrome refuses
   * them all (use_dynamic_url: the static id serves nothing).
   */
  const reachable = (urls: string[]) => (ctx.browser.name === 'firefox' ? urls.filter((url) => !/content-(scan|card)\.js$/.test(url)) : urls);
  /** Gloss's own errors (the probe's refused fetches are logged too, as they should be). */
  const glossErrors = (p: TestPage) => p.errors().filter((e) => e.includes('[Gloss]'));

  beforeAll(async () => {
    await extensionMessenger(ctx.browser);
    await messageBackground(ctx.browser, { type: 'resetSettings' });
    ids = [ctx.browser.extensionOrigin.replace(/^[a-z-]+:\/\//, '')];
    page = await ctx.browser.newPage();
    await page.setViewport(1280, 900);
  });

  afterAll(async () => {
    // No page when the browser did not launch.
    await (page as TestPage | undefined)?.close();
  });

  it('a page Gloss leaves alone runs the gate only: nothing loaded, nothing added, nothing to find', async () => {
    // The worker rewrites the page cache after the reset; a page that came before it would decide
    // by the settings an earlier test left behind.
    await waitFor(
      async () => {
        const local = await ctx.browser.storageGet('local', ['gloss.view', 'gloss.ruleKeys']);
        const view = local['gloss.view'] as { siteMode?: string; enabled?: boolean } | undefined;
        return view?.siteMode === 'articles' && view.enabled === true && JSON.stringify(local['gloss.ruleKeys']) === '[]';
      },
      { what: 'the page cache after the reset' },
    );
    await page.goto(server.url('/non/shop-listing.html'));
    const state = await pageState(ctx.browser, (s) => s.reason === 'not-article' && s.site !== null);
    expect(state).toMatchObject({ on: false, distinct: 0, modules: [] });
    const probe = await page.evaluate(probeForGloss, ids);
    expect({ ...probe, fetched: reachable(probe.fetched) }).toEqual({ fetched: [], resources: [], globals: [], selectors: 0, added: 0 });
    expect(glossErrors(page)).toEqual([]);
  });

  it('an article loads the scanner; the card loads at the first hover; the page still finds nothing', async () => {
    await page.goto(server.url('/demo/article.html'));
    await waitForStableMarks(page, 600, PATIENCE_MS);
    const before = await pageState(ctx.browser, (s) => s.on);
    expect(before).toMatchObject({ reason: 'article', modules: ['scan'] });
    expect(before.distinct).toBeGreaterThan(0);
    // No host before the first card.
    expect(await page.evaluate(hostPlacement)).toEqual({ count: 0, outsideBody: true, attributes: 0 });

    await page.mouseMove(5, 5);
    await page.hoverText('Power of Siberia', { at: 0.3 });
    await waitForCard(page, (c) => c.open && c.title === 'Power of Siberia 2', 'the card');
    expect(await pageState(ctx.browser, (s) => s.modules.includes('card'))).toMatchObject({ modules: ['scan', 'card'] });

    // The host is there now, anonymous: no attribute, class or id a page could select it by.
    expect(await page.evaluate(hostPlacement)).toEqual({ count: 1, outsideBody: true, attributes: 0 });
    const probe = await page.evaluate(probeForGloss, ids);
    expect({ ...probe, fetched: reachable(probe.fetched) }).toEqual({ fetched: [], resources: [], globals: [], selectors: 0, added: 1 });
    expect(glossErrors(page)).toEqual([]);
  });

  it("a publisher's opt-out keeps the scanner out until the reader turns the site on", async () => {
    await page.goto(server.url('/pages/opted-out.html'));
    const state = await pageState(ctx.browser, (s) => s.reason === 'publisher-off');
    expect(state.modules).toEqual([]);
    expect(await page.evaluate(hostPlacement)).toMatchObject({ count: 0 });
    await messageBackground(ctx.browser, { type: 'setSiteRule', site: state.site, rule: 'on' });
    expect(await pageState(ctx.browser, (s) => s.on)).toMatchObject({ reason: 'site-on', modules: ['scan'] });
    await messageBackground(ctx.browser, { type: 'resetSettings' });
  });
});
