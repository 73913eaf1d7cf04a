// The options page in both browsers: sites, a refused import, export and re-import round trip,
// reset behind its confirmation. Screenshots: options-light, options-dark.
import { beforeEach, expect, it } from 'vitest';
import { describeInBrowsers, type TestPage } from '../../scripts/harness/index.ts';
import { setColorScheme } from '../../scripts/harness/color-scheme.ts';

/** Clicks the button whose text (or aria-label) is `name`, as a user's click would. */
async function clickButton(page: TestPage, name: string): Promise<void> {
  const clicked = await page.evaluate((n) => {
    const button = Array.from(document.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent).trim() === n);
    button?.click();
    return button !== undefined;
  }, name);
  if (!clicked) throw new Error(`no button "${name}"`);
}

/** Hands `text` to the hidden file input, as picking a file in the dialog does. */
async function importText(page: TestPage, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name: fileName, text: body }) => {
      const input = document.querySelector<HTMLInputElement>('#gloss-import-file');
      if (!input) throw new Error('no file input');
      const files = new DataTransfer();
      files.items.add(new File([body], fileName, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
}

const backupStatus = (page: TestPage) => page.evaluate(() => document.querySelector('#gloss-backup-status')?.textContent ?? '');

describeInBrowsers('options page', (ctx) => {
  let page: TestPage;

  beforeEach(async () => {
    await ctx.browser.storageClear('sync');
    await ctx.browser.storageClear('local');
  });

  async function open(): Promise<void> {
    page = await ctx.browser.openExtensionPage('options.html');
    await page.setViewport(1000, 900);
    await page.waitFor(() => document.querySelector('#sites') !== null, undefined, 10_000);
  }

  it('adds a site, refuses a bad one, and takes screenshots', async () => {
    await open();
    try {
      await page.evaluate(() => document.querySelector<HTMLInputElement>('#gloss-new-site')?.focus());
      await page.type('https://www.Stern.de/politik/');
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('[data-site="stern.de"]') !== null);
      expect((await ctx.browser.storageGet('sync', 'sites'))['sites']).toEqual({ 'stern.de': 'on' });

      await page.type('not a site');
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('#gloss-new-site')?.getAttribute('aria-invalid') === 'true');
      expect(await page.evaluate(() => document.querySelector('#gloss-new-site-error')?.textContent)).toContain('is not a site');

      await page.evaluate(() => scrollTo(0, 0));
      await setColorScheme(ctx.browser, page, 'light');
      await page.screenshot('options-light');
      await setColorScheme(ctx.browser, page, 'dark');
      await page.screenshot('options-dark');
      await setColorScheme(ctx.browser, page, 'light');
      expect(page.errors()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('refuses a malformed, a foreign and a too-large file, with the reason, and keeps the settings', async () => {
    await ctx.browser.storageSet('sync', { version: 1, sites: { 'zeit.de': 'off' } });
    await open();
    try {
      await page.waitFor(() => document.querySelector('[data-site="zeit.de"]') !== null);
      const before = await ctx.browser.storageGet('sync');
      const cases: [string, string, string][] = [
        ['broken.json', '{"format": "gloss-settings", "version": 1, ', 'not valid JSON'],
        ['other.json', JSON.stringify({ format: 'other-extension', version: 3, settings: {} }), '"other-extension", not Gloss settings'],
        ['huge.json', JSON.stringify({ format: 'gloss-settings', version: 1, settings: {}, padding: 'x'.repeat(200_000) }), 'too large'],
      ];
      for (const [name, text, reason] of cases) {
        await importText(page, name, text);
        await page.waitFor((n) => (document.querySelector('#gloss-backup-status')?.textContent ?? '').includes(n), name);
        const status = await backupStatus(page);
        expect(status).toContain(`Gloss did not import ${name}. Your settings are unchanged.`);
        expect(status).toContain(reason);
        expect(await ctx.browser.storageGet('sync')).toEqual(before);
      }
      expect(await page.evaluate(() => document.querySelector('[data-site="zeit.de"]') !== null)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('exports the settings to a JSON file and imports it again, round trip', async () => {
    await open();
    try {
      // Settings made through the page itself.
      await page.evaluate(() => document.querySelector<HTMLInputElement>('#site-mode-only-listed')?.click());
      await page.evaluate(() => document.querySelector<HTMLInputElement>('#highlight-style-tint')?.click());
      await page.evaluate(() => document.querySelector<HTMLInputElement>('#gloss-category-person')?.click());
      await page.evaluate(() => document.querySelector<HTMLInputElement>('#gloss-new-site')?.focus());
      await page.type('example.org');
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('[data-site="example.org"]') !== null);
      const made = await ctx.browser.storageGet('sync');
      expect(made).toMatchObject({ siteMode: 'only-listed', highlightStyle: 'tint', categoriesOff: ['person'], sites: { 'example.org': 'on' } });

      // The page saves through <a download> over a Blob; catch the click and read the Blob.
      await page.evaluate(() => {
        const saved: { name: string; href: string }[] = [];
        (window as unknown as { __saved: typeof saved }).__saved = saved;
        HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
          saved.push({ name: this.download, href: this.href });
        };
      });
      await clickButton(page, 'Export settings');
      await page.waitFor(() => (window as unknown as { __saved: unknown[] }).__saved.length > 0);
      const file = await page.evaluate(async () => {
        const [first] = (window as unknown as { __saved: { name: string; href: string }[] }).__saved;
        return first === undefined ? null : { name: first.name, text: await (await fetch(first.href)).text() };
      });
      expect(file?.name).toMatch(/^gloss-settings-\d{4}-\d{2}-\d{2}\.json$/);
      const json = JSON.parse(file?.text ?? '{}');
      expect(json).toMatchObject({ format: 'gloss-settings', settings: { siteMode: 'only-listed', sites: { 'example.org': 'on' } } });

      // Reset (behind its confirmation), then import the file: everything comes back.
      await clickButton(page, 'Reset to defaults…');
      await page.waitFor(() => document.activeElement?.textContent === 'Cancel');
      await clickButton(page, 'Reset everything');
      await page.waitFor(() => document.querySelector('[data-site="example.org"]') === null);
      expect(await ctx.browser.storageGet('sync', ['siteMode', 'sites'])).toEqual({});

      await importText(page, file?.name ?? 'x.json', file?.text ?? '');
      await page.waitFor(() => (document.querySelector('#gloss-backup-status')?.textContent ?? '').startsWith('Imported'));
      expect(await ctx.browser.storageGet('sync')).toEqual(made);
      expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#highlight-style-tint')?.checked)).toBe(true);
      expect(await page.evaluate(() => document.querySelector('[data-site="example.org"]') !== null)).toBe(true);
      expect(page.errors()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
