// An imported glossary on the reader's whole path, in both browsers: the example glossary goes in
// through the options page's file picker while an article is open; that tab marks its terms
// without a reload, a card names the glossary, the popup finds its entries; its switch takes the
// marks away and brings them back; a bad file is refused with its reasons and changes nothing;
// after Chromium's worker was stopped it is all still there; removing it (after its question)
// takes it off the list and off the page. How long import → first mark takes is measured by
// `npm run bench -- glossary`, never asserted here.
//
// How the file reaches the picker: Chromium, a real click on "Import a glossary…" and Playwright's
// file chooser; Firefox, puppeteer's uploadFile on the picker input (WebDriver BiDi input.setFiles),
// since BiDi shows it no file dialog. See support/glossary-options.ts.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChromiumGloss } from '../../scripts/harness/chromium.ts';
import { glossHighlights } from '../../scripts/harness/content-probes.ts';
import { FIXTURES, ROOT, cardClosed, describeInBrowsers, startStaticServer, waitForCard, type GlossBrowser, type StaticServer, type TestPage } from '../../scripts/harness/index.ts';
import { extensionMessenger, messageBackground } from '../../scripts/harness/tab-messages.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';
import { clickOn, importReport, listedIds, openOptions, switchOn, type OptionsPage } from './support/glossary-options.ts';
import { workerStopper } from './support/stop-worker.ts';

const ARCTIC = 'arctic-shipping';
const EXAMPLE = join(ROOT, 'examples', 'glossaries', 'arctic-shipping.json');
const BAD = join(FIXTURES, 'glossary');
/** The example glossary's names on the fixture article (each its first mention). */
const ARCTIC_NAMES = ['Arctic Council', 'Bering Strait', 'Murmansk', 'Northern Sea Route', 'Northwest Passage', 'Polar Code', 'Sabetta'];
/** The one built-in term on the article: it stays whatever happens to the imported glossary. */
const BUILTIN_NAME = 'Arctic LNG 2';

let server: StaticServer | undefined;
beforeAll(async () => {
  server = await startStaticServer({ '/glossary': BAD });
});
afterAll(async () => {
  await server?.close();
});

/** Every marked text on the page, sorted (the active highlight left out: it follows the pointer). */
async function marked(page: TestPage): Promise<string[]> {
  const highlights = await page.evaluate(glossHighlights);
  return Object.entries(highlights)
    .filter(([name]) => name !== 'gloss-active')
    .flatMap(([, texts]) => texts)
    .sort();
}

const arcticMarks = async (page: TestPage): Promise<string[]> => (await marked(page)).filter((t) => ARCTIC_NAMES.includes(t));

/** Polls until the page marks exactly the imported glossary's names (`on`) or none of them, and the built-in term either way. */
function waitForArcticMarks(page: TestPage, on: boolean): Promise<string[]> {
  return waitFor(
    async () => {
      const all = await marked(page);
      const arctic = all.filter((t) => ARCTIC_NAMES.includes(t));
      const right = on ? JSON.stringify(arctic) === JSON.stringify(ARCTIC_NAMES) : arctic.length === 0;
      return right && all.includes(BUILTIN_NAME) ? all : null;
    },
    { what: on ? 'the glossary\'s marks on the open tab' : 'the glossary\'s marks to go', timeout: PATIENCE_MS },
  );
}

async function openArticle(browser: GlossBrowser): Promise<TestPage> {
  const page = await browser.newPage();
  await page.setViewport(1100, 800);
  if (!server) throw new Error('the fixture server did not start');
  await page.goto(server.url('/glossary/arctic-article.html'));
  return page;
}

/** Hovers the first "Murmansk" and returns the card it opens, then closes it. */
async function murmanskCard(page: TestPage) {
  await page.hoverText('Murmansk');
  const card = await waitForCard(page, (c) => c.open && c.entryId === `${ARCTIC}/murmansk`, 'the card of Murmansk');
  await page.press('Escape');
  await cardClosed(page);
  return card;
}

