// The page is not trusted: its scripts share the DOM with Gloss. Here the page's own main world
// (which is where page.evaluate runs) tries to drive Gloss: made-up pointer, click and key events
// on a term and on the card, a click aimed at the card's Mute button through the host, the shadow
// root itself, a flood of window messages, and taking the host away. None of it may open a card,
// close one, or change a stored setting; the reader's own hover and click still work after it all.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardButton, cardClosed, cardOpen, describeInBrowsers, FIXTURES, probeCard, waitForCard, startStaticServer, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { glossHighlights } from '../../scripts/harness/content-probes.ts';
import { locateText } from '../../scripts/harness/page-scripts.ts';
import { waitForStableMarks } from '../../scripts/harness/marks.ts';
import { extensionMessenger, messageBackground } from '../../scripts/harness/tab-messages.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';
import { pageTimeAfterLastMove, readCardTimeline, startCardTimeline } from './support/card-timeline.ts';

const HOVER_DELAY_MS = 300;

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ '/demo': join(FIXTURES, 'demo') });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

/** Page-world: made-up pointer and mouse events at (x, y), on whatever is there, as a page script could send. */
function forgeHover(point: { x: number; y: number }): number {
  const target = document.elementFromPoint(point.x, point.y) ?? document.body;
  const init = { clientX: point.x, clientY: point.y, bubbles: true, composed: true, cancelable: true, pointerType: 'mouse', isPrimary: true };
  for (let i = 0; i < 5; i++) {
    target.dispatchEvent(new PointerEvent('pointerover', init));
    target.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: point.x + i }));
    target.dispatchEvent(new MouseEvent('mouseover', init));
    target.dispatchEvent(new MouseEvent('mousemove', init));
  }
  return performance.now();
}

/** Page-world: a made-up press and click at (x, y), and HTMLElement.click() on what is there. */
function forgeClick(point: { x: number; y: number }): string {
  const target = document.elementFromPoint(point.x, point.y) ?? document.body;
  const init = { clientX: point.x, clientY: point.y, bubbles: true, composed: true, cancelable: true, button: 0, pointerType: 'mouse', isPrimary: true };
  target.dispatchEvent(new PointerEvent('pointerdown', init));
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(new PointerEvent('pointerup', init));
  target.dispatchEvent(new MouseEvent('mouseup', init));
  target.dispatchEvent(new MouseEvent('click', init));
  if (target instanceof HTMLElement) target.click();
  // Gloss's host is the element on <html> beside <head> and <body>.
  const isHost = target.parentElement === document.documentElement && target !== document.head && target !== document.body;
  return target.tagName.toLowerCase() + (isHost ? '(host)' : '');
}

/** Page-world: made-up keys to the document and to the card's host (Esc, Enter, Space, Tab). */
function forgeKeys(): void {
  const host = [...document.documentElement.children].find((el) => el !== document.head && el !== document.body) ?? null;
  for (const target of [document, document.body, host]) {
    if (!target) continue;
    for (const key of ['Escape', 'Enter', ' ', 'Tab']) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, cancelable: true }));
    }
  }
}

/** Page-world: what the page can learn about, and do to, the card's host. */
function pokeHost(): { shadowRoot: boolean; attachShadow: string; children: number } {
  const host = ([...document.documentElement.children].find((el) => el !== document.head && el !== document.body) ?? null) as HTMLElement | null;
  if (!host) throw new Error('no Gloss host on the page');
  let attachShadow = 'allowed';
  try {
    host.attachShadow({ mode: 'open' });
  } catch (e) {
    attachShadow = e instanceof Error ? e.name : String(e);
  }
  return { shadowRoot: host.shadowRoot !== null, attachShadow, children: host.children.length };
}

/** Page-world: a thousand window messages shaped like Gloss's own requests, and a few that are not. */
function floodMessages(): void {
  const shapes: unknown[] = [
    { type: 'muteTerm', id: 'power-of-siberia-2' },
    { type: 'turnOffHere' },
    { type: 'setSiteRule', site: '127.0.0.1', rule: 'off' },
    { type: 'stepTerm', direction: 'next' },
    { type: 'setSettings', settings: { enabled: false } },
    null,
    'muteTerm',
    { __proto__: { type: 'muteTerm' } },
  ];
  for (let i = 0; i < 1000; i++) postMessage(shapes[i % shapes.length], '*');
}

