import type { BrowserContext, Page } from 'playwright-core';
import { openPage } from './browser.ts';
import type { PageDict } from '../page/entry.ts';
import type { PageResult } from './results.ts';

const best = (xs: number[]): number => Math.min(...xs);

/** What bench/page/entry.ts puts on the page's global object. */
interface PageApi {
  setup(dicts: PageDict[]): { createMs: number[]; regexMs: number[] };
  floor(): { ms: number; nodes: number; chars: number };
  gloss(i: number): { ms: number; matches: number; blocks: number };
  regex(i: number): { ms: number; matches: number };
  mark(i: number, budgetMs: number): { ms: number; done: number; total: number; marks: number };
  /** The same, repeated within one timing (performance.now() is coarse). */
  warm: { floor: PageApi['floor']; gloss: PageApi['gloss']; regex: PageApi['regex'] };
}
type WithApi = { __glossBench: PageApi };

export interface MeasureOptions {
  dicts: PageDict[];
  pageCode: string;
  markSource: string;
  rounds: number;
  regexRounds: number;
  markBudgetMs: number;
}

async function prepare(page: Page, o: MeasureOptions, dicts: PageDict[]): Promise<ReturnType<PageApi['setup']>> {
  await page.evaluate(o.markSource);
  await page.evaluate(o.pageCode);
  return page.evaluate((d) => (globalThis as unknown as WithApi).__glossBench.setup(d), dicts);
}

/**
 * Two loads of the page. The first: (a) once cold, then (a) and (b) interleaved for `rounds`
 * rounds so drift hits both alike, then (d), then (c) last because mark.js changes the DOM (its
 * marks are removed after each size). The second: (b) at the largest size once, cold, as a
 * content script meets a page.
 */
export async function measurePage(context: BrowserContext, url: string, name: string, o: MeasureOptions): Promise<PageResult> {
  const page = await openPage(context, url);
  try {
    const result = await measureWarm(page, name, o);
    await page.close();
    const fresh = await openPage(context, url);
    const big = o.dicts.length - 1;
    await prepare(fresh, o, [o.dicts[big]!]);
    const cold = await fresh.evaluate(() => (globalThis as unknown as WithApi).__glossBench.gloss(0));
    await fresh.close();
    return { ...result, coldGloss: cold.ms };
  } finally {
    if (!page.isClosed()) await page.close().catch(() => undefined);
  }
}

async function measureWarm(page: Page, name: string, o: MeasureOptions): Promise<PageResult> {
  const sizes = o.dicts.map((d) => d.size);
  const setup = await prepare(page, o, o.dicts);
  const first = await page.evaluate(() => (globalThis as unknown as WithApi).__glossBench.floor());
  const floor = (): Promise<ReturnType<PageApi['floor']>> => page.evaluate(() => (globalThis as unknown as WithApi).__glossBench.warm.floor());
  const gloss = (i: number): Promise<ReturnType<PageApi['gloss']>> => page.evaluate((k) => (globalThis as unknown as WithApi).__glossBench.warm.gloss(k), i);
  const regex = (i: number): Promise<ReturnType<PageApi['regex']>> => page.evaluate((k) => (globalThis as unknown as WithApi).__glossBench.warm.regex(k), i);

  // Warm-up: JIT, caches, and the lazily built normalisation table.
  for (let i = 0; i < sizes.length; i++) await gloss(i);

  const floorMs: number[] = [];
  const glossMs: number[][] = sizes.map(() => []);
  const glossMatches: number[] = [];
  let blocks = 0;
  for (let r = 0; r < o.rounds; r++) {
    floorMs.push((await floor()).ms);
    for (let i = 0; i < sizes.length; i++) {
      const g = await gloss(i);
      glossMs[i]!.push(g.ms);
      glossMatches[i] = g.matches;
      blocks = g.blocks;
    }
  }
  const regexMs: number[][] = sizes.map(() => []);
  const regexMatches: number[] = [];
  for (let r = 0; r < o.regexRounds; r++) {
    for (let i = 0; i < sizes.length; i++) {
      const d = await regex(i);
      regexMs[i]!.push(d.ms);
      regexMatches[i] = d.matches;
    }
  }
  const mark: PageResult['mark'] = {};
  for (let i = 0; i < sizes.length; i++) {
    // A page that breaks mark.js loses only (c), not its other figures.
    const m = await page
      .evaluate(([k, budget]) => (globalThis as unknown as WithApi).__glossBench.mark(k, budget), [i, o.markBudgetMs] as const)
      .catch(() => null);
    if (m) mark[sizes[i]!] = { ...m, estimateMs: (m.ms * m.total) / Math.max(1, m.done) };
  }
  const bySize = <T>(f: (i: number) => T): Record<number, T> => Object.fromEntries(sizes.map((s, i) => [s, f(i)]));
  return {
    page: name,
    nodes: first.nodes,
    chars: first.chars,
    coldFloor: first.ms,
    coldGloss: NaN,
    floor: best(floorMs),
    gloss: bySize((i) => best(glossMs[i]!)),
    regex: bySize((i) => best(regexMs[i]!)),
    mark,
    glossMatches: bySize((i) => glossMatches[i] ?? 0),
    regexMatches: bySize((i) => regexMatches[i] ?? 0),
    blocks,
    createMs: bySize((i) => setup.createMs[i] ?? NaN),
    regexBuildMs: bySize((i) => setup.regexMs[i] ?? NaN),
  };
}
