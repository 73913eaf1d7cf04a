// npm run bench:content -- [--json] [--write] [--limit N] [--match REGEX] [--non-article-limit N]
//                           [--card-pages N] [--control-pages N] [--floor-pages N] [--firefox-pages N]
//                           [--reuse-pages PREVIOUS.json]
// Gloss's content script in headless Chromium (Firefox ESR in item 6), measured against issue 14's
// targets:
//  1. the size of the gate (content.js) and of the two lazily loaded modules;
//  2. non-article pages (tests/fixtures/non-articles, and the corpus pages with their article
//     markers taken out): Gloss's main-thread time, and whether the scanner was loaded;
//  3. the corpus articles: tasks over 16 ms with Gloss's code in them, the longest, and Gloss's
//     main-thread time per page (trace.ts says how time is attributed);
//  4. the first card after the hover delay, cold and warm, read through the test probe;
//  5. DOMContentLoaded → first highlight registered (and → the last, as the earlier bench had it),
//     under the trace and again in a second load without it (the target is judged on that one);
//  6. the same non-articles and articles in Firefox ESR, sampled by the Gecko profiler (firefox.ts):
//     Gloss's time, whether the scanner ran, the first highlight (--firefox-pages caps each kind;
//     0 skips Firefox).
// Pages come from ../shared/corpus/pages at run time, served from 127.0.0.1 with their own scripts
// blocked (CSP script-src 'none') and every other request aborted. Uses the build in $GLOSS_DIST
// when set (node build.mjs --outdir DIR), else builds one of its own in a temporary folder.
// --json prints the figures as JSON on stdout (and writes bench/RESULTS.md only with --write);
// without it, the content-script section of bench/RESULTS.md is rewritten. hotFunctions lists the
// Gloss functions the article pages spend their time in, hotFunctionsNonArticle those of the
// non-article pages, from V8's samples (readable names need an unminified build: node build.mjs
// --dev --outdir DIR). --non-article-limit (default 30) caps the stripped corpus pages. Measures;
// asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { startScriptlessServer } from '../../scripts/harness/csp-server.ts';
import { prepareNonArticles } from './non-articles.ts';
import { summarise, type ArticleRow, type CardHover, type ContentBench, type FileSize, type NonArticleRow } from './report.ts';
import { writeSection } from './report-markdown.ts';
import { controlExtension, floorExtension } from './extensions.ts';
import { measureCards } from './measure-cards.ts';
import { measureFirefox } from './firefox.ts';
import { summariseFirefox } from './firefox-report.ts';
import { measureArticle, measureHighlights, measureNonArticle, pageCache, round } from './measure-pages.ts';

// npm runs scripts from the package root; run-ts bundles this file elsewhere, so import.meta.url cannot tell.
const ROOT = process.cwd();
const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const json = argv.includes('--json');
const reuseAt = argv.indexOf('--reuse-pages');
/** A previous --json output whose page figures are kept: only the cards are measured again. */
const reuse = reuseAt >= 0 ? (JSON.parse(readFileSync(argv[reuseAt + 1] ?? '', 'utf8')) as ContentBench) : null;
const write = argv.includes('--write') || (!json && !argv.includes('--no-write'));
const limit = arg('--limit', Infinity);
const matchAt = argv.indexOf('--match');
const match = matchAt >= 0 ? new RegExp(argv[matchAt + 1] ?? '') : null;
const nonArticleLimit = arg('--non-article-limit', 30);
const cardPages = arg('--card-pages', 10);
const controlPages = arg('--control-pages', 3);
const floorPages = arg('--floor-pages', 34);
const firefoxPages = arg('--firefox-pages', Infinity);
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'pages');
const NON_ARTICLE_FIXTURES = join(ROOT, 'tests', 'fixtures', 'non-articles');

