// npm run bench -- latency [--browsers chromium,firefox] [--rounds N] [--no-write] [--json]
// The times the tests used to assert and no longer do: search per keystroke (Node and the popup in
// both browsers), how fast the site switch reaches every tab, and the longest main-thread gap on
// the hostile pages with Gloss off and on. Each is printed against its target, met or missed, and
// written to its section of bench/RESULTS.md. Never a pass/fail test: the exit code is 0 unless
// the run itself broke.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserAvailable, type BrowserName } from '../../scripts/harness/browsers.ts';
import { FIXTURES, launchChromium, launchFirefox, startStaticServer, type GlossBrowser } from '../../scripts/harness/index.ts';
import { writeSection } from '../lib/sections.ts';
import { measureGaps } from './main-thread-gaps.ts';
import { measureLiveToggle } from './live-toggle.ts';
import { measurePopupSearch } from './popup-search.ts';
import { markdown, summaryLines, type BrowserLatency, type LatencyBench } from './report.ts';
import { measureNodeSearch } from './search-node.ts';

// npm runs scripts from the package root; run-ts bundles this file elsewhere, so import.meta.url cannot tell.
const ROOT = process.cwd();
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const browsers = (option('--browsers') ?? 'chromium,firefox').split(',') as BrowserName[];
const rounds = Number(option('--rounds') ?? 3);
const write = !argv.includes('--no-write');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

function build(outdir: string): void {
  const r = spawnSync(process.execPath, ['build.mjs', '--outdir', outdir, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

function version(name: BrowserName): string {
  const bin = name === 'chromium' ? 'chromium' : 'firefox-esr';
  return spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim() || name;
}

/** Runs one measurement; a failure is reported in the results instead of ending the run. */
async function attempt<R>(what: string, errors: string[], fn: () => Promise<R>): Promise<R | null> {
  try {
    return await fn();
  } catch (e) {
    const message = `${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    errors.push(message);
    log(`bench: ${message}`);
    return null;
  }
}

async function inBrowser(name: BrowserName, dist: string): Promise<BrowserLatency> {
  const result: BrowserLatency = { browser: name === 'chromium' ? 'Chromium' : 'Firefox', version: version(name), popup: null, toggle: [], gaps: [], errors: [] };
  const demo = await startStaticServer({ '/': join(FIXTURES, 'demo') });
  const pages = await startStaticServer({ '/pages': join(FIXTURES, 'pages') });
  let browser: GlossBrowser | undefined;
  try {
    // Built right before each browser starts: the harness refuses a build older than the source,
    // and other people edit the source while a bench runs.
    build(dist);
    browser = name === 'chromium' ? await launchChromium({ dist: join(dist, 'chrome') }) : await launchFirefox({ dist: join(dist, 'firefox') });
    const b = browser;
    result.popup = await attempt('popup search', result.errors, () => measurePopupSearch(b));
    log(`bench: ${name}: popup search measured`);
    result.toggle = (await attempt('site switch', result.errors, () => measureLiveToggle(b, demo, rounds))) ?? [];
    log(`bench: ${name}: site switch measured`);
    result.gaps = (await attempt('main-thread gaps', result.errors, () => measureGaps(b, pages))) ?? [];
    log(`bench: ${name}: main-thread gaps measured`);
  } finally {
    await browser?.close();
    await demo.close();
    await pages.close();
  }
  return result;
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = loadavg()[0] ?? 0;
  const search = await measureNodeSearch(join(ROOT, 'src', 'facts'));
  log(`bench: search in Node measured (${search.keystrokes.n} keystrokes)`);
  const out = mkdtempSync(join(tmpdir(), 'gloss-bench-latency-'));
  const results: BrowserLatency[] = [];
  try {
    for (const name of browsers) {
      if (!browserAvailable(name)) continue;
      results.push(await inBrowser(name, out));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const bench: LatencyBench = {
    date: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    load,
    search,
    browsers: results,
  };
  for (const line of summaryLines(bench)) log(line);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(bench, null, 2)}\n`);
  if (write) {
    writeSection(join(ROOT, 'bench', 'RESULTS.md'), 'latency', markdown(bench));
    log('bench: wrote the latency section of bench/RESULTS.md');
  }
}

await main();
