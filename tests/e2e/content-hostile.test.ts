// Hostile pages: Gloss keeps working and the page keeps running. Each page is a fixture in
// tests/fixtures/pages/hostile-*.html. The longest main-thread gap on these pages, with Gloss on
// against Gloss off, is measured by `npm run bench -- latency`; the tests here only make sure the
// page never freezes for seconds, which no busy machine explains.
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { cardOpen, describeInBrowsers, FIXTURES, startStaticServer, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { markedCount, readHeartbeat, startHeartbeat } from '../../scripts/harness/content-probes.ts';
import { locateText } from '../../scripts/harness/page-scripts.ts';
import { extensionMessenger } from '../../scripts/harness/tab-messages.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ '/pages': join(FIXTURES, 'pages') });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

/**
 * A sanity bound on the page's longest main-thread gap, not a budget: the bench measures 20–330 ms
 * (Chromium–Firefox, the 1 MB page's layout included); a page that stops for 5 s is broken.
 */
const FROZEN_MS = 5_000;
/** Heartbeat ticks (5 ms timers) to watch after the marks are in: a second or more of page time. */
const WATCH_TICKS = 200;

async function load(page: TestPage, name: string): Promise<void> {
  await page.setViewport(1280, 900);
  await page.goto(server.url(`/pages/${name}`));
  await page.evaluate(startHeartbeat);
  await page.waitFor(markedCount, undefined, PATIENCE_MS);
}

/** Waits until the page's heartbeat has ticked `ticks` more times, and returns what it saw. */
async function watchHeartbeat(page: TestPage, ticks: number): Promise<{ max: number; ticks: number }> {
  const from = (await page.evaluate(readHeartbeat)).ticks;
  return waitFor(async () => {
    const beat = await page.evaluate(readHeartbeat);
    return beat.ticks >= from + ticks ? beat : null;
  }, { what: `${ticks} heartbeat ticks` });
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
  // The card's own signal, with time to spare: under load Firefox takes seconds on the ticker page.
  return (await cardOpen(page)).title;
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

  it('* { all: unset !important } changes neither the marks nor the card', async () => {
    await load(page, 'hostile-unset.html');
    expect(await page.evaluate(markedCount)).toBe(2);
    expect(await hoverCard(page, 'Power of Siberia')).toBe('Power of Siberia 2');
    const card = await cardOpen(page);
    expect({ ...card.look, background: card.background }).toEqual({ host: 'fixed', width: '360px', background: 'rgb(255, 255, 255)', radius: '12px' });
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
    // The probe reads the card from an extension's world, where the page's overrides do not reach.
    expect((await cardOpen(page)).title).toBe('Power of Siberia 2');
    expect(glossErrors(page)).toEqual([]);
  });

  it('a single megabyte-long text node: marked, and the page keeps running', async () => {
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
    }, undefined, PATIENCE_MS);
    // The page's own timers keep firing while Gloss reads the rest of the node.
    const beat = await watchHeartbeat(page, WATCH_TICKS);
    expect(beat.max).toBeLessThan(FROZEN_MS);
    expect(await hoverCard(page, 'Power of Siberia')).toBe('Power of Siberia 2');
    expect(glossErrors(page)).toEqual([]);
  });

  it('a ticker with 10,000 mutations a second: marks stay, the page keeps running, the card still opens', async () => {
    await load(page, 'hostile-ticker.html');
    const mutations = () => page.evaluate(() => (window as unknown as { __mutations(): number }).__mutations());
    // The page really is hostile: thousands of changes go by while Gloss watches.
    const before = await mutations();
    await waitFor(async () => (await mutations()) >= before + 8_000, { what: '8,000 more page mutations' });
    const beat = await watchHeartbeat(page, WATCH_TICKS);
    expect(beat.max).toBeLessThan(FROZEN_MS);
    expect(await page.evaluate(markedCount)).toBeGreaterThanOrEqual(2);
    // The term to hover is marked (said apart from the card: a term that was never marked cannot open one).
    await page.waitFor(() => {
      let found = false;
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('gloss')) return;
        for (const r of h) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString().replace(/\s+/g, ' ') === 'Power of Siberia 2') found = true;
        }
      });
      return found;
    }, undefined, PATIENCE_MS);
    expect(await hoverCard(page, 'Power of Siberia')).toBe('Power of Siberia 2');
    expect(glossErrors(page)).toEqual([]);
  });
});
