// One quick proof per browser that the built extension's three parts run: the content script marks
// the demo article, the background answers, and the popup renders.
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, FIXTURES, startStaticServer, type StaticServer } from '../../scripts/harness/index.ts';
import { markedCount } from '../../scripts/harness/content-probes.ts';
import { extensionMessenger, messageBackground, messageTabs } from '../../scripts/harness/tab-messages.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ '/': join(FIXTURES, 'demo') });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

describeInBrowsers('smoke', (ctx) => {
  it('content script, background and popup all run', async () => {
    await extensionMessenger(ctx.browser);

    // Background: answers an extension page directly.
    const settings = (await messageBackground(ctx.browser, { type: 'getSettings' })) as { ok: boolean; value: { version: number; enabled: boolean } };
    expect(settings.ok).toBe(true);
    expect(settings.value.enabled).toBe(true);
    expect(settings.value.version).toBeGreaterThanOrEqual(1);

    // Content script: marks the demo article, having asked the background for the settings.
    const page = await ctx.browser.newPage();
    await page.goto(server.url('/article.html'));
    // Marks arrive viewport first and then in idle slices, so wait for the count, not the first mark.
    await page.waitFor(() => {
      let n = 0;
      // Missing where the browser has no Highlight API, though the DOM types say it is there.
      (CSS as { highlights?: HighlightRegistry }).highlights?.forEach((h, name) => {
        if (name.startsWith('gloss') && name !== 'gloss-active') n += h.size;
      });
      return n > 5;
    }, undefined, 10_000);
    expect(await page.evaluate(markedCount)).toBeGreaterThan(5);
    const [list] = (await messageTabs(ctx.browser, { type: 'listTerms' })) as Array<{ ok: boolean; value: { on: boolean; reason: string; terms: unknown[] } }>;
    expect(list).toMatchObject({ ok: true, value: { on: true, reason: 'article' } });
    expect(list!.value.terms.length).toBeGreaterThan(5);

    // Popup: the page loads and renders into its root.
    const popup = await ctx.browser.openPopup();
    expect(await popup.waitFor(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, undefined, 10_000)).toBe(true);
    expect(popup.errors()).toEqual([]);
    expect(page.errors()).toEqual([]);
    expect(ctx.browser.externalRequests()).toEqual([]);
  });
});
