// bench:content in Firefox ESR: the same pages, measured with the Gecko profiler (gecko-profile.ts).
// Firefox over WebDriver BiDi has no trace to read, so Gloss's time here is sampled: the samples of
// the page's main thread with a frame of Gloss's on the stack, times the interval. The figures are
// therefore coarser than Chromium's (1 ms steps), and there are no tasks to count.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchFirefox } from '../../scripts/harness/firefox.ts';
import { BINARIES } from '../../scripts/harness/browsers.ts';
import { contentSamples, sampledWork, type GeckoProfile } from './gecko-profile.ts';
import { highlightTimes, NON_ARTICLE_WATCH_MS, pageCache, round, settle, sleep } from './measure-pages.ts';
import { recordHighlightTimeline } from './page-probes.ts';
import type { FirefoxBench, FirefoxRow } from './report.ts';

/** The profiler samples every millisecond. */
const INTERVAL_MS = 1;
/** Pages per Firefox: the profile is written when Firefox quits, and a long one grows large. */
const BATCH = 12;

export interface FirefoxPage {
  file: string;
  url: string;
  kind: FirefoxRow['kind'];
}

type Log = (line: string) => void;

function profilerEnv(out: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_STARTUP_INTERVAL: String(INTERVAL_MS),
    // JS frames and each sample's CPU time; only the main threads.
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_STARTUP_ENTRIES: '16000000',
    MOZ_PROFILER_SHUTDOWN: out,
  };
}

/** Firefox writes the profile while it quits; wait until the file is whole JSON. */
async function readProfile(path: string): Promise<GeckoProfile> {
  for (let i = 0; i < 150; i++) {
    if (existsSync(path)) {
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as GeckoProfile;
      } catch {
        // Still being written.
      }
    }
    await sleep(200);
  }
  throw new Error(`Firefox wrote no profile at ${path}`);
}

type Firefox = Awaited<ReturnType<typeof launchFirefox>>;
type Times = ReturnType<typeof highlightTimes>;

/**
 * One page in a fresh tab, from just before navigation until the tab closes: a non-article watched
 * as in Chromium, an article until its marks hold still (with the highlight timeline recorded).
 */
async function visit(ff: Firefox, page: FirefoxPage): Promise<{ from: number; to: number; times: Times | null }> {
  const tab = await ff.browser.newPage();
  const article = page.kind === 'article';
  if (article) await tab.evaluateOnNewDocument(recordHighlightTimeline);
  const from = Date.now();
  await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
  const times = article ? highlightTimes(await settle(tab)) : null;
  if (!article) await sleep(NON_ARTICLE_WATCH_MS);
  const to = Date.now();
  await tab.close();
  return { from, to, times };
}

async function measureBatch(dist: string, pages: FirefoxPage[], gloss: boolean): Promise<FirefoxRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-gecko-'));
  const out = join(dir, 'profile.json');
  try {
    const ff = await launchFirefox({ dist, probe: false, env: profilerEnv(out) });
    const windows: Array<{ page: FirefoxPage; from: number; to: number; times: Times | null }> = [];
    try {
      if (gloss) await pageCache(ff);
      for (const page of pages) windows.push({ page, ...(await visit(ff, page)) });
    } finally {
      await ff.close();
    }
    const samples = contentSamples(await readProfile(out), ff.extensionOrigin);
    const seen = new Set<string>();
    return windows.map(({ page, from, to, times }) => {
      const work = sampledWork(samples, from, to, INTERVAL_MS);
      // The first page the extension ran on in a content process pays Firefox's set-up of the
      // extension APIs in that process; later pages in the same process do not.
      const coldProcess = work.pid !== null && !seen.has(work.pid);
      if (work.pid !== null) seen.add(work.pid);
      return {
        file: page.file,
        kind: page.kind,
        ms: round(work.ms),
        cpuMs: round(work.cpuMs),
        files: work.files,
        scanLoaded: work.files.includes('content-scan.js'),
        coldProcess,
        marks: times?.marks ?? null,
        firstHighlightMs: times?.firstHighlightMs ?? null,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureAll(dist: string, pages: FirefoxPage[], gloss: boolean, log: Log, label: string): Promise<FirefoxRow[]> {
  const rows: FirefoxRow[] = [];
  for (let i = 0; i < pages.length; i += BATCH) {
    const batch = pages.slice(i, i + BATCH);
    const measured = await measureBatch(dist, batch, gloss).catch((error: unknown) => {
      log(`!! Firefox ${label}, pages ${i + 1}–${i + batch.length}: FAILED, left out: ${String(error)}`);
      return [];
    });
    for (const r of measured) {
      rows.push(r);
      log(`Firefox ${label} ${r.kind} ${r.file}: ${r.ms} ms sampled (cpu ${r.cpuMs})${r.coldProcess ? ', first in its process' : ''}${r.scanLoaded ? ', scanner ran' : ''}${r.kind === 'article' ? `, ${r.marks ?? 0} marks, first ${r.firstHighlightMs ?? '-'} ms after DCL` : ''}`);
    }
  }
  return rows;
}

/**
 * The articles again in a Firefox without the profiler: its sampling and the profile it keeps take
 * time from the page, as Chromium's trace does, so the latency to the first mark is read without it.
 */
async function measureUnprofiled(dist: string, pages: FirefoxPage[], log: Log): Promise<FirefoxBench['unprofiled']> {
  const rows: FirefoxBench['unprofiled'] = [];
  if (pages.length === 0) return rows;
  const ff = await launchFirefox({ dist, probe: false });
  try {
    await pageCache(ff);
    for (const page of pages) {
      const { firstHighlightMs = null, lastHighlightMs = null } = (await visit(ff, page)).times ?? {};
      rows.push({ file: page.file, firstHighlightMs, lastHighlightMs });
      log(`Firefox article ${page.file}, without the profiler: first ${firstHighlightMs ?? '-'} / last ${lastHighlightMs ?? '-'} ms after DCL`);
    }
  } finally {
    await ff.close();
  }
  return rows;
}

/** Gloss, the floor extension on the non-articles, and the marked articles without the profiler, in Firefox ESR. */
export async function measureFirefox(options: { dist: string; floorDir: string; pages: FirefoxPage[]; floorPages: number; log: Log }): Promise<FirefoxBench> {
  const { dist, floorDir, pages, floorPages, log } = options;
  const rows = await measureAll(dist, pages, true, log, 'Gloss');
  const nonArticles = pages.filter((p) => p.kind === 'non-article').slice(0, floorPages);
  const floor = await measureAll(floorDir, nonArticles, false, log, 'floor');
  const marked = new Set(rows.filter((r) => (r.marks ?? 0) > 0).map((r) => r.file));
  const unprofiled = await measureUnprofiled(
    dist,
    pages.filter((p) => marked.has(p.file)),
    log,
  ).catch((error: unknown) => {
    log(`!! Firefox without the profiler: FAILED, left out: ${String(error)}`);
    return [];
  });
  const version = spawnSync(BINARIES.firefox.path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return { browser: version, intervalMs: INTERVAL_MS, batch: BATCH, rows, floor, unprofiled };
}
