// Hostile pages: Gloss keeps working and the page stays responsive. Each page is a fixture in
// tests/fixtures/pages/hostile-*.html.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, FIXTURES, startStaticServer, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { cardState, markedCount, readHeartbeat, startHeartbeat } from '../../scripts/harness/content-probes.ts';
import { locateText } from '../../scripts/harness/page-scripts.ts';
import { extensionMessenger, messageBackground } from '../../scripts/harness/tab-messages.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ '/pages': join(FIXTURES, 'pages') });
});

afterAll(async () => {
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Longest the page's main thread may be blocked while Gloss works on it. */
const STALL_MS = 100;

const cardOpen = () => {
  const root = document.querySelector('[data-gloss-host]')?.shadowRoot;
  const float = root?.querySelector<HTMLElement>('.gloss-float');
  return !!root?.querySelector('[role="dialog"]') && !!float && !float.hidden;
};

async function load(page: TestPage, name: string): Promise<void> {
  await page.setViewport(1280, 900);
  await page.goto(server.url(`/pages/${name}`));
  await page.evaluate(startHeartbeat);
  await page.waitFor(markedCount, undefined, 15_000);
}

/**
 * Rests the pointer on `text` (near the top of these pages) and waits for its card; returns the
 * card's title. Not hoverText: it centres the text's parent, and the parent here may be a
 * paragraph 80,000 px tall.
 */
async function hoverCard(page: TestPage, text: string): Promise<string | null> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouseMove(5, 5);
  const point = await page.evaluate(locateText, { text, at: 0.3, scroll: false });
  expect(point).not.toBeNull();
  await page.mouseMove(point!.x, point!.y, 3);
  await page.waitFor(cardOpen, undefined, 5_000);
  return (await page.evaluate(cardState)).title;
}

function glossErrors(page: TestPage): string[] {
  return page.errors().filter((e) => /\[Gloss\]|extension:\/\//.test(e));
}

describeInBrowsers('content script on hostile pages', (ctx) => {
  let page: TestPage;

  beforeAll(async () => {
    await extensionMessenger(ctx.browser);
    page = await ctx.browser.newPage();
  });

  /**
   * The longest main-thread gap on the page with Gloss off here: what the page and the browser
   * cost on their own (Firefox lays out a megabyte paragraph in pieces of 100 ms and more).
   */
  async function baselineGap(name: string, settleMs: number): Promise<number> {
    await messageBackground(ctx.browser, { type: 'setSiteRule', site: '127.0.0.1', rule: 'off' });
    const bare = await ctx.browser.newPage();
    await bare.setViewport(1280, 900);
    await bare.goto(server.url(`/pages/${name}`));
    await bare.evaluate(startHeartbeat);
    await sleep(settleMs);
    const beat = await bare.evaluate(readHeartbeat);
    expect(await bare.evaluate(markedCount)).toBe(0);
    await bare.close();
    await messageBackground(ctx.browser, { type: 'setSiteRule', site: '127.0.0.1', rule: null });
    return beat.max;
  }

  it('* { all: unset !important } changes neither the marks nor the card', async () => {
    await load(page, 'hostile-unset.html');
    expect(await page.evaluate(markedCount)).toBe(2);
    expect(await hoverCard(page, 'Power of Siberia')).toBe('Power of Siberia 2');
    const look = await page.evaluate(() => {
      const host = document.querySelector('[data-gloss-host]')!;
      const dialog = host.shadowRoot!.querySelector('[role="dialog"]')!;
      const d = getComputedStyle(dialog);
      return { host: getComputedStyle(host).position, width: d.width, background: d.backgroundColor, radius: d.borderTopLeftRadius };
    });
    expect(look).toEqual({ host: 'fixed', width: '360px', background: 'rgb(255, 255, 255)', radius: '12px' });
    await page.screenshot('hostile-unset');
    expect(glossErrors(page)).toEqual([]);
  });

  it('main-world overrides of Node and Element methods do not reach Gloss', async () => {
    await load(page, 'hostile-prototypes.html');
    expect(await page.evaluate(() => (window as unknown as { __sabotaged?: boolean }).__sabotaged)).toBe(true);
    expect(await page.evaluate(markedCount)).toBe(2);
    // The page's own methods are broken, so the probes use the copies the fixture kept.
    const point = await page.evaluate(() => {
      const p = (window as unknown as { __pristine: { createTreeWalker: Document['createTreeWalker']; createRange: Document['createRange'] } }).__pristine;
      const walker = p.createTreeWalker.call(document, document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf('Power of Siberia');
        if (i < 0) continue;
        const range = p.createRange.call(document);
        range.setStart(n, i);
        range.setEnd(n, i + 5);
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouseMove(point!.x, point!.y, 3);
    const title = await page.waitFor(
      () => {
        const p = (window as unknown as { __pristine: { getAttribute: Element['getAttribute']; textContent: () => string } }).__pristine;
        const root = document.querySelector('[data-gloss-host]')?.shadowRoot;
        const dialog = root?.querySelector('[role="dialog"]');
        const id = dialog ? p.getAttribute.call(dialog, 'aria-labelledby') : null;
        const heading = id ? root!.getElementById(id) : null;
        return heading ? p.textContent.call(heading) : null;
      },
      undefined,
      5_000,
    );
    expect(title).toBe('Power of Siberia 2');
    expect(glossErrors(page)).toEqual([]);
  });

  it('a single megabyte-long text node: marked in slices, the page stays responsive', async () => {
    const baseline = await baselineGap('hostile-huge.html', 2_500);
    await load(page, 'hostile-huge.html');
    expect(await page.evaluate(() => document.getElementById('huge')!.childNodes.length)).toBe(1);
    expect(await page.evaluate(() => document.getElementById('huge')!.firstChild!.nodeValue!.length)).toBeGreaterThan(1_000_000);
    // First mentions only: Power of Siberia 2, Nord Stream, SWIFT.
    await page.waitFor(() => {
      let n = 0;
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('gloss')) n += h.size;
      });
      return n === 3;
    }, undefined, 15_000);
    await sleep(1_500);
    const beat = await page.evaluate(readHeartbeat);
    console.log(`[${ctx.name}] 1 MB text node: longest main-thread gap ${beat.max.toFixed(0)} ms (${baseline.toFixed(0)} ms with Gloss off)`);
    expect(beat.ticks).toBeGreaterThan(50);
    expect(beat.max).toBeLessThan(Math.max(STALL_MS, baseline + 50));
    expect(await hoverCard(page, 'Power of Siberia')).toBe('Power of Siberia 2');
    expect(glossErrors(page)).toEqual([]);
  });

  it('a ticker with 10,000 mutations a second: marks stay, the page stays responsive, the card still opens', async () => {
    const baseline = await baselineGap('hostile-ticker.html', 2_000);
    await load(page, 'hostile-ticker.html');
    const before = await page.evaluate(() => (window as unknown as { __mutations(): number }).__mutations());
    await sleep(2_000);
    const after = await page.evaluate(() => (window as unknown as { __mutations(): number }).__mutations());
    const perSecond = (after - before) / 2;
    console.log(`[${ctx.name}] ticker: ${Math.round(perSecond)} mutations/s`);
    expect(perSecond).toBeGreaterThan(4_000);
    const beat = await page.evaluate(readHeartbeat);
    console.log(`[${ctx.name}] ticker: longest main-thread gap ${beat.max.toFixed(0)} ms (${baseline.toFixed(0)} ms with Gloss off)`);
    expect(beat.max).toBeLessThan(Math.max(STALL_MS, baseline + 50));
    expect(await page.evaluate(markedCount)).toBeGreaterThanOrEqual(2);
    expect(await hoverCard(page, 'Power of Siberia')).toBe('Power of Siberia 2');
    expect(glossErrors(page)).toEqual([]);
  });
});
