import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BINARIES, CHROMIUM_ARGS } from './browsers.ts';
import { DIST_CHROME, requireDist } from './paths.ts';
import { probeDir } from './probe.ts';
import { saveScreenshot } from './screenshots.ts';
import { locateText } from './page-scripts.ts';
import type { GlossBrowser, HoverOptions, RecordedRequest, StorageArea, StorageAreaApi, TestPage } from './types.ts';

const LOCAL = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

export interface ChromiumOptions {
  dist?: string;
  colorScheme?: 'light' | 'dark';
  /** Load the test probe beside Gloss (probe.ts); benchmarks leave it out. Default true. */
  probe?: boolean;
}

export type ChromiumGloss = GlossBrowser & { context: BrowserContext; worker(): Promise<Worker> };

/** Launches Debian's Chromium headless with the built extension loaded, all non-local traffic refused. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumGloss> {
  const dist = requireDist(options.dist ?? DIST_CHROME, options.dist !== undefined);
  const profile = mkdtempSync(join(tmpdir(), 'gloss-chromium-'));
  const extensions = options.probe === false ? dist : `${dist},${probeDir()}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BINARIES.chromium.path,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      ...CHROMIUM_ARGS,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });

  let extensionOrigin = '';
  const requests: RecordedRequest[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (LOCAL.test(url) || url.startsWith('data:') || url.startsWith('blob:')) return;
    // Gloss's own files are no network request: its origin, and the per-session origin Chrome
    // serves its lazily loaded modules from (use_dynamic_url), which is another chrome-extension: id.
    if (url.startsWith('chrome-extension://')) return;
    let from: RecordedRequest['from'] = 'unknown';
    if (req.serviceWorker()) from = 'extension';
    else {
      try {
        const frameUrl = req.frame().url();
        from = frameUrl.startsWith('chrome-extension://') ? 'extension' : 'page';
      } catch {
        from = 'unknown';
      }
    }
    requests.push({ url, from });
  });
  // Refuse everything that is not the fixture server or the extension: the machine is offline, and a
  // request that waits for a timeout would only slow the tests down.
  await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]|chrome-extension:|data:|blob:)/, (route) => route.abort());

  const worker = async (): Promise<Worker> => {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return found ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  // URL.origin is "null" for chrome-extension: in Node, so cut the origin by hand.
  extensionOrigin = (await worker()).url().split('/').slice(0, 3).join('/');

  const wrap = (page: Page): TestPage => chromiumPage(page);

  const storageCall = async <R>(fn: (a: { area: StorageArea; arg: unknown }) => Promise<R>, area: StorageArea, arg: unknown): Promise<R> =>
    (await worker()).evaluate(fn, { area, arg });

  return {
    name: 'chromium',
    context,
    worker,
    get extensionOrigin() {
      return extensionOrigin;
    },
    async newPage() {
      return wrap(await context.newPage());
    },
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return wrap(page);
    },
    async openPopup(query?: string) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/popup.html${query ? `?${query}` : ''}`);
      return wrap(page);
    },
    storageGet: (area, keys = null) =>
      storageCall(({ area: a, arg }) => (globalThis as unknown as ExtGlobal).chrome.storage[a].get(arg as string[] | null), area, keys),
    storageSet: (area, items) =>
      storageCall(({ area: a, arg }) => (globalThis as unknown as ExtGlobal).chrome.storage[a].set(arg as Record<string, unknown>), area, items),
    storageClear: (area) => storageCall(({ area: a }) => (globalThis as unknown as ExtGlobal).chrome.storage[a].clear(), area, null),
    externalRequests: () => [...requests],
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The part of the worker's `chrome` global the harness uses (evaluated inside the worker). */
interface ExtGlobal {
  chrome: { storage: Record<StorageArea, StorageAreaApi> };
}

function chromiumPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return {
    browser: 'chromium',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    // The harness's generic signature is wider than playwright's, so erase it at this one seam.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as unknown as (a: unknown) => Promise<R>, arg as unknown),
    async hoverText(text: string, options: HoverOptions = {}) {
      const point = await page.evaluate(locateText, { text, occurrence: options.occurrence ?? 0, at: options.at ?? 0.5 });
      if (!point) throw new Error(`hoverText: "${text}" not found on ${page.url()}`);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      return point;
    },
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    async screenshot(name) {
      return saveScreenshot('chromium', name, await page.screenshot());
    },
    waitFor: async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = 5_000) => {
      const handle = await page.waitForFunction(fn as unknown as (a: unknown) => R, arg as unknown, { timeout: timeoutMs, polling: 50 });
      return (await handle.jsonValue()) as R;
    },
    errors: () => [...errors],
    close: () => page.close(),
  };
}
