// npm run bench -- [--pages DIR] [--json] [--sizes 100,1000,10000] [--rounds 7] [--regex-rounds 3]
//                  [--mark-budget MS] [--limit N] [--out FILE | --no-write]
// npm run bench -- --render saved.json [--out FILE]   (report from a saved --json run)
// Walk + match in headless Chromium over saved news pages, against a bare TreeWalker pass, mark.js
// and one combined RegExp. Ratios measured in one run per page; never a pass/fail test.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { launchBrowser } from './lib/browser.ts';
import { buildDict, realTerms } from './lib/dictionaries.ts';
import { measurePage } from './lib/measure.ts';
import { markdownReport } from './lib/report.ts';
import { writeKeepingSections } from './lib/sections.ts';
import { summarise, type BenchResults, type PageResult } from './lib/results.ts';

interface Options {
  pages: string;
  json: boolean;
  sizes: number[];
  rounds: number;
  regexRounds: number;
  markBudgetMs: number;
  limit: number;
  out: string | null;
}

function parseArgs(args: string[]): Options {
  const o: Options = {
    pages: resolve('..', 'shared', 'corpus', 'pages'),
    json: false,
    sizes: [100, 1000, 10000],
    rounds: 7,
    regexRounds: 3,
    markBudgetMs: 700,
    limit: Infinity,
    out: 'bench/RESULTS.md',
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const positive = (v: string): number => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${a} needs a positive number, got ${v}`);
      return n;
    };
    if (a === '--pages') o.pages = resolve(value());
    else if (a === '--json') o.json = true;
    else if (a === '--sizes') o.sizes = value().split(',').map((s) => Math.round(positive(s)));
    else if (a === '--rounds') o.rounds = Math.round(positive(value()));
    else if (a === '--regex-rounds') o.regexRounds = Math.round(positive(value()));
    else if (a === '--mark-budget') o.markBudgetMs = positive(value());
    else if (a === '--limit') o.limit = Math.round(positive(value()));
    else if (a === '--out') o.out = value();
    else if (a === '--no-write') o.out = null;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

async function bundle(entry: string, format: 'iife' | 'esm'): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format, target: 'chrome120', minify: true, write: false, logLevel: 'error' });
  return result.outputFiles[0]!.text;
}

async function main(): Promise<number> {
  const started = Date.now();
  const args = process.argv.slice(2);
  // --render FILE.json [--out FILE]: rewrite the report from a saved --json run, without measuring.
  const render = args.indexOf('--render');
  if (render >= 0) {
    const saved = JSON.parse(readFileSync(args[render + 1] ?? '', 'utf8')) as BenchResults;
    const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : 'bench/RESULTS.md';
    writeKeepingSections(out, markdownReport(saved));
    process.stderr.write(`bench: wrote ${out} from ${args[render + 1]}\n`);
    return 0;
  }
  const o = parseArgs(args);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  if (!existsSync(o.pages)) {
    log(`bench: no pages folder at ${o.pages}; pass --pages DIR`);
    return 2;
  }
  const names = readdirSync(o.pages).filter((f) => /\.html?$/i.test(f)).sort().slice(0, o.limit);
  if (names.length === 0) {
    log(`bench: no .html files in ${o.pages}`);
    return 2;
  }
  const real = await realTerms('src/facts');
  const dicts = o.sizes.map((size) => buildDict(size, real));
  for (const d of dicts) log(`bench: ${d.size} terms (${d.real} real, ${d.generated} generated): ${d.rawBytes} B, ${d.gzipBytes} B gzipped`);
  const pageCode = await bundle('bench/page/entry.ts', 'iife');
  const core = await bundle('src/core/match/index.ts', 'esm');
  // mark.js is UMD: on a page that defines an AMD `define` it would register a module and leave no
  // global, so it runs with define/module/exports hidden.
  const markSource = `(function (define, module, exports) {\n${readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8')}\n}).call(globalThis);`;

  const server = await startStaticServer({ '/pages': o.pages });
  const browser = await launchBrowser();
  const perPage: PageResult[] = [];
  try {
    for (const [n, name] of names.entries()) {
      const t = Date.now();
      const url = server.url(`/pages/${encodeURIComponent(name)}`);
      const result = await measurePage(browser.context, url, name, { dicts, pageCode, markSource, ...o }).catch(
        (e: unknown): PageResult => ({ ...emptyResult(name), error: e instanceof Error ? e.message.split('\n')[0]! : String(e) }),
      );
      perPage.push(result);
      const big = Math.max(...o.sizes);
      log(
        `bench: [${n + 1}/${names.length}] ${name}: ` +
          (result.error ??
            `a ${result.floor.toFixed(2)} ms (cold ${result.coldFloor.toFixed(1)}), b@${big} ${result.gloss[big]?.toFixed(2)} ms (cold ${result.coldGloss.toFixed(1)}), ` +
              `d@${big} ${result.regex[big]?.toFixed(1)} ms, c@${o.sizes[1] ?? big} ~${result.mark[o.sizes[1] ?? big]?.estimateMs.toFixed(0)} ms`) +
          ` (${((Date.now() - t) / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    browser: `Chromium ${browser.version} (headless, /usr/bin/chromium)`,
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    pagesDir: o.pages,
    pages: names.length,
    measuredPages: perPage.filter((p) => p.error === undefined).length,
    sizes: o.sizes,
    rounds: o.rounds,
    regexRounds: o.regexRounds,
    markBudgetMs: o.markBudgetMs,
    blockedRequests: browser.blocked,
    durationS: Math.round((Date.now() - started) / 1000),
    bundle: { rawBytes: Buffer.byteLength(core), gzipBytes: gzipSync(core, { level: 9 }).length },
    dicts: dicts.map(({ size, real: r, generated, rawBytes, gzipBytes }) => ({ size, real: r, generated, rawBytes, gzipBytes })),
    ...summarise(perPage, o.sizes),
    perPage,
  };
  if (o.json) process.stdout.write(`${JSON.stringify(results)}\n`);
  if (o.out) {
    // The other runners' sections (content script, latency) stay below the matching report.
    writeKeepingSections(o.out, markdownReport(results));
    log(`bench: wrote ${o.out}`);
  }
  for (const t of results.targets) log(`bench: ${t.met ? 'met ' : 'MISS'} ${t.name}: ${t.value?.toFixed(2) ?? '–'} (target ${t.target})`);
  return 0;
}

function emptyResult(page: string): PageResult {
  return { page: basename(page), nodes: 0, chars: 0, coldFloor: NaN, coldGloss: NaN, floor: NaN, gloss: {}, regex: {}, mark: {}, glossMatches: {}, regexMatches: {}, blocks: 0, createMs: {}, regexBuildMs: {} };
}

process.exitCode = await main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  return 2;
});
