// Gloss keeps up with the page and the reader: settings changes apply without a reload, the page's
// own changes are scanned, and SPA navigations (pushState, back) start a fresh scan. How fast a
// switch reaches the page is measured by `npm run bench -- latency`; here every wait is for what
// the page shows, with time to spare on a busy machine.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardButton, cardClosed, cardOpen, describeInBrowsers, FIXTURES, probeCard, startStaticServer, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { glossHighlights } from '../../scripts/harness/content-probes.ts';
import { waitForStableMarks } from '../../scripts/harness/marks.ts';
import { extensionMessenger, messageBackground, messageTabs } from '../../scripts/harness/tab-messages.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ '/demo': join(FIXTURES, 'demo'), '/pages': join(FIXTURES, 'pages') });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

/** What each highlight holds, sorted, the active one left out. */
async function marks(page: TestPage): Promise<Record<string, string[]>> {
  const all = await page.evaluate(glossHighlights);
  delete all['gloss-active'];
  for (const k of Object.keys(all)) all[k] = (all[k] ?? []).sort();
  return all;
}

/** Waits until the marks pass `check` and returns them. */
async function until(page: TestPage, check: (m: Record<string, string[]>) => boolean): Promise<Record<string, string[]>> {
  let last: Record<string, string[]> = {};
  try {
    return await waitFor(async () => {
      last = await marks(page);
      return check(last) ? last : null;
    });
  } catch (e) {
    throw new Error(`marks did not settle: ${JSON.stringify(last)} (${e instanceof Error ? e.message : String(e)})`);
  }
}


async function settings(browser: Parameters<typeof messageBackground>[0], message: Record<string, unknown>): Promise<void> {
  // Undefined when nothing answered.
  const answer = (await messageBackground(browser, message)) as { ok?: boolean } | undefined;
  expect(answer?.ok).toBe(true);
}

describeInBrowsers('content script: live settings, page changes, SPA navigation', (ctx) => {
  let page: TestPage;

  beforeAll(async () => {
    await extensionMessenger(ctx.browser);
    await settings(ctx.browser, { type: 'resetSettings' });
    page = await ctx.browser.newPage();
    await page.setViewport(1280, 900);
  });

  afterAll(async () => {
    await settings(ctx.browser, { type: 'resetSettings' });
  });

  it('scans what the page adds after load', async () => {
    await page.goto(server.url('/pages/spa.html'));
    await until(page, (m) => (m['gloss-underline'] ?? []).includes('Nord Stream 2'));
    await page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
    await until(page, (m) => JSON.stringify(m['gloss-underline']) === JSON.stringify(['Nord Stream 2', 'Power of Siberia 2']));
  });

  it('starts afresh after pushState, and again after going back', async () => {
    await page.evaluate(() => (window as unknown as { goTo(n: number): void }).goTo(2));
    await until(page, (m) => JSON.stringify(m['gloss-underline']) === JSON.stringify(['INSTC', 'Nord Stream 2', 'SWIFT']));
    await page.evaluate(() => history.back());
    await until(page, (m) => JSON.stringify(m['gloss-underline']) === JSON.stringify(['Nord Stream 2']));
  });

  it('applies style, mention and mute settings live', async () => {
    await page.goto(server.url('/demo/article.html'));
    // `first` must be the settled set: the walk goes viewport first, then idle slices.
    await waitForStableMarks(page, 600, PATIENCE_MS);
    const first = (await marks(page))['gloss-underline'] ?? [];
    expect(first.length).toBeGreaterThan(5);

    await settings(ctx.browser, { type: 'updateSettings', patch: { highlightStyle: 'tint', mentions: 'every' } });
    // The page says it is English, so it read the Latin-script terms first; its Russian quotes had
    // it read the whole terms again, so the Russian name is marked as well.
    const every = await until(page, (m) => m['gloss-underline'] === undefined && (m['gloss-tint']?.length ?? 0) > first.length && (m['gloss-tint'] ?? []).includes('Сила Сибири 2'));
    for (const term of first) expect(every['gloss-tint']).toContain(term);

    await settings(ctx.browser, { type: 'setMuted', id: 'power-of-siberia-2', muted: true });
    // Power of Siberia 2 goes in every language; the first Power of Siberia, an entry of its own,
    // stays (waited for too: the page marks afresh with the new terms, a few at a time).
    await until(page, (m) => {
      const tint = m['gloss-tint'] ?? [];
      return tint.includes('Power of Siberia') && !tint.some((t) => /Siberia 2|Сибири 2|Sibiriens 2/.test(t));
    });

    await settings(ctx.browser, { type: 'updateSettings', patch: { highlightStyle: 'none-until-hover', mentions: 'first', categoriesOff: ['pipeline'] } });
    const hidden = await until(page, (m) => m['gloss-tint'] === undefined && (m['gloss-hidden']?.length ?? 0) > 0);
    expect(hidden['gloss-hidden']).not.toContain('Nord Stream');
    // Nothing is drawn for none-until-hover, but hovering still opens the card.
    await page.hoverText('Gazprom', { at: 0.5 });
    await cardOpen(page);
    expect((await page.evaluate(glossHighlights))['gloss-active']).toEqual(['Gazprom']);
    await page.press('Escape');
    await settings(ctx.browser, { type: 'resetSettings' });
    await until(page, (m) => JSON.stringify(m['gloss-underline']) === JSON.stringify(first));
  });

  it('switching the site off takes every mark away and closes the card; on again brings them back', async () => {
    await messageTabs(ctx.browser, { type: 'stepTerm', direction: 'next' });
    expect((await probeCard(page)).open).toBe(true);
    await settings(ctx.browser, { type: 'setSiteRule', site: '127.0.0.1', rule: 'off' });
    await until(page, (m) => Object.keys(m).length === 0);
    await cardClosed(page);
    const listed = await messageTabs(ctx.browser, { type: 'listTerms' });
    expect(listed).toContainEqual({ ok: true, value: { terms: [], site: '127.0.0.1', isArticle: true, on: false, reason: 'site-off' } });

    await settings(ctx.browser, { type: 'setSiteRule', site: '127.0.0.1', rule: null });
    await until(page, (m) => (m['gloss-underline']?.length ?? 0) > 5);
    const [answer] = (await messageTabs(ctx.browser, { type: 'listTerms' })) as Array<{ ok: boolean; value: { terms: Array<{ id: string; title: string; count: number }>; on: boolean } }>;
    expect(answer?.ok).toBe(true);
    expect(answer?.value.on).toBe(true);
    expect(answer?.value.terms).toContainEqual({ id: 'power-of-siberia-2', title: 'Power of Siberia 2', count: expect.any(Number) });
  });

  it('"Turn off on this site" in the card does the same', async () => {
    // The pointer may still rest where the last test left it: a hover needs a move onto the term.
    await page.mouseMove(5, 5);
    await page.hoverText('Gazprom', { at: 0.5 });
    await cardOpen(page);
    // A real click, as a reader's: the card ignores clicks the page makes up.
    const button = await cardButton(page, /Turn off/i);
    await page.click(button.x, button.y);
    await until(page, (m) => Object.keys(m).length === 0);
    await settings(ctx.browser, { type: 'setSiteRule', site: '127.0.0.1', rule: null });
    await until(page, (m) => (m['gloss-underline']?.length ?? 0) > 5);
    expect(page.errors()).toEqual([]);
    expect(ctx.browser.externalRequests()).toEqual([]);
  });
});
