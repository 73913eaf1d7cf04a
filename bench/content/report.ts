// The content-script section of bench/RESULTS.md, kept between markers so a rerun replaces it and
// leaves the rest of the file alone.
import { writeSection as writeNamedSection } from '../lib/sections.ts';

export interface PageRow {
  file: string;
  marks: number;
  /** From DOMContentLoaded to the last change in the marks, ms; null when nothing was marked. */
  highlightedMs: number | null;
  longestTaskMs: number;
  longestCodeMs: number;
  totalCodeMs: number;
  over16: number;
}

export interface ContentBench {
  date: string;
  seconds: number;
  browser: string;
  node: string;
  cpu: string;
  size: { raw: number; gzip: number };
  rows: PageRow[];
  /** Bytes of JS heap with Gloss on minus with Gloss off, per sampled page. */
  heap: number[];
  /** ms from the pointer resting on a term to the card showing, minus the 300 ms delay. */
  latencies: number[];
}


function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

export function markdown(r: ContentBench): string {
  const times = r.rows.map((x) => x.highlightedMs).filter((x): x is number => x !== null);
  const longest = Math.max(...r.rows.map((x) => x.longestTaskMs));
  const worst = r.rows.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a));
  const heapMedian = quantile(r.heap, 0.5);
  const latencyMax = Math.max(...r.latencies);
  const lines = [
    '## Content script (`npm run bench:content`)',
    '',
    `Measured ${r.date.slice(0, 10)} (${r.date}) in ${r.seconds} s with the production build loaded into ${r.browser} (headless); Node ${r.node}; ${r.cpu}.`,
    `Pages: ${r.rows.length} from \`../shared/corpus/pages\`, served from 127.0.0.1 with their own scripts blocked (CSP \`script-src 'none'\`) and every other request aborted; default settings (first mention, underline).`,
    '',
    '| target | measured | goal |  |',
    '| --- | ---: | --- | --- |',
    `| longest main-thread task with Gloss's code in it (all pages) | ${ms(longest)} ms (${worst.file}) | ≤ 16 ms | ${verdict(longest <= 16)} |`,
    `| content.js, gzipped (-9) | ${kb(r.size.gzip)} (${kb(r.size.raw)} raw) | ≤ 30 KB | ${verdict(r.size.gzip <= 30 * 1024)} |`,
    `| card after the 300 ms hover delay, worst of ${r.latencies.length} terms | ${ms(latencyMax)} ms | ≤ 16.7 ms (one frame) | ${verdict(latencyMax <= 16.7)} |`,
    '',
    `- DOMContentLoaded → all terms highlighted: median ${ms(quantile(times, 0.5))} ms, 90th percentile ${ms(quantile(times, 0.9))} ms, worst ${ms(Math.max(...times))} ms (Gloss starts at document_idle, after the settings message and the article check).`,
    `- Tasks over 16 ms with Gloss's code in them: ${r.rows.reduce((n, x) => n + x.over16, 0)} in all, on ${r.rows.filter((x) => x.over16 > 0).length} of ${r.rows.length} pages. Longest single stretch of Gloss's own code: ${ms(Math.max(...r.rows.map((x) => x.longestCodeMs)))} ms; median time in Gloss's code per page: ${ms(quantile(r.rows.map((x) => x.totalCodeMs), 0.5))} ms.`,
    `- JS heap Gloss adds (Gloss on minus Gloss off on the same page, after a GC; ${r.heap.length} pages): median ${kb(heapMedian)}, largest ${kb(Math.max(...r.heap))}.`,
    `- Card latency after the delay, per term: ${r.latencies.map((l) => ms(l)).join(', ')} ms (pointer moved onto the term in one step; measured from the pointermove event to the DOM mutation that shows the card, seen by a MutationObserver in the page).`,
    '',
    '<details><summary>Per page</summary>',
    '',
    '| page | marks | highlighted after DCL (ms) | longest task with Gloss (ms) | Gloss code, longest / total (ms) | tasks > 16 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.rows.map((x) => `| ${x.file} | ${x.marks} | ${ms(x.highlightedMs)} | ${ms(x.longestTaskMs)} | ${ms(x.longestCodeMs)} / ${ms(x.totalCodeMs)} | ${x.over16} |`),
    '',
    '</details>',
  ];
  return lines.join('\n');
}

/** Replaces the content-script section of the file, or appends it. */
export function writeSection(path: string, r: ContentBench): void {
  writeNamedSection(path, 'content', markdown(r));
}
