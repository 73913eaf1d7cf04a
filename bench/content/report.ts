// The figures of issue 14 from one bench:content run, and the content-script section of
// bench/RESULTS.md, kept between markers so a rerun replaces it and leaves the rest of the file alone.
import { writeSection as writeNamedSection } from '../lib/sections.ts';

export interface FileSize {
  raw: number;
  gzip: number;
}

export interface NonArticleRow {
  file: string;
  /** The gate's answer to pageState: "not-article" where the article check said no. */
  reason: string | null;
  modules: string[] | null;
  /** content-scan.js was fetched, parsed or run (trace), or the page says it holds it (pageState). */
  scanLoaded: boolean;
  glossMs: number;
  glossCpuMs: number;
  tasks: number;
  longestTaskMs: number;
  byKind: Record<string, number>;
  files: string[];
}

export interface ArticleRow {
  file: string;
  on: boolean | null;
  reason: string | null;
  marks: number;
  /** DOMContentLoaded → the first range in Gloss's highlights, and → the last change in their number (ms). */
  firstHighlightMs: number | null;
  lastHighlightMs: number | null;
  glossMs: number;
  glossCpuMs: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  longestGlossMs: number;
  over16: number;
  over16Cpu: number;
  gcOutsideMs: number;
  ambiguousMs: number;
  byKind: Record<string, number>;
  heavyTasks: Array<{ ms: number; cpuMs: number; glossMs: number; parts: string[] }>;
  files: string[];
}

export interface CardHover {
  file: string;
  kind: 'cold' | 'warm';
  term: string;
  /** Card shown − the pointermove's dispatch − the hover delay (includes the timer firing late). */
  afterDelayMs: number | null;
  /** Trace clock: card shown − the hover timer firing (Gloss's own part). */
  afterTimerMs: number | null;
  /** How late the hover timer fired (the browser's scheduling, not Gloss's code). */
  timerLateMs: number | null;
  /** Cold only: content-card.js was compiled before the delay ended. */
  cardModuleBeforeTimer: boolean | null;
  glossTasksUntilShown: Array<{ ms: number; glossMs: number; parts: string[] }>;
}

interface Target {
  figure: string;
  before: string;
  after: string;
  target: string;
  met: boolean | null;
}

export interface Summary {
  gate: { contentJs: FileSize; contentScanJs: FileSize; contentCardJs: FileSize };
  nonArticle: {
    pages: number;
    fixtures: number;
    strippedCorpus: number;
    /** Pages the article check still took for articles after stripping: left out of the figures. */
    stillArticle: string[];
    scanLoadedOn: string[];
    glossMs: Stats;
    glossCpuMs: Stats;
  };
  article: {
    pages: number;
    /** Corpus pages Gloss did not run on (the article check said no): left out of the figures. */
    notOn: string[];
    pagesWithTaskOver16: number;
    percentWithoutTaskOver16: number;
    longestTaskMs: number;
    longestTaskPage: string | null;
    glossMs: Stats;
    glossCpuMs: Stats;
    /** The same, counting thread (CPU) time instead of wall time. */
    pagesWithTaskOver16Cpu: number;
    longestTaskCpuMs: number;
    /** Median per page of Gloss's time by kind of work. */
    byKindMedian: Record<string, number>;
    /** Counting only JS events that name a Gloss script, as the bench before issue 14 did. */
    namedScriptsMs: Stats;
  };
  card: { delayMs: number; pages: number; cold: CardStats; warm: CardStats };
  highlight: { pages: number; firstMs: Stats; lastMs: Stats };
  targets: Target[];
}

interface Stats {
  n: number;
  median: number | null;
  p90: number | null;
  max: number | null;
}

interface CardStats {
  n: number;
  afterTimerMs: Stats;
  afterDelayMs: Stats;
  timerLateMs: Stats;
  moduleReadyInDelay?: string;
}

