import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BINARIES } from './browsers.ts';
import { DIST_FIREFOX, requireDist } from './paths.ts';
import { probeDir } from './probe.ts';
import { saveScreenshot } from './screenshots.ts';
import { locateText } from './page-scripts.ts';
import { startRecordingProxy } from './proxy.ts';
import { readZip } from './unzip.ts';
import type { GlossBrowser, HoverOptions, StorageArea, StorageAreaApi, TestPage } from './types.ts';

const FIXED_UUID = '6f1c1c3e-8d1b-4f0e-9a57-5b1e0c9a2f10';
/** The test probe's, so that the harness can open its colour page (probe/color.html). */
const PROBE_UUID = '0b7d2a4e-3c5f-4e8a-9d61-2f4a8c7e1b93';
const PROBE_ID = 'probe@gloss.test';

export interface FirefoxOptions {
  /** An unpacked build (a folder), or a packaged one (.zip or .xpi) installed as users get it. */
  dist?: string;
  /** Install the test probe beside Gloss (probe.ts); benchmarks leave it out. Default true. */
  probe?: boolean;
  /** More environment for Firefox (the benchmark's profiler settings). */
  env?: Record<string, string>;
}

/** Runs `fn` until it stops throwing and returns something truthy, or the time is up. */
async function poll<R>(fn: () => Promise<R>, timeoutMs: number, what: string): Promise<R> {
  const end = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      const r = await fn();
      if (r) return r;
    } catch (e) {
      last = String(e);
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Whether a Firefox may be using this profile: its `lock` names a live process ("IP:+PID"), or it is
 * too young to have one yet (puppeteer writes the profile before Firefox starts and locks it).
 */
function profileInUse(dir: string): boolean {
  try {
    const pid = Number(readlinkSync(join(dir, 'lock')).split('+').pop());
    if (pid > 0) {
      try {
        process.kill(pid, 0);
        return true;
      } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'EPERM';
      }
    }
  } catch {
    // No lock: Firefox has not started yet, or it crashed before taking one.
  }
  try {
    return Date.now() - statSync(dir).mtimeMs < 120_000;
  } catch {
    return false;
  }
}

/**
 * Removes the temporary profiles a crashed run leaves behind, and only those: other test runs on
 * the same machine may have a Firefox running on theirs.
 */
function cleanStaleProfiles(): void {
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!name.startsWith('puppeteer_dev_firefox_profile-') || profileInUse(dir)) continue;
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run's cleanup got there first; whatever is left goes next time.
    }
  }
}

/** Launches Firefox ESR headless over WebDriver BiDi with Gloss installed as a temporary add-on. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<GlossBrowser & { browser: Browser }> {
  const chosen = options.dist;
  const packaged = chosen !== undefined && /\.(zip|xpi)$/.test(chosen);
  const dist = packaged ? chosen : requireDist(chosen ?? DIST_FIREFOX, chosen !== undefined);
  const manifestText = packaged ? readZip(dist).get('manifest.json')?.toString('utf8') : readFileSync(join(dist, 'manifest.json'), 'utf8');
  if (!manifestText) throw new Error(`${dist} has no manifest.json`);
  const manifest = JSON.parse(manifestText) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  cleanStaleProfiles();
  const proxy = await startRecordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BINARIES.firefox.path,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Release builds ignore `services.settings.server` unless this is set, and remote settings would
    // otherwise keep knocking on Mozilla's servers.
    env: { ...process.env, ...options.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIXED_UUID, [PROBE_ID]: PROBE_UUID }),
      // Every request that leaves loopback goes to the recording proxy, whichever context made it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Browser features that phone home on their own would otherwise be counted against Gloss.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
    },
  });
  // Firefox installs a folder or an archive alike as a temporary add-on.
  await browser.installExtension(dist);
  if (options.probe !== false) await browser.installExtension(probeDir());
  const extensionOrigin = `moz-extension://${FIXED_UUID}`;

  let storagePage: Promise<TestPage> | undefined;
  const ext = (): Promise<TestPage> => (storagePage ??= openExtension('options.html'));

  async function openExtension(path: string): Promise<TestPage> {
    const page = await browser.newPage();
    const url = `${extensionOrigin}/${path}`;
    // Navigating to moz-extension:// loads but never resolves over BiDi: start it and poll instead.
    void page.goto(url).catch(() => {});
    await poll(async () => page.evaluate((u) => location.href.startsWith(u) && document.readyState === 'complete', url), 15_000, url);
    return firefoxPage(page, browser);
  }

  const storage = <R>(fn: (a: { area: StorageArea; arg: unknown }) => Promise<R>, area: StorageArea, arg: unknown): Promise<R> =>
    ext().then((p) => p.evaluate(fn, { area, arg }));

  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    async newPage() {
      return firefoxPage(await browser.newPage(), browser);
    },
    openExtensionPage: openExtension,
    openPopup: (query?: string) => openExtension(`popup.html${query ? `?${query}` : ''}`),
    storageGet: (area, keys = null) =>
      storage(({ area: a, arg }) => (globalThis as unknown as ExtGlobal).browser.storage[a].get(arg as string[] | null), area, keys),
    storageSet: (area, items) =>
      storage(({ area: a, arg }) => (globalThis as unknown as ExtGlobal).browser.storage[a].set(arg as Record<string, unknown>), area, items),
    storageClear: (area) => storage(({ area: a }) => (globalThis as unknown as ExtGlobal).browser.storage[a].clear(), area, null),
    externalRequests: () => proxy.seen.map((url) => ({ url, from: 'unknown' as const })),
    async close() {
      await browser.close().catch(() => {});
      await proxy.close();
      cleanStaleProfiles();
    },
  };
}

/** The slice of puppeteer's Browser this needs: its WebDriver BiDi connection. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Puppeteer cannot emulate media features over WebDriver BiDi ("CDP support is required"), so this
 * sets Firefox's content colour-scheme pref from its chrome context, which
 * `--remote-allow-system-access` opens to BiDi. It applies to every page of that Firefox, live.
 * False where BiDi has no chrome scope (Firefox ESR 140): nothing was set.
 */
