// Matcher-ready time on a page, in headless Chromium (no extension): the stored terms the
// background wrote, handed to a fresh page, then the content script's own path to a usable matcher
// (page.ts). Each round is a new page, so the first call is cold, as on a page the reader opens;
// the warm figure is the median of further calls in that page. The page is served cross-origin
// isolated (COOP + COEP), so performance.now() is fine-grained (5 µs instead of 100 µs).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { StoredMatcher } from '../../src/core/match/index.ts';
import { launchBrowser } from '../lib/browser.ts';
import { median } from '../lib/stats.ts';
import type { ReadyTiming } from './page.ts';

export interface PageReady {
  /** Cold: the first call in a fresh page, median over rounds (each round listed). */
  coldMs: number;
  coldRuns: number[];
  /** Of the cold total: the stored form's check, and createMatcher + categories. */
  coldCheckMs: number;
  coldDecodeMs: number;
  /** Warm: median of the later calls in each page, then median over rounds. */
  warmMs: number;
  entries: number;
  probeMatches: number;
  isolated: boolean;
}

interface ReadyApi {
  hold(stored: StoredMatcher): void;
  ready(probe: string): Promise<ReadyTiming>;
}

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gloss bench: matcher ready</title></head><body><p>A page for the glossary benchmark.</p></body></html>';

async function isolatedServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function bundlePage(root: string): Promise<string> {
  const result = await build({ entryPoints: [join(root, 'bench', 'glossary', 'page.ts')], bundle: true, format: 'iife', target: 'chrome120', minify: true, write: false, logLevel: 'error' });
  return result.outputFiles[0]!.text;
}

/**
 * For each stored matcher (by label), `rounds` fresh pages. `probe`: text with names the matcher
 * must find, so a matcher that decodes but finds nothing is seen.
 */
export async function measurePageReady(script: string, dicts: Array<{ label: string; stored: StoredMatcher; probe: string }>, rounds: number, warmCalls = 9): Promise<{ version: string; results: Map<string, PageReady> }> {
  const bench = await launchBrowser();
  const server = await isolatedServer();
  const results = new Map<string, PageReady>();
  try {
    for (const d of dicts) {
      const cold: ReadyTiming[] = [];
      const warm: number[] = [];
      let isolated = true;
      for (let r = 0; r < rounds; r++) {
        const page = await bench.context.newPage();
        try {
          await page.goto(server.url, { waitUntil: 'load' });
          await page.addScriptTag({ content: script });
          isolated &&= await page.evaluate(() => globalThis.crossOriginIsolated);
          await page.evaluate((stored) => (globalThis as unknown as { __glossReady: ReadyApi }).__glossReady.hold(stored), d.stored);
          const runs = await page.evaluate(
            async ({ probe, calls }) => {
              const api = (globalThis as unknown as { __glossReady: ReadyApi }).__glossReady;
              const out: ReadyTiming[] = [];
              for (let i = 0; i <= calls; i++) out.push(await api.ready(probe));
              return out;
            },
            { probe: d.probe, calls: warmCalls },
          );
          cold.push(runs[0]!);
          warm.push(median(runs.slice(1).map((t) => t.totalMs)));
        } finally {
          await page.close();
        }
      }
      results.set(d.label, {
        coldMs: median(cold.map((t) => t.totalMs)),
        coldRuns: cold.map((t) => t.totalMs),
        coldCheckMs: median(cold.map((t) => t.checkMs)),
        coldDecodeMs: median(cold.map((t) => t.decodeMs)),
        warmMs: median(warm),
        entries: cold[0]?.entries ?? 0,
        probeMatches: cold[0]?.probeMatches ?? 0,
        isolated,
      });
    }
    return { version: bench.version, results };
  } finally {
    await server.close();
    await bench.close();
  }
}