export interface ContentBench {
  date: string;
  seconds: number;
  browser: string;
  node: string;
  cpu: string;
  /** 1-minute load average at the start and the end of the run. */
  loadAverage: number[];
  build: { dist: string; commit: string };
  corpus: string | null;
  /** Set when the page figures were taken from an earlier run (--reuse-pages) and only the cards measured now. */
  pagesFrom: string | null;
  hoverDelayMs: number;
  size: { gate: FileSize; scan: FileSize; card: FileSize };
  nonArticles: NonArticleRow[];
  articles: ArticleRow[];
  cards: CardHover[];
  /** The same procedures without Gloss installed: what the attribution counts with no Gloss at all. */
  /** over16: tasks over 16 ms the attribution would call Gloss's with Gloss absent (articles). */
  control: Array<{ file: string; kind: 'article' | 'non-article'; glossMs: number; over16?: number }>;
  hotFunctions: Array<{ name: string; ms: number }>;
  summary: Summary;
}

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // The median of an even count is the mean of the middle two; other quantiles the nearest rank.
  if (q === 0.5) {
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const r2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);
function stats(values: Array<number | null>): Stats {
  const xs = values.filter((x): x is number => x !== null && Number.isFinite(x));
  return { n: xs.length, median: r2(quantile(xs, 0.5)), p90: r2(quantile(xs, 0.9)), max: xs.length ? r2(Math.max(...xs)) : null };
}

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (v: number | null) => (v === null ? '–' : v < 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(0)} ms`);
const at = (v: number | null, limit: number): boolean | null => (v === null ? null : v <= limit);

export function summarise(size: ContentBench['size'], non: NonArticleRow[], articles: ArticleRow[], cards: CardHover[], delayMs: number): Summary {
  const stillArticle = non.filter((r) => r.reason !== 'not-article').map((r) => r.file);
  const counted = non.filter((r) => r.reason === 'not-article');
  const on = articles.filter((r) => r.on === true);
  const heavy = on.filter((r) => r.over16 > 0);
  const worst = on.reduce<ArticleRow | null>((a, b) => (a === null || b.longestTaskMs > a.longestTaskMs ? b : a), null);
  const kinds = new Set(on.flatMap((r) => Object.keys(r.byKind)));
  const byKindMedian = Object.fromEntries([...kinds].map((k) => [k, r2(quantile(on.map((r) => r.byKind[k] ?? 0), 0.5)) ?? 0]).sort((a, b) => Number(b[1]) - Number(a[1])));
  const cardStats = (kind: 'cold' | 'warm'): CardStats => {
    const rows = cards.filter((c) => c.kind === kind);
    const ready = rows.filter((c) => c.cardModuleBeforeTimer !== null);
    return {
      n: rows.length,
      afterTimerMs: stats(rows.map((c) => c.afterTimerMs)),
      afterDelayMs: stats(rows.map((c) => c.afterDelayMs)),
      timerLateMs: stats(rows.map((c) => c.timerLateMs)),
      ...(kind === 'cold' ? { moduleReadyInDelay: `${ready.filter((c) => c.cardModuleBeforeTimer).length} of ${ready.length}` } : {}),
    };
  };
  const summary: Summary = {
    gate: { contentJs: size.gate, contentScanJs: size.scan, contentCardJs: size.card },
    nonArticle: {
      pages: counted.length,
      fixtures: counted.filter((r) => r.file.startsWith('fixture-')).length,
      strippedCorpus: counted.filter((r) => r.file.startsWith('stripped-')).length,
      stillArticle,
      scanLoadedOn: counted.filter((r) => r.scanLoaded).map((r) => r.file),
      glossMs: stats(counted.map((r) => r.glossMs)),
      glossCpuMs: stats(counted.map((r) => r.glossCpuMs)),
    },
    article: {
      pages: on.length,
      notOn: articles.filter((r) => r.on !== true).map((r) => `${r.file} (${r.reason ?? 'no answer'})`),
      pagesWithTaskOver16: heavy.length,
      percentWithoutTaskOver16: on.length ? Math.round((1000 * (on.length - heavy.length)) / on.length) / 10 : 0,
      longestTaskMs: worst?.longestTaskMs ?? 0,
      longestTaskPage: worst?.file ?? null,
      glossMs: stats(on.map((r) => r.glossMs)),
      glossCpuMs: stats(on.map((r) => r.glossCpuMs)),
      pagesWithTaskOver16Cpu: on.filter((r) => r.over16Cpu > 0).length,
      longestTaskCpuMs: Math.max(0, ...on.map((r) => r.longestTaskCpuMs)),
      byKindMedian,
      namedScriptsMs: stats(on.map((r) => Object.entries(r.byKind).reduce((sum, [k, v]) => sum + (k.endsWith('.js') ? v : 0), 0))),
    },
    card: { delayMs, pages: new Set(cards.map((c) => c.file)).size, cold: cardStats('cold'), warm: cardStats('warm') },
    highlight: { pages: on.length, firstMs: stats(on.map((r) => r.firstHighlightMs)), lastMs: stats(on.map((r) => r.lastHighlightMs)) },
    targets: [],
  };
  const a = summary.article;
  const c = summary.card;
  summary.targets = [
    { figure: 'content.js (the gate), gzipped', before: '47.4 KB (135.7 KB raw)', after: `${kb(size.gate.gzip)} (${kb(size.gate.raw)} raw)`, target: '≤ 10 KB', met: size.gate.gzip <= 10 * KB },
    {
      figure: 'non-article pages: content-scan.js loaded',
      before: 'all of Gloss on every page; every page woken for settings',
      after: `on ${summary.nonArticle.scanLoadedOn.length} of ${counted.length}`,
      target: 'never',
      met: counted.length > 0 ? summary.nonArticle.scanLoadedOn.length === 0 : null,
    },
    {
      figure: "non-article pages: Gloss's main-thread time per page, median",
      before: '–',
      after: `${ms(summary.nonArticle.glossMs.median)} (CPU ${ms(summary.nonArticle.glossCpuMs.median)})`,
      target: '≤ 1 ms',
      met: at(summary.nonArticle.glossMs.median, 1),
    },
    {
      figure: 'articles: pages with a task > 16 ms with Gloss code in it',
      before: '60 of 60',
      after: `${a.pagesWithTaskOver16} of ${a.pages} (none on ${a.percentWithoutTaskOver16}%); on CPU time ${a.pagesWithTaskOver16Cpu} of ${a.pages}`,
      target: 'none on ≥ 95% of pages',
      met: a.pages ? a.percentWithoutTaskOver16 >= 95 : null,
    },
    {
      figure: 'articles: longest task with Gloss code in it',
      before: '155 ms',
      after: `${ms(a.longestTaskMs)} (${a.longestTaskPage ?? '–'}); CPU ${ms(a.longestTaskCpuMs)}`,
      target: '≤ 50 ms',
      met: a.pages ? a.longestTaskMs <= 50 : null,
    },
    {
      figure: "articles: Gloss's main-thread time per page, median",
      before: '85 ms',
      after: `${ms(a.glossMs.median)} (CPU ${ms(a.glossCpuMs.median)})`,
      target: '≤ 20 ms',
      met: at(a.glossMs.median, 20),
    },
    {
      figure: 'first card after the hover delay, cold (median)',
      before: '62 ms',
      after: `${ms(c.cold.afterTimerMs.median)} after the timer fired; ${ms(c.cold.afterDelayMs.median)} after move + delay`,
      target: '≤ 16.7 ms',
      met: at(c.cold.afterTimerMs.median, 16.7),
    },
    {
      figure: 'card after the hover delay, warm (median)',
      before: '12–30 ms',
      after: `${ms(c.warm.afterTimerMs.median)} after the timer fired; ${ms(c.warm.afterDelayMs.median)} after move + delay`,
      target: '≤ 16.7 ms',
      met: at(c.warm.afterTimerMs.median, 16.7),
    },
    {
      figure: 'DOMContentLoaded → first highlight registered, median',
      before: '490 ms (→ all highlighted)',
      after: `${ms(summary.highlight.firstMs.median)} (→ last change: ${ms(summary.highlight.lastMs.median)})`,
      target: '≤ 150 ms',
      met: at(summary.highlight.firstMs.median, 150),
    },
  ];
  return summary;
}

const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');

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
    `- Articles: Gloss's time per page median ${ms(s.article.glossMs.median)}, 90th percentile ${ms(s.article.glossMs.p90)}, worst ${ms(s.article.glossMs.max)}; on CPU time median ${ms(s.article.glossCpuMs.median)}. By kind (median per page): ${Object.entries(s.article.byKindMedian).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}. Counting only the events that name a Gloss script, as the bench before issue 14 did (it missed microtasks and module evaluation): median ${ms(s.article.namedScriptsMs.median)}.${s.article.notOn.length ? ` Gloss did not run on: ${s.article.notOn.join(', ')}.` : ''}`,
    `- DOMContentLoaded → first highlight: median ${ms(s.highlight.firstMs.median)}, 90th percentile ${ms(s.highlight.firstMs.p90)}, worst ${ms(s.highlight.firstMs.max)}; → the last change in the marks: median ${ms(s.highlight.lastMs.median)}.`,
    `- Card, ${s.card.pages} pages: cold ${ms(s.card.cold.afterTimerMs.median)} after the timer fired (worst ${ms(s.card.cold.afterTimerMs.max)}), warm ${ms(s.card.warm.afterTimerMs.median)} (worst ${ms(s.card.warm.afterTimerMs.max)}); counted from the pointermove's dispatch plus the delay, cold ${ms(s.card.cold.afterDelayMs.median)} and warm ${ms(s.card.warm.afterDelayMs.median)}, the difference being how late the browser fired the timer (median ${ms(s.card.cold.timerLateMs.median)} cold, ${ms(s.card.warm.timerLateMs.median)} warm). content-card.js was compiled before the delay ended on ${s.card.cold.moduleReadyInDelay ?? '–'} cold hovers.`,
    `- Control, the same procedures with Gloss not installed (what the attribution counts when there is nothing to count): ${control || '–'}.`,
    '',
    'Method. Each page is loaded in a fresh tab under a Chromium performance trace (bench/content/trace.ts). Gloss\'s time is the wall time of its outermost JS events on the page\'s main thread: events whose script is chrome-extension:// (any id: the lazily imported modules come from a per-session id), plus the share of microtask checkpoints and module evaluations (events that name no script: Gloss\'s `await`s resuming, its modules running) in which V8\'s sampling profiler, recorded in the same trace, found a Gloss frame on the stack; a checkpoint too short to hold a sample is Gloss\'s when no other script ran in its task, but never before Gloss could have run (its first event, or the document\'s DOMContentLoaded): the HTML parser runs checkpoints of its own in its long tasks. `v8.callFunction`, which wraps every callback and names no script, is looked into, not counted whole; the pages\' own scripts are blocked. The control run shows what this counts with Gloss absent. A long task is a main-thread task over 16 ms (wall) in which Gloss\'s code ran. CPU figures use the trace\'s thread time instead, which leaves out the time the thread waited for a core on this busy machine. Non-articles are watched for 3.6 s after DOMContentLoaded (past the gate\'s one recheck at 2.5 s) with nothing of the bench running in the page; whether content-scan.js was loaded comes from the trace (its URL fetched, parsed or run) and from the gate\'s answer to pageState. Highlights: a main-world script polls `CSS.highlights` every 4 ms from before the page\'s own code. Card: a second browser with the test probe (scripts/harness/probe); the pointer moves onto a marked term in one step, the probe\'s MutationObserver on the closed shadow root notes when the card is shown (page clock, placed on the trace clock by the page\'s navigationStart); the trace gives the pointermove\'s dispatch and when the timer Gloss installed in it (TimerInstall/TimerFire, the delay as timeout) fired. The probe\'s own last-move time is not used: Chromium sends synthetic pointermoves when the layout under the pointer changes. "After the timer fired" is Gloss\'s own part; "after move + delay" adds the timer\'s lateness. Cold is the first hover on a page, warm the second (another term); Esc and a move away between them.',
    '',
    '<details><summary>Per page</summary>',
    '',
    '| article | marks | first / last highlight after DCL | Gloss time (CPU) | longest task with Gloss (CPU) | tasks > 16 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.articles.map((x) => `| ${x.file} | ${x.marks} | ${ms(x.firstHighlightMs)} / ${ms(x.lastHighlightMs)} | ${ms(x.glossMs)} (${ms(x.glossCpuMs)}) | ${ms(x.longestTaskMs)} (${ms(x.longestTaskCpuMs)}) | ${x.over16} |`),
    '',
    '| non-article | gate | scanner loaded | Gloss time (CPU) |',
    '| --- | --- | --- | ---: |',
    ...r.nonArticles.map((x) => `| ${x.file} | ${x.reason ?? '–'} | ${x.scanLoaded ? 'yes' : 'no'} | ${ms(x.glossMs)} (${ms(x.glossCpuMs)}) |`),
    '',
    '| card page | hover | term | after the timer | after move + delay |',
    '| --- | --- | --- | ---: | ---: |',
    ...r.cards.map((x) => `| ${x.file} | ${x.kind} | ${x.term} | ${ms(x.afterTimerMs)} | ${ms(x.afterDelayMs)} |`),
    '',
    '</details>',
  ];
  return lines.join('\n');
}

/** Replaces the content-script section of the file, or appends it. */
export function writeSection(path: string, r: ContentBench): void {
  writeNamedSection(path, 'content', markdown(r));
}
