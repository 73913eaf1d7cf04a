// bench:content's page procedures: one article or non-article page in a fresh tab under a trace.
import type { ChromiumGloss } from '../../scripts/harness/chromium.ts';
import type { GlossBrowser } from '../../scripts/harness/types.ts';
import { messageTabs } from '../../scripts/harness/tab-messages.ts';
import { readHighlightTimeline, recordHighlightTimeline } from './page-probes.ts';
import type { ArticleRow, HighlightTimes, NonArticleRow } from './report.ts';
import { glossWork, startTrace, type GlossWork } from './trace.ts';
import { hotFunctions } from './trace-hot.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The highlight count must hold this long before an article counts as done. */
const SETTLE_MS = 1_500;
/** A page with no highlight yet is given this long after DOMContentLoaded. */
const NO_MARKS_MS = 3_500;
/** How long a non-article page is watched after DOMContentLoaded: past the gate's one recheck (2.5 s after it decided). */
export const NON_ARTICLE_WATCH_MS = 3_600;

/**
 * Waits until the worker has written the page cache: before it, the gate asks the worker and loads
 * the scanner. Either browser.
 */
export async function pageCache(browser: Pick<GlossBrowser, 'storageGet'>): Promise<{ hoverDelayMs: number }> {
  for (let i = 0; i < 100; i++) {
    const view = (await browser.storageGet('local', 'gloss.view'))['gloss.view'] as { hoverDelayMs?: number } | undefined;
    if (view) return { hoverDelayMs: view.hoverDelayMs ?? 300 };
    await sleep(100);
  }
  throw new Error('the worker never wrote the page cache (gloss.view)');
}

interface PageState {
  on: boolean;
  reason: string;
  modules: string[];
}

/** The one open web page's answer to the worker's pageState (the gate answers it without loading anything). */
async function pageState(browser: ChromiumGloss): Promise<PageState | null> {
  const answers = (await messageTabs(browser, { type: 'pageState' }).catch(() => [])) as Array<{ value?: PageState }>;
  return answers.find((a) => a.value)?.value ?? null;
}

type Timeline = ReturnType<typeof readHighlightTimeline>;

/** Until the marks have held still (or none came): `page` is Playwright's or Puppeteer's. */
export async function settle(page: { evaluate(fn: () => Timeline): Promise<Timeline> }): Promise<Timeline> {
  for (;;) {
    await sleep(250);
    const t = await page.evaluate(readHighlightTimeline);
    const last = t.changes.at(-1);
    if (last ? t.now - last[0] > SETTLE_MS : t.dcl >= 0 && t.now - t.dcl > NO_MARKS_MS) return t;
    if (t.now > 25_000) return t;
  }
}

export const round = (x: number): number => Math.round(x * 100) / 100;

/** DOMContentLoaded → the first range in Gloss's highlights and → the last change in their number. */
export function highlightTimes(timeline: { dcl: number; changes: Array<[number, number]> }): HighlightTimes & { marks: number } {
  const first = timeline.changes.find(([, n]) => n > 0);
  const last = timeline.changes.at(-1);
  const since = (t: number | undefined) => (t === undefined || timeline.dcl < 0 ? null : round(Math.max(0, t - timeline.dcl)));
  return { marks: last?.[1] ?? 0, firstHighlightMs: since(first?.[0]), lastHighlightMs: since(last?.[0]) };
}

/**
 * The same timeline in a fresh tab with no trace recording: the trace's sampling profiler
 * interrupts the main thread and its recording competes for the two cores, which delays every
 * task, Gloss's and the browser's alike, so a latency is read without it.
 */
export async function measureHighlights(context: ChromiumGloss['context'], url: string): Promise<HighlightTimes> {
  const page = await context.newPage();
  await page.addInitScript(recordHighlightTimeline);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
  const { firstHighlightMs, lastHighlightMs } = highlightTimes(await settle(page));
  await page.close();
  return { firstHighlightMs, lastHighlightMs };
}

const taskSummary = (w: GlossWork) =>
  w.tasks
    .filter((t) => t.ms > 16)
    .map((t) => ({ ms: round(t.ms), cpuMs: round(t.cpuMs), glossMs: round(t.glossMs), parts: t.parts.map(([k, v]) => `${k} ${v.toFixed(1)}`) }));

export async function measureArticle(browser: ChromiumGloss, url: string, file: string, hot: Map<string, number> | null): Promise<ArticleRow> {
  const page = await browser.context.newPage();
  await page.addInitScript(recordHighlightTimeline);
  const cdp = await browser.context.newCDPSession(page);
  const trace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
  const timeline = await settle(page);
  const events = await trace.stop();
  await cdp.detach();
  const work = glossWork(events);
  if (hot) hotFunctions(events, hot);
  const state = await pageState(browser);
  await page.close();
  return {
    file,
    on: state?.on ?? null,
    reason: state?.reason ?? null,
    ...highlightTimes(timeline),
    untraced: null,
    glossMs: round(work.mainMs),
    glossCpuMs: round(work.mainCpuMs),
    longestTaskMs: round(work.longestTaskMs),
    longestTaskCpuMs: round(work.longestTaskCpuMs),
    longestGlossMs: round(work.longestGlossMs),
    over16: work.over16,
    over16Cpu: work.over16Cpu,
    gcOutsideMs: round(work.gcOutsideMs),
    ambiguousMs: round(work.ambiguousMs),
    byKind: Object.fromEntries(Object.entries(work.byKind).map(([k, v]) => [k, round(v)])),
    heavyTasks: taskSummary(work),
    files: work.files,
  };
}

export async function measureNonArticle(
  browser: ChromiumGloss | null,
  context: ChromiumGloss['context'],
  url: string,
  file: string,
  hot: Map<string, number> | null = null,
): Promise<NonArticleRow> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const trace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
  // Nothing of the bench runs in the page meanwhile: all JS in the window is Gloss's.
  await sleep(NON_ARTICLE_WATCH_MS);
  const events = await trace.stop();
  await cdp.detach();
  if (hot) hotFunctions(events, hot);
  const work = glossWork(events);
  const state = browser ? await pageState(browser) : null;
  await page.close();
  return {
    file,
    reason: state?.reason ?? null,
    modules: state?.modules ?? null,
    scanLoaded: work.files.includes('content-scan.js') || (state?.modules.includes('scan') ?? false),
    glossMs: round(work.mainMs),
    glossCpuMs: round(work.mainCpuMs),
    tasks: work.tasks.length,
    longestTaskMs: round(work.longestTaskMs),
    byKind: Object.fromEntries(Object.entries(work.byKind).map(([k, v]) => [k, round(v)])),
    files: work.files,
  };
}
