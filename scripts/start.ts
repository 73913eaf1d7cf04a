// `npm start`: build Gloss, serve the demo article on 127.0.0.1 and show Gloss at work on it.
// With a display it opens Chromium (or Firefox) with Gloss loaded; without one (a server, CI) it loads
// the page headless, hovers a term, and saves a screenshot under artifacts/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BINARIES } from './harness/browsers.ts';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import { DIST_CHROME, DIST_FIREFOX, FIXTURES, ROOT } from './harness/paths.ts';
import type { GlossBrowser } from './harness/types.ts';
import { startStaticServer } from './lib/static-server.ts';
import { markedCount } from './harness/content-probes.ts';
import { waitForCard } from './harness/probe.ts';

const TERM = 'Power of Siberia';

function build(): void {
  const r = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

interface DemoState {
  highlights: number;
  cardTitle: string | null;
}

function describe(state: DemoState): string {
  if (!state.highlights) return 'Gloss loaded, but it marked no terms on the demo page (the content script did not run or found nothing).';
  const marked = `Gloss marked ${state.highlights} term${state.highlights === 1 ? '' : 's'} on the page`;
  if (!state.cardTitle) return `${marked}; hovering "${TERM}" opened no card.`;
  return `${marked}; hovering "${TERM}" opened the card "${state.cardTitle}".`;
}

async function headless(url: string): Promise<void> {
  const chromium = existsSync(BINARIES.chromium.path);
  const browser: GlossBrowser = chromium ? await launchChromium() : await launchFirefox();
  try {
    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(url);
    // Give the content script its idle-time scan, then hover like a reader would.
    await page.waitFor(() => ((CSS as { highlights?: HighlightRegistry }).highlights?.size ?? 0) > 0, undefined, 5_000).catch(() => false);
    await page.hoverText(TERM, { at: 0.3 });
    // The card sits in a closed shadow root: the harness's test probe reads it. Waiting for it to
    // come to rest lets the fade-in finish, so the screenshot shows it as a reader sees it.
    const card = await waitForCard(page, (c) => c.atRest, 'the card', 10_000).catch(() => null);
    const state: DemoState = { highlights: await page.evaluate(markedCount), cardTitle: card?.title ?? null };
    const shot = await page.screenshot('demo');
    console.log(`\n${describe(state)}`);
    console.log(`Screenshot (${browser.name}, headless): ${relative(process.cwd(), shot)}`);
  } finally {
    await browser.close();
  }
}

async function windowed(url: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'gloss-start-'));
  const [cmd, args] = existsSync(BINARIES.chromium.path)
    ? [BINARIES.chromium.path, [`--user-data-dir=${profile}`, `--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`, '--no-first-run', '--disable-sync', url]]
    : [join(ROOT, 'node_modules', '.bin', 'web-ext'), ['run', '--source-dir', DIST_FIREFOX, `--firefox=${BINARIES.firefox.path}`, '--start-url', url, '--no-reload']];
  console.log(`\nOpening ${url} with Gloss loaded. Hover a dotted term to see its card. Close the browser to stop.`);
  const child = spawn(cmd, args, { stdio: 'ignore' });
  await new Promise((ok) => child.on('exit', ok));
}

async function main(): Promise<void> {
  build();
  const hasChromium = existsSync(BINARIES.chromium.path);
  const hasFirefox = existsSync(BINARIES.firefox.path);
  if (!hasChromium && !hasFirefox) {
    console.log(
      'Gloss is built in dist/. No browser here: `sudo apt-get install -y chromium` (or firefox-esr) and rerun, or load dist/chrome via chrome://extensions → "Load unpacked" (dist/firefox via about:debugging → "Load Temporary Add-on").',
    );
    return;
  }
  const server = await startStaticServer({ '/': join(FIXTURES, 'demo') });
  const url = server.url('/article.html');
  try {
    const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.GLOSS_HEADLESS !== '1';
    await (display ? windowed(url) : headless(url));
  } finally {
    await server.close();
  }
}

await main();
