// npm run bench:content -- [--limit N] [--heap-pages N] [--no-write]
// The content script in headless Chromium with the production build loaded, on every page of
// ../shared/corpus/pages (page scripts blocked by CSP, other requests aborted): time from
// DOMContentLoaded to all terms highlighted, the longest main-thread task the extension caused
// (from a performance trace), the JS heap Gloss adds, the size of content.js, and how long after
// the hover delay the card shows. Appends its section to bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { startScriptlessServer } from '../../scripts/harness/csp-server.ts';
import { messageBackground } from '../../scripts/harness/tab-messages.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { armCardLatency, readCardLatency, readHighlightTimeline, recordHighlightTimeline } from './page-probes.ts';
import { writeSection, type ContentBench, type PageRow } from './report.ts';
import { extensionTasks, startTrace } from './trace.ts';

// npm runs scripts from the package root; run-ts bundles this file elsewhere, so import.meta.url cannot tell.
const ROOT = process.cwd();
const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const limit = arg('--limit', Infinity);
const heapPages = arg('--heap-pages', 12);
const write = !argv.includes('--no-write');
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'pages');
/** The highlight count must hold this long before the page counts as done. */
const SETTLE_MS = 1_500;

function build(outdir: string): void {
  const r = spawnSync(process.execPath, ['build.mjs', '--outdir', outdir, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

async function settle(page: Page): Promise<{ dcl: number; changes: Array<[number, number]> }> {
  let last = '';
  let stableSince = Date.now();
  const end = Date.now() + 20_000;
  for (;;) {
    const t = await page.evaluate(readHighlightTimeline);
    const key = JSON.stringify(t.changes.at(-1) ?? null);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    }
    if (Date.now() - stableSince > SETTLE_MS || Date.now() > end) return t;
    await sleep(100);
  }
}

async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function measurePage(context: BrowserContext, url: string, file: string): Promise<PageRow> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const cdp = await context.newCDPSession(page);
  const trace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
  const timeline = await settle(page);
  const tasks = extensionTasks(await trace.stop());
  await cdp.detach();
  await page.close();
  const lastChange = timeline.changes.at(-1);
  return {
    file,
    marks: lastChange?.[1] ?? 0,
    highlightedMs: lastChange && timeline.dcl >= 0 ? Math.max(0, lastChange[0] - timeline.dcl) : null,
    ...tasks,
  };
}

async function heapDelta(context: BrowserContext, browser: Parameters<typeof messageBackground>[0], url: string): Promise<number> {
  const sizes: number[] = [];
  for (const rule of ['off', null] as const) {
    await messageBackground(browser, { type: 'setSiteRule', site: '127.0.0.1', rule });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    await settle(page);
    sizes.push(await heapUsed(context, page));
    await page.close();
  }
  return sizes[1]! - sizes[0]!;
}

async function cardLatency(context: BrowserContext, url: string, hoverDelay: number): Promise<number[]> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  const terms = ['Power of Siberia', 'Gazprom', 'Mongolia', 'CNPC', 'South Pars', 'INSTC', 'Shahed-136', 'Alabuga'];
  const out: number[] = [];
  for (const term of terms) {
    const point = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(text);
        if (i < 0) continue;
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + Math.min(4, text.length));
        const rect = r.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      }
      return null;
    }, term);
    if (!point) continue;
    await page.keyboard.press('Escape');
    await page.mouse.move(2, 2);
    await sleep(500);
    await page.evaluate(armCardLatency);
    await page.mouse.move(point.x, point.y);
    await sleep(hoverDelay + 400);
    const { move, shown } = await page.evaluate(readCardLatency);
    if (move >= 0 && shown >= 0) out.push(shown - move - hoverDelay);
  }
  await page.close();
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(CORPUS)) {
    log(`bench:content: no corpus at ${CORPUS}`);
    process.exitCode = 2;
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'gloss-bench-content-'));
  build(out);
  const contentJs = readFileSync(join(out, 'chrome', 'content.js'));
  const size = { raw: contentJs.length, gzip: gzipSync(contentJs, { level: 9 }).length };
  log(`content.js: ${(size.raw / 1024).toFixed(1)} KB, ${(size.gzip / 1024).toFixed(1)} KB gzipped`);
  const browser = await launchChromium({ dist: join(out, 'chrome') });
  const corpus = await startScriptlessServer(CORPUS);
  const demo = await startStaticServer({ '/': join(ROOT, 'tests', 'fixtures', 'demo') });
  try {
    await browser.context.addInitScript(recordHighlightTimeline);
    const files = readdirSync(CORPUS).filter((f) => /\.html?$/i.test(f)).sort().slice(0, limit);
    const rows: PageRow[] = [];
    for (const file of files) {
      const row = await measurePage(browser.context, corpus.url(file), file);
      rows.push(row);
      log(`${file}: ${row.marks} marks, highlighted ${row.highlightedMs?.toFixed(0) ?? '-'} ms after DOMContentLoaded, longest task ${row.longestTaskMs.toFixed(1)} ms (code ${row.longestCodeMs.toFixed(1)} ms)`);
    }
    const heap: number[] = [];
    const step = Math.max(1, Math.floor(files.length / Math.max(1, heapPages)));
    for (let i = 0; i < files.length && heap.length < heapPages; i += step) {
      const delta = await heapDelta(browser.context, browser, corpus.url(files[i]!));
      heap.push(delta);
      log(`heap ${files[i]}: ${(delta / 1024).toFixed(0)} KB with Gloss on`);
    }
    const latencies = await cardLatency(browser.context, demo.url('/article.html'), 300);
    log(`card after the 300 ms delay: ${latencies.map((l) => l.toFixed(1)).join(', ')} ms`);
    const version = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
    const result: ContentBench = {
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      browser: version,
      node: process.version,
      cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
      size,
      rows,
      heap,
      latencies,
    };
    if (write) writeSection(join(ROOT, 'bench', 'RESULTS.md'), result);
    else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await corpus.close();
    await demo.close();
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
