// The card in real browsers: hover intent, pinning, Esc, the keyboard command's path, screenshots on
// a light and a dark page, the page text left alone, and not one network request.
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { cardClosed, cardOpen, describeInBrowsers, FIXTURES, probeCard, startStaticServer, waitForCard, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { glossHighlights, hostPlacement } from '../../scripts/harness/content-probes.ts';
import { locateText } from '../../scripts/harness/page-scripts.ts';
import { waitForStableMarks } from '../../scripts/harness/marks.ts';
import { extensionMessenger, messageTabs } from '../../scripts/harness/tab-messages.ts';
import { PATIENCE_MS } from '../../scripts/harness/wait.ts';
import { pageTimeAfterLastMove, readCardTimeline, startCardTimeline } from './support/card-timeline.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ '/demo': join(FIXTURES, 'demo'), '/pages': join(FIXTURES, 'pages') });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

/** Gloss's hover intent: open after the pointer rests this long, close this long after it leaves. */
const HOVER_DELAY_MS = 300;
const HIDE_DELAY_MS = 300;
/** Timers are never early, but the page's clock and event times are rounded (Firefox: to 1 ms). */
const CLOCK_SLACK_MS = 20;

/** The card is placed (floating-ui sets its transform) and its entrance animation has finished. */
const cardAtRest = (page: TestPage) => waitForCard(page, (c) => c.atRest, 'the card to come to rest');

/**
 * The harness's Firefox page cannot emulate the colour scheme (puppeteer's emulateMediaFeatures
 * needs CDP, which Firefox over BiDi lacks); headless Firefox reports "light" already.
 */
async function scheme(page: TestPage, value: 'light' | 'dark'): Promise<boolean> {
  if (page.browser !== 'chromium') return false;
  await page.emulateColorScheme(value);
  return true;
}

async function openArticle(page: TestPage, path = '/demo/article.html'): Promise<void> {
  await page.setViewport(1280, 900);
  await page.goto(server.url(path));
  // The walk goes viewport first, then idle slices: wait until the marks hold still.
  await waitForStableMarks(page, 600, PATIENCE_MS);
}

/** The static page's body text as the server sent it, parsed without any script or extension. */
function originalBodyText(): Promise<string> {
  return fetch(location.href)
    .then((r) => r.text())
    .then((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent);
}

describeInBrowsers('content script: marks and cards', (ctx) => {
  let page: TestPage;

  beforeAll(async () => {
    // Firefox sends tab messages from an extension page; open it first so the article stays the active tab.
    await extensionMessenger(ctx.browser);
    page = await ctx.browser.newPage();
    await scheme(page, 'light');
  });

  it('marks the first mention of each term without changing the page', async () => {
    await openArticle(page);
    const marks = await page.evaluate(glossHighlights);
    expect(Object.keys(marks)).toContain('gloss-underline');
    const underlined = marks['gloss-underline'] ?? [];
    expect(underlined).toContain('Power of Siberia 2');
    expect(underlined.length).toBe(new Set(underlined).size);
    // Navigation and the page footer are not read.
    expect(underlined).not.toContain('Energy');
    expect(await page.evaluate(() => document.body.textContent)).toBe(await page.evaluate(originalBodyText));
    expect(await page.evaluate(hostPlacement)).toEqual({ count: 0, outsideBody: true, attributes: 0 });
  });

  it('opens the card after the pointer rests on a term, and closes it after the pointer leaves', async () => {
    const point = await page.evaluate(locateText, { text: 'Power of Siberia', at: 0.3 });
    expect(point).not.toBeNull();
    await page.mouseMove(5, 5);
    await startCardTimeline(page);
    // One step onto the term: the hover delay starts at that one move.
    await page.mouseMove(point!.x, point!.y, 1);
    await cardOpen(page);
    const rested = await readCardTimeline(page);
    expect(rested.opened).toHaveLength(1);
    // Hover intent: not before the pointer had rested for the delay.
    expect(rested.opened[0]! - rested.lastMove).toBeGreaterThanOrEqual(HOVER_DELAY_MS - CLOCK_SLACK_MS);
    const card = await probeCard(page);
    expect(card).toMatchObject({ open: true, title: 'Power of Siberia 2', entryId: 'power-of-siberia-2', focused: false });
    expect(card.text).toMatch(/50\s*bcm/i);
    expect(card.text).toMatch(/as of/i);
    expect(card.text).toMatch(/Mute this term/);
    expect(card.text).toMatch(/Turn off on this site/);
    expect(card.links.length).toBeGreaterThan(0);
    for (const link of card.links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect((await page.evaluate(glossHighlights))['gloss-active']).toEqual(['Power of Siberia 2']);
    expect(await page.evaluate(hostPlacement)).toEqual({ count: 1, outsideBody: true, attributes: 0 });
    // The page text is still what it was: the host sits outside <body>.
    expect(await page.evaluate(() => document.body.textContent)).toBe(await page.evaluate(originalBodyText));

    // One step away, to empty space: the card lingers for the hide delay, then goes.
    await page.mouseMove(20, 880, 1);
    await cardClosed(page);
    const left = await readCardTimeline(page);
    expect(left.closed).toHaveLength(1);
    expect(left.closed[0]! - left.lastMove).toBeGreaterThanOrEqual(HIDE_DELAY_MS - CLOCK_SLACK_MS);
  });

  it('keeps the card open while the pointer travels into it', async () => {
    const point = await page.hoverText('Power of Siberia', { at: 0.3 });
    const { rect: box } = await cardOpen(page);
    if (!box) throw new Error('the open card has no box');
    await page.mouseMove(point.x, point.y, 1);
    await startCardTimeline(page);
    await page.mouseMove(box.x, box.y, 3);
    // Had the pointer's leaving the term not been cancelled by its entering the card, the hide
    // timer would have fired by now, and the recording would hold the close.
    const after = await pageTimeAfterLastMove(page, 2 * HIDE_DELAY_MS);
    expect(after.closed).toEqual([]);
    expect((await probeCard(page)).open).toBe(true);
    await page.press('Escape');
    await cardClosed(page);
  });

  it('does not open a card for a fast sweep across the text', async () => {
    const a = await page.evaluate(locateText, { text: 'Power of Siberia', scroll: false });
    expect(a).not.toBeNull();
    await startCardTimeline(page);
    await page.mouseMove(10, a!.y, 1);
    await page.mouseMove(1270, a!.y, 12);
    await page.mouseMove(1270, 20, 1);
    // Long enough after the sweep for any hover timer it started to have fired (delay, one
    // recheck and as much again); not one card was shown, not even for a moment.
    const after = await pageTimeAfterLastMove(page, 2 * HOVER_DELAY_MS + 100);
    expect(after.opened).toEqual([]);
    expect((await probeCard(page)).open).toBe(false);
  });

  it('closes on Esc', async () => {
    await page.hoverText('Power of Siberia', { at: 0.3 });
    await cardOpen(page);
    await page.press('Escape');
    await cardClosed(page);
  });

  it('pins the card on a click: it stays when the pointer leaves, and an outside click closes it', async () => {
    const p = await page.evaluate(locateText, { text: 'Gazprom', scroll: false });
    expect(p).not.toBeNull();
    await page.click(p!.x, p!.y);
    await cardOpen(page);
    expect((await probeCard(page)).title).toBe('Gazprom');
    await startCardTimeline(page);
    await page.mouseMove(20, 880, 3);
    // Past the hide delay after the pointer left: a card that was only hovered would be gone.
    const after = await pageTimeAfterLastMove(page, 2 * HIDE_DELAY_MS);
    expect(after.closed).toEqual([]);
    expect((await probeCard(page)).open).toBe(true);
    await page.click(20, 880);
    await cardClosed(page);
  });

  it('the keyboard command path (stepTerm from the extension) opens the next term, focused and announced; Esc gives focus back', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const answers = await messageTabs(ctx.browser, { type: 'stepTerm', direction: 'next' });
    expect(answers).toContainEqual({ ok: true, value: { found: true } });
    const first = await probeCard(page);
    expect(first.open).toBe(true);
    expect(first.focused).toBe(true);
    const { announced } = await waitForCard(page, (c) => /of \d+ terms/.test(c.announced), 'the step to be announced');
    expect(announced.startsWith(`${first.title}, 1 of `)).toBe(true);

    await messageTabs(ctx.browser, { type: 'stepTerm', direction: 'next' });
    const second = await probeCard(page);
    expect(second.open && second.focused).toBe(true);
    expect(second.entryId).not.toBe(first.entryId);
    await messageTabs(ctx.browser, { type: 'stepTerm', direction: 'previous' });
    expect((await probeCard(page)).entryId).toBe(first.entryId);

    // Tab stays inside the card.
    for (let i = 0; i < 25; i++) await page.press('Tab');
    expect((await probeCard(page)).focused).toBe(true);
    await page.press('Escape');
    await cardClosed(page);
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
  });

  it('screenshots the card on a light page (card-light)', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.hoverText('Power of Siberia', { at: 0.3 });
    const { background } = await cardAtRest(page);
    expect(background).toBe('rgb(255, 255, 255)');
    await page.screenshot('card-light');
    await page.press('Escape');
  });

  it('screenshots the card on a dark page (card-dark)', async () => {
    const dark = await ctx.browser.newPage();
    await scheme(dark, 'dark');
    await openArticle(dark, '/pages/dark-article.html');
    await dark.hoverText('Power of Siberia', { at: 0.3 });
    const state = await cardAtRest(dark);
    expect(state.title).toBe('Power of Siberia 2');
    const background = state.background;
    expect(background).toBe('rgb(28, 31, 36)');
    await dark.screenshot('card-dark');
    // Dark page in a light system scheme: the card still matches the page.
    // The card's colours come from CSS alone, so they are final once the page sees the light scheme.
    if (await scheme(dark, 'light')) await dark.waitFor(() => matchMedia('(prefers-color-scheme: light)').matches, undefined, PATIENCE_MS);
    expect((await probeCard(dark)).background).toBe('rgb(28, 31, 36)');
    expect(dark.errors()).toEqual([]);
    await dark.close();
  });

  it('made no network request from any context', () => {
    expect(page.errors()).toEqual([]);
    expect(ctx.browser.externalRequests()).toEqual([]);
  });
});