describeInBrowsers('the page cannot drive Gloss', (ctx) => {
  let page: TestPage;
  let settingsBefore: Record<string, unknown>;

  beforeAll(async () => {
    await extensionMessenger(ctx.browser);
    await messageBackground(ctx.browser, { type: 'resetSettings' });
    page = await ctx.browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(server.url('/demo/article.html'));
    await waitForStableMarks(page, 600, PATIENCE_MS);
    settingsBefore = await ctx.browser.storageGet('sync', null);
  });

  afterAll(async () => {
    await messageBackground(ctx.browser, { type: 'resetSettings' });
  });

  it('made-up hovers and clicks on a term open no card', async () => {
    const point = await page.evaluate(locateText, { text: 'Power of Siberia', at: 0.3 });
    expect(point).not.toBeNull();
    await page.mouseMove(5, 5);
    await startCardTimeline(page);
    // The real pointer moves once (so the timeline has a clock to wait on), far from the term.
    await page.mouseMove(8, 8, 1);
    await page.evaluate(forgeHover, point!);
    expect(await page.evaluate(forgeClick, point!)).not.toContain('(host)');
    // Past any hover timer the forged events could have started: not one card, not even for a moment.
    const after = await pageTimeAfterLastMove(page, 2 * HOVER_DELAY_MS + 100);
    expect(after.opened).toEqual([]);
    expect((await page.evaluate(glossHighlights))['gloss-active'] ?? []).toEqual([]);
  });

  it('with a card open, made-up clicks on its buttons, keys and presses outside change nothing', async () => {
    await page.hoverText('Power of Siberia', { at: 0.3 });
    const card = await cardOpen(page);
    expect(card.entryId).toBe('power-of-siberia-2');
    const mute = await cardButton(page, /Mute this term/);
    const siteOff = await cardButton(page, /Turn off on this site/);
    // The host hides its inside from the page: no shadow root to read, none to attach.
    expect(await page.evaluate(pokeHost)).toEqual({ shadowRoot: false, attachShadow: 'NotSupportedError', children: 0 });
    await startCardTimeline(page);
    // What the page finds at the buttons is the host itself; clicking it is all it can do.
    expect(await page.evaluate(forgeClick, mute)).toBe('div(host)');
    expect(await page.evaluate(forgeClick, siteOff)).toBe('div(host)');
    await page.evaluate(forgeKeys);
    // A made-up press outside the card would close it, were it believed.
    await page.evaluate(forgeClick, { x: 20, y: 880 });
    const deadline = (await page.evaluate(() => performance.now())) + 2 * HOVER_DELAY_MS;
    await page.waitFor((t) => performance.now() > t, deadline, PATIENCE_MS);
    const timeline = await readCardTimeline(page);
    expect(timeline.closed).toEqual([]);
    expect((await probeCard(page)).open).toBe(true);
    expect(await ctx.browser.storageGet('sync', null)).toEqual(settingsBefore);
    await page.press('Escape');
    await cardClosed(page);
  });

  it('a flood of window messages shaped like Gloss requests is ignored', async () => {
    await page.evaluate(floodMessages);
    // Window messages are delivered in order: once a last one posted after the flood has arrived,
    // every listener has seen the whole flood. Then check nothing moved.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const done = (event: MessageEvent) => {
            if (event.data !== 'gloss-test:flood-delivered') return;
            removeEventListener('message', done);
            resolve();
          };
          addEventListener('message', done);
          postMessage('gloss-test:flood-delivered', '*');
        }),
    );
    const marks = await page.evaluate(glossHighlights);
    expect(marks['gloss-underline']).toContain('Power of Siberia 2');
    expect(await ctx.browser.storageGet('sync', null)).toEqual(settingsBefore);
    expect(page.errors().filter((e) => /\[Gloss\]|extension:\/\//.test(e))).toEqual([]);
  });

  it('taking the host away does not stop the next card', async () => {
    const removed = await page.evaluate(() => {
      const added = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
      added.forEach((el) => el.remove());
      return added.length;
    });
    expect(removed).toBe(1);
    await page.mouseMove(5, 5);
    await page.hoverText('Gazprom', { at: 0.5 });
    // The way there may cross another term: wait for the one the pointer rests on.
    const card = await waitForCard(page, (c) => c.open && c.title === 'Gazprom', "Gazprom's card");
    expect(card.hosts).toBe(1);
    await page.press('Escape');
    await cardClosed(page);
  });

  it("the reader's own click on Mute does what the page's could not", async () => {
    await page.mouseMove(5, 5);
    await page.hoverText('Power of Siberia', { at: 0.3 });
    await cardOpen(page);
    const mute = await cardButton(page, /Mute this term/);
    await page.click(mute.x, mute.y);
    const muted = await waitFor(
      async () => {
        const sync = await ctx.browser.storageGet('sync', null);
        return JSON.stringify(sync).includes('power-of-siberia-2') ? sync : null;
      },
      { what: 'the term to be muted in storage' },
    );
    expect(muted).not.toEqual(settingsBefore);
    await waitFor(async () => !((await page.evaluate(glossHighlights))['gloss-underline'] ?? []).includes('Power of Siberia 2'), { what: 'the muted term to lose its mark' });
    expect(ctx.browser.externalRequests()).toEqual([]);
  });
});
