// The longest main-thread gap on the hostile fixture pages, Gloss off against Gloss on: a 5 ms
// timer loop in the page (the heartbeat of scripts/harness/content-probes.ts) records the longest
// time between two of its ticks, i.e. the longest time the page's main thread was busy with
// something else. With Gloss off that is what the page and the browser cost on their own (Firefox
// lays out a megabyte paragraph in pieces of 100 ms and more).
import { setTimeout as delay } from 'node:timers/promises';
import type { GlossBrowser, StaticServer } from '../../scripts/harness/index.ts';
import { markedCount, readHeartbeat, startHeartbeat } from '../../scripts/harness/content-probes.ts';
import { messageBackground } from '../../scripts/harness/tab-messages.ts';
import { PATIENCE_MS } from '../../scripts/harness/wait.ts';

interface GapPage {
  file: string;
  /** Marks to wait for with Gloss on before the watch starts. */
  marks: number;
  /** How long the heartbeat watches after load (off) or after the marks are in (on). */
  watchMs: number;
}

const GAP_PAGES: GapPage[] = [
  { file: 'hostile-huge.html', marks: 3, watchMs: 2_500 },
  { file: 'hostile-ticker.html', marks: 2, watchMs: 2_000 },
];

export interface GapResult {
  file: string;
  offMs: number;
  onMs: number;
}

async function watch(browser: GlossBrowser, url: string, page: GapPage, on: boolean): Promise<number> {
  await messageBackground(browser, { type: 'setSiteRule', site: '127.0.0.1', rule: on ? null : 'off' });
  const tab = await browser.newPage();
  try {
    await tab.setViewport(1280, 900);
    await tab.goto(url);
    await tab.evaluate(startHeartbeat);
    if (on) {
      await tab.waitFor(
        (n) => {
          let count = 0;
          CSS.highlights.forEach((h, name) => {
            if (name.startsWith('gloss') && name !== 'gloss-active') count += h.size;
          });
          return count >= n;
        },
        page.marks,
        PATIENCE_MS,
      );
    }
    await delay(page.watchMs);
    const marks = await tab.evaluate(markedCount);
    if (on ? marks < page.marks : marks !== 0) throw new Error(`${page.file}: ${marks} marks with Gloss ${on ? 'on' : 'off'}`);
    return (await tab.evaluate(readHeartbeat)).max;
  } finally {
    await tab.close();
    await messageBackground(browser, { type: 'setSiteRule', site: '127.0.0.1', rule: null });
  }
}

export async function measureGaps(browser: GlossBrowser, server: StaticServer): Promise<GapResult[]> {
  const out: GapResult[] = [];
  for (const page of GAP_PAGES) {
    const url = server.url(`/pages/${page.file}`);
    const offMs = await watch(browser, url, page, false);
    const onMs = await watch(browser, url, page, true);
    out.push({ file: page.file, offMs, onMs });
  }
  return out;
}
