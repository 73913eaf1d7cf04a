// Driving the options page's Glossaries section as a reader does: a file handed to its picker,
// real mouse clicks on its switch and buttons, and what the section then shows.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumGloss } from '../../../scripts/harness/chromium.ts';
import type { GlossBrowser, TestPage } from '../../../scripts/harness/index.ts';
import { PATIENCE_MS, waitFor } from '../../../scripts/harness/wait.ts';

export interface OptionsPage {
  page: TestPage;
  /** Hands a file on disk to the section's file picker, as choosing it in the dialog does. */
  pickFile(path: string): Promise<void>;
}

let opened = 0;

/** The driver's own page object behind a TestPage, found by a query string only that page has. */
async function driverPage(browser: GlossBrowser, marker: string): Promise<{ chromium: PlaywrightPage } | { firefox: PuppeteerPage }> {
  return waitFor(
    async () => {
      if (browser.name === 'chromium') {
        const found = (browser as ChromiumGloss).context.pages().find((p) => p.url().includes(marker));
        return found ? { chromium: found } : null;
      }
      // Over BiDi a moz-extension page reports about:blank as its URL; ask each page where it is.
      for (const p of await (browser as GlossBrowser & { browser: PuppeteerBrowser }).browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.includes(marker)) return { firefox: p };
      }
      return null;
    },
    { what: `the driver's page for ${marker}` },
  );
}

/** Opens the options page and waits until the Glossaries section lists what the background holds. */
export async function openOptions(browser: GlossBrowser): Promise<OptionsPage> {
  const marker = `glossary-e2e=${++opened}`;
  const page = await browser.openExtensionPage(`options.html?${marker}`);
  await page.setViewport(1000, 900);
  await page.waitFor(() => document.querySelector('.gloss-glossary-list [data-glossary-id]') !== null, undefined, PATIENCE_MS);
  const driver = await driverPage(browser, marker);
  return {
    page,
    async pickFile(path) {
      if ('chromium' in driver) {
        // Chromium: a real click on "Import a glossary…" opens the file chooser, and Playwright
        // answers the dialog with the file.
        const chooser = driver.chromium.waitForEvent('filechooser', { timeout: PATIENCE_MS });
        await clickOn(page, 'button', 'Import a glossary…');
        await (await chooser).setFiles(path);
        return;
      }
      // Firefox: puppeteer over WebDriver BiDi sees no file dialog (waitForFileChooser times out),
      // but sets the picker input's files (BiDi input.setFiles), which fires its change event.
      const input = (await driver.firefox.$('#gloss-glossary-file')) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error('the Glossaries section has no file input');
      await input.uploadFile(path);
    },
  };
}

/**
 * A real mouse click on the element matching `selector` whose text (or aria-label) is `text` (the
 * first match, with null), inside the row of glossary `within` if given.
 */
export async function clickOn(page: TestPage, selector: string, text: string | null, within?: string): Promise<void> {
  const point = await page.evaluate(
    ({ selector: sel, text: name, within: row }) => {
      const scope = row === undefined ? document : document.querySelector(`[data-glossary-id="${row}"]`);
      const el = Array.from(scope?.querySelectorAll<HTMLElement>(sel) ?? []).find((e) => name === null || (e.getAttribute('aria-label') ?? e.textContent).trim() === name);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { selector, text, within },
  );
  if (!point) throw new Error(`no ${selector} "${text ?? ''}"${within ? ` in the row of ${within}` : ''}`);
  await page.click(point.x, point.y);
}

/** The glossaries the section lists, top first. */
export function listedIds(page: TestPage): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.gloss-glossary-list [data-glossary-id]')).map((li) => li.dataset['glossaryId'] ?? ''));
}

/** Whether the row's switch reads on (aria-checked), or null without such a row. */
export function switchOn(page: TestPage, id: string): Promise<boolean | null> {
  return page.evaluate((glossary) => {
    const sw = document.querySelector(`[data-glossary-id="${glossary}"] [role="switch"]`);
    return sw === null ? null : sw.getAttribute('aria-checked') === 'true';
  }, id);
}

/** The status line and the problems a refused file left on screen. */
export function importReport(page: TestPage): Promise<{ status: string; title: string; problems: string[]; more: string }> {
  return page.evaluate(() => ({
    status: document.querySelector('#gloss-glossaries-status')?.textContent.trim() ?? '',
    title: document.querySelector('.gloss-problems__title')?.textContent.trim() ?? '',
    problems: Array.from(document.querySelectorAll('.gloss-problems li')).map((li) => li.textContent.trim()),
    more: document.querySelector('.gloss-problems__more')?.textContent.trim() ?? '',
  }));
}
