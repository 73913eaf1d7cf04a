// The Firefox part of bench:content's summary and of its section in bench/RESULTS.md.
import { at, ms, stats, verdict, type FirefoxBench, type FirefoxRow, type Stats, type Target } from './report.ts';

export interface FirefoxSummary {
  browser: string;
  intervalMs: number;
  nonArticle: { pages: number; scanLoadedOn: string[]; firstInProcess: number; ms: Stats; cpuMs: Stats; floor: { pages: number; ms: Stats; cpuMs: Stats } };
  /** notRun: articles on which no sample caught content-scan.js (Gloss may not have run there). */
  article: { pages: number; notRun: string[]; ms: Stats; cpuMs: Stats };
  highlight: { profiledFirstMs: Stats; firstMs: Stats; lastMs: Stats };
  targets: Target[];
}

export function summariseFirefox(fb: FirefoxBench): FirefoxSummary {
  const non = fb.rows.filter((r) => r.kind === 'non-article');
  const articles = fb.rows.filter((r) => r.kind === 'article');
  const ran = articles.filter((r) => r.scanLoaded);
  const loaded = non.filter((r) => r.scanLoaded).map((r) => r.file);
  const floor = { pages: fb.floor.length, ms: stats(fb.floor.map((r) => r.ms)), cpuMs: stats(fb.floor.map((r) => r.cpuMs)) };
  const nonMs = stats(non.map((r) => r.ms));
  const nonCpu = stats(non.map((r) => r.cpuMs));
  const artMs = stats(ran.map((r) => r.ms));
  const artCpu = stats(ran.map((r) => r.cpuMs));
  const firstMs = stats(fb.unprofiled.map((r) => r.firstHighlightMs));
  const profiledFirstMs = stats(ran.map((r) => r.firstHighlightMs));
  return {
    browser: fb.browser,
    intervalMs: fb.intervalMs,
    nonArticle: { pages: non.length, scanLoadedOn: loaded, firstInProcess: non.filter((r) => r.coldProcess).length, ms: nonMs, cpuMs: nonCpu, floor },
    article: { pages: articles.length, notRun: articles.filter((r) => !r.scanLoaded).map((r) => r.file), ms: artMs, cpuMs: artCpu },
    highlight: { profiledFirstMs, firstMs, lastMs: stats(fb.unprofiled.map((r) => r.lastHighlightMs)) },
    targets: [
      { figure: 'non-article pages: content-scan.js loaded', before: '–', after: `on ${loaded.length} of ${non.length}`, target: 'never', met: non.length ? loaded.length === 0 : null },
      {
        figure: "non-article pages: Gloss's main-thread time per page, median (sampled)",
        before: '–',
        after: `${ms(nonMs.median)} (CPU ${ms(nonCpu.median)}); floor ${ms(floor.ms.median)} (CPU ${ms(floor.cpuMs.median)})`,
        target: '≤ 1 ms',
        met: at(nonMs.median, 1),
      },
      { figure: "articles: Gloss's main-thread time per page, median (sampled)", before: '–', after: `${ms(artMs.median)} (CPU ${ms(artCpu.median)})`, target: '≤ 20 ms', met: at(artMs.median, 20) },
      {
        figure: 'DOMContentLoaded → first highlight registered, median, without the profiler',
        before: '–',
        after: `${ms(firstMs.median)} (${firstMs.n} pages); under the profiler ${ms(profiledFirstMs.median)}`,
        target: '≤ 150 ms',
        met: at(firstMs.median, 150),
      },
    ],
  };
}

const row = (r: FirefoxRow) => `${ms(r.ms)} (${ms(r.cpuMs)})${r.coldProcess ? ' †' : ''}`;

