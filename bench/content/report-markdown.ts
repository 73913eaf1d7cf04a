// The content-script section of bench/RESULTS.md, kept between markers so a rerun replaces it and
// leaves the rest of the file alone.
import { writeSection as writeNamedSection } from '../lib/sections.ts';
import { firefoxMarkdown } from './firefox-report.ts';
import { kb, ms, verdict, type ContentBench } from './report.ts';

function markdown(r: ContentBench): string {
  const s = r.summary;
  const control = r.control.map((c) => `${c.file} ${ms(c.glossMs)}${c.over16 ? ` (${c.over16} task${c.over16 > 1 ? 's' : ''} over 16 ms)` : ''}`).join(', ');
  const lines = [
    '## Content script (`npm run bench:content`)',
    '',
    `Measured ${r.date.slice(0, 10)} (${r.date}) in ${r.seconds} s with the production build of ${r.build.commit} (${r.build.dist}) in ${r.browser}, headless; Node ${r.node}; ${r.cpu}, shared with other work (load average ${r.loadAverage.join(' → ')}).`,
    ...(r.pagesFrom ? [`The page figures (sizes aside) are those of the run of ${r.pagesFrom}, same build; this run measured the cards again.`] : []),
    `Pages: ${s.article.pages} corpus articles from \`../shared/corpus/pages\`; ${s.nonArticle.pages} non-articles (${s.nonArticle.fixtures} from tests/fixtures/non-articles, ${s.nonArticle.strippedCorpus} corpus pages with their article markers removed at run time). Served from 127.0.0.1 with their own scripts blocked (CSP \`script-src 'none'\`), every other request aborted; default settings, hover delay ${r.hoverDelayMs} ms.`,
    '',
    '| figure | before (issue 14) | after | target | |',
    '| --- | --- | --- | --- | --- |',
    ...s.targets.map((t) => `| ${t.figure} | ${t.before} | ${t.after} | ${t.target} | ${verdict(t.met)} |`),
    '',
    `- Sizes (gzip -9): content.js ${kb(s.gate.contentJs.gzip)} (${kb(s.gate.contentJs.raw)} raw); content-scan.js ${kb(s.gate.contentScanJs.gzip)} (${kb(s.gate.contentScanJs.raw)}), loaded only where Gloss runs; content-card.js ${kb(s.gate.contentCardJs.gzip)} (${kb(s.gate.contentCardJs.raw)}), loaded at the first hover.`,
    `- Non-articles: Gloss's time per page median ${ms(s.nonArticle.glossMs.median)}, 90th percentile ${ms(s.nonArticle.glossMs.p90)}, worst ${ms(s.nonArticle.glossMs.max)} (CPU: median ${ms(s.nonArticle.glossCpuMs.median)}). ${s.nonArticle.stillArticle.length ? `Still taken for articles after stripping, left out: ${s.nonArticle.stillArticle.join(', ')}.` : 'The article check said no on every one (the gate answered pageState "not-article").'}`,
    `- Floor under that figure, the same pages and procedure with only a content script that reads storage.local once, adds a message and a storage listener, and reads the page's <meta> elements once (bench/content/extensions.ts): ${s.nonArticle.floor.pages ? `median ${ms(s.nonArticle.floor.glossMs.median)} (CPU ${ms(s.nonArticle.floor.glossCpuMs.median)}) on ${s.nonArticle.floor.pages} pages.` : 'not measured in this run.'}`,
    `- Articles: Gloss's time per page median ${ms(s.article.glossMs.median)}, 90th percentile ${ms(s.article.glossMs.p90)}, worst ${ms(s.article.glossMs.max)}; on CPU time median ${ms(s.article.glossCpuMs.median)}. By kind (median per page): ${Object.entries(s.article.byKindMedian).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}. Counting only the events that name a Gloss script, as the bench before issue 14 did (it missed microtasks and module evaluation): median ${ms(s.article.namedScriptsMs.median)}.${s.article.notOn.length ? ` Gloss did not run on: ${s.article.notOn.join(', ')}.` : ''}`,
    `- DOMContentLoaded → first highlight, without the trace (${s.highlight.untracedFirstMs.n} pages with marks): ${s.highlight.untracedFirstMs.n ? `median ${ms(s.highlight.untracedFirstMs.median)}, 90th percentile ${ms(s.highlight.untracedFirstMs.p90)}, worst ${ms(s.highlight.untracedFirstMs.max)}; → the last change in the marks: median ${ms(s.highlight.untracedLastMs.median)}` : 'not measured in this run'}. Under the trace (${s.highlight.firstMs.n} pages): median ${ms(s.highlight.firstMs.median)}, 90th percentile ${ms(s.highlight.firstMs.p90)}, worst ${ms(s.highlight.firstMs.max)}; → the last change: median ${ms(s.highlight.lastMs.median)}.`,
    `- Card, ${s.card.pages} pages: cold ${ms(s.card.cold.afterTimerMs.median)} after the timer fired (worst ${ms(s.card.cold.afterTimerMs.max)}), warm ${ms(s.card.warm.afterTimerMs.median)} (worst ${ms(s.card.warm.afterTimerMs.max)}); counted from the pointermove's dispatch plus the delay, cold ${ms(s.card.cold.afterDelayMs.median)} and warm ${ms(s.card.warm.afterDelayMs.median)}, the difference being how late the browser fired the timer (median ${ms(s.card.cold.timerLateMs.median)} cold, ${ms(s.card.warm.timerLateMs.median)} warm). content-card.js was compiled before the delay ended on ${s.card.cold.moduleReadyInDelay ?? '–'} cold hovers.`,
    `- Control, the same procedures with Gloss not installed (what the attribution counts when there is nothing to count): ${control || '–'}.`,
    '',
    'Method. Each page is loaded in a fresh tab under a Chromium performance trace (bench/content/trace.ts). Gloss\'s time is the wall time of its outermost JS events on the page\'s main thread: events whose script is chrome-extension:// (any id: the lazily imported modules come from a per-session id), plus the share of microtask checkpoints and module evaluations (events that name no script: Gloss\'s `await`s resuming, its modules running) in which V8\'s sampling profiler, recorded in the same trace, found a Gloss frame on the stack; a checkpoint too short to hold a sample is Gloss\'s when no other script ran in its task, but never before Gloss could have run (its first event, or the document\'s DOMContentLoaded): the HTML parser runs checkpoints of its own in its long tasks. `v8.callFunction`, which wraps every callback and names no script, is looked into, not counted whole; the pages\' own scripts are blocked. The control run shows what this counts with Gloss absent. A long task is a main-thread task over 16 ms (wall) in which Gloss\'s code ran. CPU figures use the trace\'s thread time instead, which leaves out the time the thread waited for a core on this busy machine. Non-articles are watched for 3.6 s after DOMContentLoaded (past the gate\'s one recheck at 2.5 s) with nothing of the bench running in the page; whether content-scan.js was loaded comes from the trace (its URL fetched, parsed or run) and from the gate\'s answer to pageState. Highlights: a main-world script polls `CSS.highlights` every 4 ms from before the page\'s own code; after the traced pass every article is loaded once more in a fresh tab with no trace recording, because the trace\'s sampling profiler interrupts the main thread and its recording competes for the two cores, delaying every task (Gloss\'s idle slices wait for idle time the recording takes); the target is judged on that second load. Card: a second browser with the test probe (scripts/harness/probe); the pointer moves onto a marked term in one step, the probe\'s MutationObserver on the closed shadow root notes when the card is shown (page clock, placed on the trace clock by the page\'s navigationStart); the trace gives the pointermove\'s dispatch and when the timer Gloss installed in it (TimerInstall/TimerFire, the delay as timeout) fired. The probe\'s own last-move time is not used: Chromium sends synthetic pointermoves when the layout under the pointer changes. "After the timer fired" is Gloss\'s own part; "after move + delay" adds the timer\'s lateness. Cold is the first hover on a page, warm the second (another term); Esc and a move away between them.',
    '',
    '<details><summary>Per page</summary>',
    '',
    '| article | marks | first / last highlight after DCL, untraced | the same, traced | Gloss time (CPU) | longest task with Gloss (CPU) | tasks > 16 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.articles.map(
      (x) =>
        `| ${x.file} | ${x.marks} | ${x.untraced ? `${ms(x.untraced.firstHighlightMs)} / ${ms(x.untraced.lastHighlightMs)}` : '–'} | ${ms(x.firstHighlightMs)} / ${ms(x.lastHighlightMs)} | ${ms(x.glossMs)} (${ms(x.glossCpuMs)}) | ${ms(x.longestTaskMs)} (${ms(x.longestTaskCpuMs)}) | ${x.over16} |`,
    ),
    '',
    '| non-article | gate | scanner loaded | Gloss time (CPU) | floor (CPU) |',
    '| --- | --- | --- | ---: | ---: |',
    ...r.nonArticles.map((x) => {
      const least = r.floor?.find((f) => f.file === x.file);
      return `| ${x.file} | ${x.reason ?? '–'} | ${x.scanLoaded ? 'yes' : 'no'} | ${ms(x.glossMs)} (${ms(x.glossCpuMs)}) | ${least ? `${ms(least.glossMs)} (${ms(least.glossCpuMs)})` : '–'} |`;
    }),
    '',
    '| card page | hover | term | after the timer | after move + delay |',
    '| --- | --- | --- | ---: | ---: |',
    ...r.cards.map((x) => `| ${x.file} | ${x.kind} | ${x.term} | ${ms(x.afterTimerMs)} | ${ms(x.afterDelayMs)} |`),
    '',
    '</details>',
    '',
    ...firefoxMarkdown(r.firefox),
  ];
  return lines.join('\n');
}

/** Replaces the content-script section of the file, or appends it. */
export function writeSection(path: string, r: ContentBench): void {
  writeNamedSection(path, 'content', markdown(r));
}