/** What the background and the page cache hold: a refused file must leave both as they were. */
async function storedState(browser: GlossBrowser): Promise<{ list: unknown; stamp: unknown; inputs: unknown }> {
  const local = await browser.storageGet('local', ['gloss.terms', 'gloss.termsInputs']);
  const terms = local['gloss.terms'] as { stamp?: unknown } | undefined;
  return { list: await messageBackground(browser, { type: 'listGlossaries' }), stamp: terms?.stamp, inputs: local['gloss.termsInputs'] };
}

describeInBrowsers('glossary import, end to end', (ctx) => {
  let article: TestPage;
  let options: OptionsPage;

  beforeAll(async () => {
    // Firefox sends messages from an extension page; open it before the article.
    await extensionMessenger(ctx.browser);
    article = await openArticle(ctx.browser);
    // Scanned before the import: only the built-in term.
    await waitFor(async () => (await marked(article)).includes(BUILTIN_NAME), { what: 'the built-in mark' });
    expect(await arcticMarks(article)).toEqual([]);
    // Gone if the tab reloads: the marks below must come to this very document.
    await article.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
  });

  it('imports the example through the file picker: the open tab marks its terms, the card names it, the popup finds it', async () => {
    options = await openOptions(ctx.browser);
    expect(await listedIds(options.page)).toEqual(['builtin']);
    await options.pickFile(EXAMPLE);
    // The list can show it (it follows the page cache) a moment before the import's answer.
    await options.page.waitFor(() => (document.querySelector('#gloss-glossaries-status')?.textContent ?? '').startsWith('Added'), undefined, PATIENCE_MS);
    expect((await importReport(options.page)).status).toContain('Added “Arctic shipping”');
    expect(await listedIds(options.page)).toEqual(['builtin', ARCTIC]);
    const meta = await options.page.evaluate((id) => document.querySelector(`[data-glossary-id="${id}"] .gloss-glossary__meta`)?.textContent ?? '', ARCTIC);
    expect(meta).toContain('By Gloss examples');
    expect(meta).toContain('13 terms');
    expect(await switchOn(options.page, ARCTIC)).toBe(true);

    await waitForArcticMarks(article, true);
    expect(await article.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    const card = await murmanskCard(article);
    expect(card.title).toBe('Murmansk');
    expect(card.text).toContain('Glossary: Arctic shipping');
    expect(card.links.every((l) => l.href.startsWith('https://'))).toBe(true);

    const popup = await ctx.browser.openPopup();
    try {
      await popup.waitFor(() => document.activeElement?.id === 'gloss-search-input', undefined, PATIENCE_MS);
      await popup.type('Murmansk');
      await popup.waitFor(() => document.querySelector('.gloss-body')?.getAttribute('data-answered') === 'Murmansk', undefined, PATIENCE_MS);
      const ids = await popup.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).map((o) => o.dataset['entryId']));
      expect(ids[0]).toBe(`${ARCTIC}/murmansk`);
      expect(popup.errors()).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('switching it off in the options page takes its marks off the open tab; on again brings them back', async () => {
    await clickOn(options.page, '[role="switch"]', null, ARCTIC);
    await options.page.waitFor((id) => document.querySelector(`[data-glossary-id="${id}"] [role="switch"]`)?.getAttribute('aria-checked') === 'false', ARCTIC, PATIENCE_MS);
    expect((await importReport(options.page)).status).toContain('“Arctic shipping” is off');
    await waitForArcticMarks(article, false);

    await clickOn(options.page, '[role="switch"]', null, ARCTIC);
    await options.page.waitFor((id) => document.querySelector(`[data-glossary-id="${id}"] [role="switch"]`)?.getAttribute('aria-checked') === 'true', ARCTIC, PATIENCE_MS);
    await waitForArcticMarks(article, true);
    expect(await article.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  it('refuses a bad file with its reasons shown, and changes nothing', async () => {
    const before = await storedState(ctx.browser);
    const cases: Array<[string, RegExp[]]> = [
      ['not-json.json', [/^not-json\.json: is not a glossary: not valid JSON/]],
      ['bad-glossary.json', [/entry "dudinka": facts\[0\]\.source\.url: must be an https URL \(got "http:\/\/example\.org\/dudinka"\)/, /entry "dudinka": colour: is not a known field/]],
    ];
    for (const [file, reasons] of cases) {
      await options.pickFile(join(BAD, file));
      await options.page.waitFor((name) => (document.querySelector('#gloss-glossaries-status')?.textContent ?? '').includes(`Gloss did not import ${name}.`), file, PATIENCE_MS);
      const report = await importReport(options.page);
      expect(report.status).toBe(`Gloss did not import ${file}. Nothing was changed.`);
      expect(report.title).toBe(`Problems in ${file}:`);
      expect(report.problems).toHaveLength(reasons.length);
      for (const reason of reasons) expect(report.problems.some((p) => reason.test(p))).toBe(true);
      expect(report.more).toBe('');
      expect(await listedIds(options.page)).toEqual(['builtin', ARCTIC]);
      expect(await storedState(ctx.browser)).toEqual(before);
    }
    expect(await arcticMarks(article)).toEqual(ARCTIC_NAMES);
  });

  // Firefox runs the background as an event page and has no CDP to stop it with.
  it.skipIf(ctx.name !== 'chromium')('after the service worker was stopped, it is still listed, marks a fresh page, and its card opens', async () => {
    const stopper = await workerStopper(ctx.browser as ChromiumGloss);
    let fresh: TestPage | undefined;
    try {
      await stopper.stop();
      const again = await openOptions(ctx.browser);
      expect(await listedIds(again.page)).toEqual(['builtin', ARCTIC]);
      expect(await switchOn(again.page, ARCTIC)).toBe(true);
      await again.page.close();

      await stopper.stop();
      fresh = await openArticle(ctx.browser);
      await waitForArcticMarks(fresh, true);

      // The card's entry comes from the background, which reads it back from IndexedDB.
      await stopper.stop();
      const card = await murmanskCard(fresh);
      expect(card.text).toContain('Glossary: Arctic shipping');
      expect(stopper.state()).toBe('running');
      expect(fresh.errors()).toEqual([]);
    } finally {
      await fresh?.close();
      await stopper.detach();
    }
  });

  it('removing it asks first; once confirmed it leaves the list and the page', async () => {
    await clickOn(options.page, 'button', 'Remove…', ARCTIC);
    await options.page.waitFor(() => document.activeElement?.textContent === 'Keep it', undefined, PATIENCE_MS);
    expect(await options.page.evaluate(() => document.querySelector('.gloss-confirm')?.textContent ?? '')).toContain('Remove “Arctic shipping”?');
    // "Keep it" keeps it.
    await clickOn(options.page, 'button', 'Keep it', ARCTIC);
    await options.page.waitFor(() => document.querySelector('.gloss-confirm') === null, undefined, PATIENCE_MS);
    expect(await listedIds(options.page)).toEqual(['builtin', ARCTIC]);

    await clickOn(options.page, 'button', 'Remove…', ARCTIC);
    await options.page.waitFor(() => document.activeElement?.textContent === 'Keep it', undefined, PATIENCE_MS);
    await clickOn(options.page, 'button', 'Remove', ARCTIC);
    await options.page.waitFor((id) => document.querySelector(`[data-glossary-id="${id}"]`) === null, ARCTIC, PATIENCE_MS);
    expect(await listedIds(options.page)).toEqual(['builtin']);
    // The row goes before the status line is rewritten: poll it, as a reader would see it settle.
    await expect.poll(async () => (await importReport(options.page)).status, { timeout: PATIENCE_MS }).toBe('Removed “Arctic shipping”.');
    await waitForArcticMarks(article, false);
    const list = (await messageBackground(ctx.browser, { type: 'listGlossaries' })) as { ok: boolean; value: Array<{ id: string }> };
    expect(list.value.map((g) => g.id)).toEqual(['builtin']);
  });

  it('left no page error and made no network request from any context', async () => {
    expect(article.errors()).toEqual([]);
    expect(options.page.errors()).toEqual([]);
    expect(ctx.browser.externalRequests()).toEqual([]);
    await options.page.close();
    await article.close();
  });
});
