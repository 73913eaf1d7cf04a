// Robustness on real news pages (../shared/corpus/pages), Chromium: every page served locally with
// its own scripts blocked (CSP) and every other request aborted by the harness. For each page:
// no uncaught exception from the extension, body.textContent identical before and after Gloss,
// and Gloss marks the same entries the scan CLI finds in the same file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScanDictionary } from '../../src/cli/lib/scan-dictionary.ts';
import { scanHtml } from '../../src/cli/lib/scan-page.ts';
import { CORPUS, ROOT, describeInBrowsers, type TestPage } from '../../scripts/harness/index.ts';
import { startScriptlessServer, type ScriptlessServer } from '../../scripts/harness/csp-server.ts';
import { messageTabs } from '../../scripts/harness/tab-messages.ts';

const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.html?$/i.test(f)).sort() : [];

if (pages.length === 0) {
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING THE CORPUS RUN: no pages in ${CORPUS}\n${'!'.repeat(78)}\n`);
  describe.skip('content script on the corpus (no corpus here)', () => {
    it('needs ../shared/corpus/pages', () => {});
  });
} else {
  describeInBrowsers(
    'content script on the corpus',
    (ctx) => {
      let server: ScriptlessServer;
      let context: BrowserContext;
      const extensionErrors: string[] = [];
      let expected: (file: string) => Set<string>;

      beforeAll(async () => {
        context = (ctx.browser as unknown as { context: BrowserContext }).context;
        const dictionary = await loadScanDictionary(join(ROOT, 'src', 'facts'));
        expect(dictionary.errors).toEqual([]);
        expected = (file) => new Set(scanHtml(readFileSync(join(CORPUS, file), 'utf8'), dictionary.matcher).map((m) => m.id));
        // Page text at DOMContentLoaded, before the content script (document_end) has read anything.
        await context.addInitScript(() => {
          document.addEventListener('DOMContentLoaded', () => {
            // A page may have no body (a frameset), though the DOM types say otherwise.
            (window as unknown as { __textAtLoad?: string }).__textAtLoad = (document.body as HTMLElement | null)?.textContent ?? '';
          });
        });
        context.on('weberror', (e) => {
          const text = `${e.error().message}\n${e.error().stack ?? ''}`;
          if (/chrome-extension:\/\/|\[Gloss\]/.test(text)) extensionErrors.push(`${e.page()?.url()}: ${text}`);
        });
        context.on('console', (m) => {
          const where = m.location().url;
          if ((m.type() === 'error' || m.type() === 'warning') && (/^chrome-extension:\/\//.test(where) || m.text().includes('[Gloss]'))) {
            extensionErrors.push(`${m.page()?.url()}: ${m.type()} ${m.text()} (${where})`);
          }
        });
        server = await startScriptlessServer(CORPUS);
        // Closed after the tests; a server that did not start has nothing to close.
        return () => server.close();
      });

      const mismatches: string[] = [];
      /** Opened for the first page, then reused. */
      let page: TestPage | undefined;

      it.each(pages)('%s', async (file) => {
        page ??= await ctx.browser.newPage();
        await page.goto(server.url(file)).catch(() => undefined);
        // Undefined where no tab answered.
        const [answer] = (await messageTabs(ctx.browser, { type: 'listTerms' })) as Array<
          { ok: boolean; value: { terms: Array<{ id: string }>; on: boolean; isArticle: boolean } } | undefined
        >;
        expect(answer?.ok, `${file}: the content script did not answer`).toBe(true);
        expect(answer!.value.on, `${file}: Gloss is not on (the article check said ${answer!.value.isArticle})`).toBe(true);
        const marked = new Set(answer!.value.terms.map((t) => t.id));
        const want = expected(file);
        const missing = [...want].filter((id) => !marked.has(id));
        const extra = [...marked].filter((id) => !want.has(id));
        if (missing.length || extra.length) mismatches.push(`${file}: missing ${missing.join(',') || '-'}; extra ${extra.join(',') || '-'}`);
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });

        const text = await page.evaluate(() => {
          // A page may have no body (a frameset), though the DOM types say otherwise.
          const body = document.body as HTMLElement | null;
          return {
            before: (window as unknown as { __textAtLoad?: string }).__textAtLoad ?? null,
            after: body?.textContent ?? '',
            hostInBody: [...(body?.querySelectorAll('*') ?? [])].some((el) => [...el.attributes].some((a) => /gloss/i.test(a.name))),
          };
        });
        expect(text.before, `${file}: the DOMContentLoaded snapshot is missing`).not.toBeNull();
        expect(text.after === text.before, `${file}: body.textContent changed`).toBe(true);
        expect(text.hostInBody).toBe(false);
        expect(extensionErrors.filter((e) => e.includes(file))).toEqual([]);
      });

      it('logged nothing from the extension on any page, and made no network request of its own', () => {
        if (mismatches.length) console.log(mismatches.join('\n'));
        expect(extensionErrors).toEqual([]);
        expect(ctx.browser.externalRequests().filter((r) => r.from === 'extension')).toEqual([]);
      });
    },
    ['chromium'],
  );
}