export function firefoxMarkdown(fb: FirefoxBench | null | undefined): string[] {
  if (!fb) return ['### Firefox', '', 'Not measured in this run.'];
  const s = summariseFirefox(fb);
  const first = new Map(fb.unprofiled.map((r) => [r.file, r]));
  // Samples far outnumbering the CPU they took: Gloss's frames sat on a stack that was not running.
  const stalled = fb.rows.filter((r) => r.kind === 'non-article' && r.ms > 4 * r.cpuMs && r.ms > 50);
  return [
    '### Firefox',
    '',
    `The same pages in ${s.browser} (headless, WebDriver BiDi), the same production build's Firefox variant. Gloss's time here is sampled by the Gecko profiler every ${s.intervalMs} ms, so the figures move in ${s.intervalMs} ms steps; Firefox has no trace like Chromium's, so tasks over 16 ms and the card are not measured here.`,
    '',
    '| figure | before (issue 14) | after | target | |',
    '| --- | --- | --- | --- | --- |',
    ...s.targets.map((t) => `| ${t.figure} | ${t.before} | ${t.after} | ${t.target} | ${verdict(t.met)} |`),
    '',
    `- Non-articles (${s.nonArticle.pages}): sampled median ${ms(s.nonArticle.ms.median)}, 90th percentile ${ms(s.nonArticle.ms.p90)}, worst ${ms(s.nonArticle.ms.max)}; CPU median ${ms(s.nonArticle.cpuMs.median)}. ${s.nonArticle.firstInProcess} of them were the first page Gloss ran on in their content process (†), where Firefox first sets up the extension APIs. The floor extension (the same as in Chromium) on ${s.nonArticle.floor.pages} of them: median ${ms(s.nonArticle.floor.ms.median)} (CPU ${ms(s.nonArticle.floor.cpuMs.median)}).`,
    ...(stalled.length
      ? [
          `- On ${stalled.length} of the non-articles the sampled time far exceeds the CPU time (${stalled.map((r) => `${r.file} ${ms(r.ms)}, CPU ${ms(r.cpuMs)}`).join('; ')}): the main thread sat, not running, with Gloss's frames on its stack. That is what sets the 90th percentile; the CPU figures are unaffected.`,
        ]
      : []),
    `- Articles (${s.article.pages}): sampled median ${ms(s.article.ms.median)}, 90th percentile ${ms(s.article.ms.p90)}, worst ${ms(s.article.ms.max)}; CPU median ${ms(s.article.cpuMs.median)}.${s.article.notRun.length ? ` No sample caught content-scan.js on: ${s.article.notRun.join(', ')} (left out of these figures).` : ''}`,
    `- DOMContentLoaded → first highlight without the profiler (${s.highlight.firstMs.n} pages with marks): median ${ms(s.highlight.firstMs.median)}, 90th percentile ${ms(s.highlight.firstMs.p90)}, worst ${ms(s.highlight.firstMs.max)}; → the last change: median ${ms(s.highlight.lastMs.median)}. Under the profiler: median ${ms(s.highlight.profiledFirstMs.median)}.`,
    '',
    `Method (bench/content/firefox.ts, gecko-profile.ts). Firefox is started with the Gecko profiler on from launch (MOZ_PROFILER_STARTUP, features js and cpu, main threads only) and writes the profile when it quits; ${fb.batch} pages per launch. Each page opens in a fresh tab; its window runs from just before navigation until the tab closes (non-articles: 3.6 s after DOMContentLoaded, as in Chromium; articles: until the marks hold still). Gloss's time is the number of samples, in the web content processes' main threads within that window, with a frame of Gloss's moz-extension:// files on the stack, times the interval; its CPU time sums each such sample's thread CPU delta. It includes what Firefox's extension framework does when Gloss first touches \`browser.*\` on a page (the framework's frames sit above Gloss's on the stack). Whether content-scan.js loaded is read from the same samples: a frame of it on any stack.`,
    '',
    '<details><summary>Per page, Firefox</summary>',
    '',
    '| page | kind | Gloss time sampled (CPU) | floor (CPU) | marks | first highlight after DCL, profiled / not |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...fb.rows.map((r) => {
      const least = fb.floor.find((f) => f.file === r.file);
      const plain = first.get(r.file);
      return `| ${r.file} | ${r.kind} | ${row(r)} | ${least ? row(least) : '–'} | ${r.marks ?? '–'} | ${r.kind === 'article' ? `${ms(r.firstHighlightMs)} / ${ms(plain?.firstHighlightMs ?? null)}` : '–'} |`;
    }),
    '',
    '† the first page Gloss (or the floor) ran on in its content process.',
    '',
    '</details>',
  ];
}