async function setContentColorScheme(browser: Browser, scheme: 'light' | 'dark'): Promise<boolean> {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('emulateColorScheme: no WebDriver BiDi connection to Firefox');
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('emulateColorScheme: Firefox shows no chrome window');
  // layout.css.prefers-color-scheme.content-override: 0 dark, 1 light, 2 follow the system.
  const answer = await connection.send('script.evaluate', {
    expression: `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`,
    target: { context },
    awaitPromise: false,
  });
  const result = (answer as { result?: { type?: string } }).result;
  // An exception here: Services is undefined, the tree held content tabs, BiDi has no chrome scope.
  return result?.type !== 'exception';
}

/**
 * Where BiDi has no chrome scope (Firefox ESR 140), the test probe sets the same content colour
 * scheme through browserSettings, from a page of its own (probe/color.js reports in its title).
 */
async function setColorSchemeThroughProbe(browser: Browser, scheme: 'light' | 'dark'): Promise<void> {
  const tab = await browser.newPage();
  try {
    // Like Gloss's own pages: a moz-extension:// navigation never resolves over BiDi.
    void tab.goto(`moz-extension://${PROBE_UUID}/color.html?scheme=${scheme}`).catch(() => {});
    const title = await poll(async () => {
      const t = await tab.title();
      return t.startsWith('done') || t.startsWith('failed') ? t : '';
    }, 10_000, 'the test probe to set the colour scheme');
    if (!title.startsWith('done')) throw new Error(`emulateColorScheme: ${title}`);
  } finally {
    await tab.close();
  }
}

/** The part of an extension page's `browser` global the harness uses (evaluated inside the page). */
interface ExtGlobal {
  browser: { storage: Record<StorageArea, StorageAreaApi> };
}

function firefoxPage(page: Page, browser: Browser): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  const self: TestPage = {
    browser: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    // The harness's generic signature is wider than puppeteer's, so erase it at this one seam.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as unknown as (a: unknown) => Promise<R>, arg) as Promise<R>,
    async hoverText(text: string, options: HoverOptions = {}) {
      const point = await page.evaluate(locateText, { text, occurrence: options.occurrence ?? 0, at: options.at ?? 0.5 });
      if (!point) throw new Error(`hoverText: "${text}" not found on ${page.url()}`);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      return point;
    },
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    async press(key) {
      // Playwright-style chords ("Alt+Shift+Period") so tests read the same in both browsers.
      const parts = key.split('+').map((k) => (k === 'Period' ? '.' : k === 'Comma' ? ',' : k)) as KeyInput[];
      const main = parts.pop() as KeyInput;
      for (const m of parts) await page.keyboard.down(m);
      await page.keyboard.press(main);
      for (const m of parts.reverse()) await page.keyboard.up(m);
    },
    type: (text) => page.keyboard.type(text),
    async setViewport(width, height) {
      // puppeteer 24 sends emulation.setScreenOrientationOverride beside the viewport, and Firefox
      // ESR 140 does not know that command. The viewport command itself goes through, so that one
      // failure is let pass, and the size is waited for instead.
      await page.setViewport({ width, height }).catch((error: unknown) => {
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
      await poll(async () => page.evaluate((w) => innerWidth === w, width), 10_000, `a ${width} px wide viewport`);
    },
    async emulateColorScheme(scheme) {
      if (!(await setContentColorScheme(browser, scheme))) await setColorSchemeThroughProbe(browser, scheme);
      await self.waitFor((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark');
    },
    async screenshot(name) {
      return saveScreenshot('firefox', name, await page.screenshot());
    },
    waitFor: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = 5_000) =>
      poll(() => page.evaluate(fn as unknown as (a: unknown) => Promise<R>, arg as unknown) as Promise<R>, timeoutMs, 'a page condition'),
    errors: () => [...errors],
    close: () => page.close(),
  };
  return self;
}