function distDir(): { chrome: string; firefox: string; temporary: string | null } {
  const chosen = process.env['GLOSS_DIST'];
  if (chosen) return { chrome: join(resolve(chosen), 'chrome'), firefox: join(resolve(chosen), 'firefox'), temporary: null };
  const out = mkdtempSync(join(tmpdir(), 'gloss-bench-content-'));
  const r = spawnSync(process.execPath, ['build.mjs', '--outdir', out, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
  return { chrome: join(out, 'chrome'), firefox: join(out, 'firefox'), temporary: out };
}

function sizeOf(dir: string, file: string): FileSize {
  const bytes = readFileSync(join(dir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = [loadavg()[0]!];
  const corpusThere = existsSync(CORPUS);
  if (!corpusThere) log(`\n${'!'.repeat(78)}\n!! bench:content: NO CORPUS at ${CORPUS}: the article figures are SKIPPED\n${'!'.repeat(78)}\n`);
  const corpusFiles = corpusThere ? readdirSync(CORPUS).filter((f) => /\.html?$/i.test(f) && (!match || match.test(f))).sort().slice(0, limit) : [];
  const dist = distDir();
  const size = { gate: sizeOf(dist.chrome, 'content.js'), scan: sizeOf(dist.chrome, 'content-scan.js'), card: sizeOf(dist.chrome, 'content-card.js') };
  log(`content.js ${size.gate.raw} B raw, ${size.gate.gzip} B gzipped; content-scan.js ${size.scan.gzip} B gz; content-card.js ${size.card.gzip} B gz`);
  const nonArticles = prepareNonArticles(NON_ARTICLE_FIXTURES, corpusThere ? CORPUS : null, corpusFiles.slice(0, nonArticleLimit));
  const control = controlExtension();
  const floorDir = floorExtension();
  const corpus = corpusThere ? await startScriptlessServer(CORPUS) : null;
  const nonServer = await startScriptlessServer(nonArticles.dir);
  const hot = new Map<string, number>();
  const hotNon = new Map<string, number>();
  const articles: ArticleRow[] = [];
  const non: NonArticleRow[] = [];
  const cards: CardHover[] = [];
  const controlRows: ContentBench['control'] = [];
  const floorRows: NonArticleRow[] = [];
  let delay = 300;
  let firefox: ContentBench['firefox'] = null;
  try {
    // 1. Gloss alone (no probe): the page figures.
    const browser = await launchChromium({ dist: dist.chrome, probe: false });
    if (reuse) {
      non.push(...reuse.nonArticles);
      articles.push(...reuse.articles);
      controlRows.push(...reuse.control);
      for (const { name, ms } of reuse.hotFunctions) hot.set(name, ms);
      nonArticles.files.length = 0;
      corpusFiles.length = 0;
    }
    try {
      ({ hoverDelayMs: delay } = await pageCache(browser));
      for (const file of nonArticles.files) {
        const row = await measureNonArticle(browser, browser.context, nonServer.url(file), file, hotNon);
        non.push(row);
        log(`non-article ${file}: ${row.reason ?? '?'}, Gloss ${row.glossMs} ms (cpu ${row.glossCpuMs}), scanner ${row.scanLoaded ? 'LOADED' : 'not loaded'}`);
      }
      for (const file of corpusFiles) {
        const row = await measureArticle(browser, corpus!.url(file), file, hot);
        articles.push(row);
        log(`article ${file}: ${row.reason ?? '?'}, ${row.marks} marks, first ${row.firstHighlightMs ?? '-'} / last ${row.lastHighlightMs ?? '-'} ms after DCL, Gloss ${row.glossMs} ms (cpu ${row.glossCpuMs}), longest task ${row.longestTaskMs} ms, ${row.over16} over 16 ms`);
      }
      // The articles again, untraced: the latency to the first mark without the trace slowing every task.
      for (const row of articles) {
        if (reuse || row.on !== true || row.untraced) continue;
        row.untraced = await measureHighlights(browser.context, corpus!.url(row.file));
        log(`article ${row.file}, untraced: first ${row.untraced.firstHighlightMs ?? '-'} / last ${row.untraced.lastHighlightMs ?? '-'} ms after DCL`);
      }
    } finally {
      await browser.close();
    }
    // 2. Gloss with the test probe: the card, read through its closed shadow root.
    if (corpusThere && cardPages > 0) {
      const withProbe = await launchChromium({ dist: dist.chrome });
      try {
        await pageCache(withProbe);
        const marked = articles.filter((r) => r.marks > 0);
        const step = Math.max(1, Math.floor(marked.length / cardPages));
        for (let i = 0; i < marked.length && new Set(cards.map((c) => c.file)).size < cardPages; i += step) {
          const file = marked[i]!.file;
          const rows = await measureCards(withProbe, corpus!.url(file), file, delay).catch((error: unknown) => {
            log(`!! card ${file}: FAILED, left out: ${String(error)}`);
            return [];
          });
          cards.push(...rows);
          log(`card ${file}: ${rows.map((r) => `${r.kind} ${r.afterTimerMs ?? '?'} ms after the timer fired (${r.afterDelayMs} ms after move + delay)`).join('; ') || 'no card'}`);
        }
      } finally {
        await withProbe.close();
      }
    }
    // 3. Control: the same procedures without Gloss, to show what the attribution would wrongly count.
    if (controlPages > 0 && !reuse) {
      const bare = await launchChromium({ dist: control, probe: false });
      try {
        for (const file of nonArticles.files.slice(0, controlPages)) {
          const row = await measureNonArticle(null, bare.context, nonServer.url(file), file);
          controlRows.push({ file, kind: 'non-article', glossMs: row.glossMs });
        }
        for (const file of corpusFiles.slice(0, controlPages)) {
          const row = await measureArticle(bare, corpus!.url(file), file, null);
          controlRows.push({ file, kind: 'article', glossMs: row.glossMs, over16: row.over16 });
        }
        log(`control (no Gloss): ${controlRows.map((r) => `${r.file} ${r.glossMs} ms${r.over16 === undefined ? '' : `, ${r.over16} over 16 ms`}`).join(', ')}`);
      } finally {
        await bare.close();
      }
    }
    // 4. The floor: the least any settings-reading content script costs on the same non-articles.
    if (floorPages > 0 && !reuse) {
      const least = await launchChromium({ dist: floorDir, probe: false });
      try {
        for (const file of nonArticles.files.slice(0, floorPages)) floorRows.push(await measureNonArticle(null, least.context, nonServer.url(file), file));
        log(`floor (a content script that reads storage once): ${floorRows.map((r) => `${r.file} ${r.glossMs} ms (cpu ${r.glossCpuMs})`).join(', ')}`);
      } finally {
        await least.close();
      }
    }
    // 5. Firefox ESR: the same pages, sampled by the Gecko profiler.
    if (firefoxPages > 0 && !reuse) {
      const pages = [
        ...nonArticles.files.slice(0, firefoxPages).map((file) => ({ file, url: nonServer.url(file), kind: 'non-article' as const })),
        ...corpusFiles.slice(0, firefoxPages).map((file) => ({ file, url: corpus!.url(file), kind: 'article' as const })),
      ];
      firefox = await measureFirefox({ dist: dist.firefox, floorDir, pages, floorPages, log });
    }
  } finally {
    await corpus?.close();
    await nonServer.close();
    rmSync(nonArticles.dir, { recursive: true, force: true });
    rmSync(control, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
    if (dist.temporary) rmSync(dist.temporary, { recursive: true, force: true });
  }
  load.push(loadavg()[0]!);
  const floor = reuse ? (reuse.floor ?? []) : floorRows;
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const result: ContentBench = {
    date: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    browser: spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim(),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    loadAverage: load.map((x) => round(x)),
    build: { dist: process.env['GLOSS_DIST'] ? resolve(process.env['GLOSS_DIST']) : 'built by the bench', commit: head },
    corpus: corpusThere ? CORPUS : null,
    pagesFrom: reuse ? reuse.date : null,
    hoverDelayMs: delay,
    size,
    nonArticles: non,
    articles,
    cards,
    control: controlRows,
    floor,
    firefox: reuse ? (reuse.firefox ?? null) : firefox,
    hotFunctions: topHot(hot),
    hotFunctionsNonArticle: topHot(hotNon),
    summary: summarise(size, non, articles, cards, delay, floor),
  };
  if (write) writeSection(join(ROOT, 'bench', 'RESULTS.md'), result);
  const firefoxSummary = result.firefox ? summariseFirefox(result.firefox) : null;
  if (json) process.stdout.write(`${JSON.stringify({ ...result, firefoxSummary }, null, 2)}\n`);
  else log(JSON.stringify({ ...result.summary, firefox: firefoxSummary }, null, 2));
}

function topHot(hot: Map<string, number>): Array<{ name: string; ms: number }> {
  return [...hot].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([name, ms]) => ({ name, ms: round(ms) }));
}

await main();
