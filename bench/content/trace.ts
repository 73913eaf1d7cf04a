// A Chromium performance trace of one page, and the main-thread work Gloss did in it.
//
// Attribution. A JS event with a script URL (EvaluateScript, FunctionCall, v8.compile…) is Gloss's
// when the URL is chrome-extension:// — any id, because Chrome serves the lazily imported
// content-scan.js and content-card.js from a per-session id (use_dynamic_url) that is not the
// extension's — except the test probe's files. Two kinds of JS event carry no URL: the microtask
// checkpoint (RunMicrotasks: where every `await` in the content script resumes) and module
// evaluation (v8.evaluateModule). Those are split by V8's sampling profiler, recorded in the same
// trace: an event's duration is Gloss's in the share of the samples inside it whose stack holds a
// Gloss frame. An event too short to hold a sample is Gloss's if nothing but Gloss ran script in
// its task (the pages' own scripts are blocked by CSP), and never before Gloss could have run
// (glossStart): the parser's own checkpoints in its long tasks are not Gloss's. A control run
// without Gloss (run.ts) measures what this would wrongly count. Time is the outermost JS event, so a layout Gloss forces
// or a GC inside its code counts as Gloss's; style, paint and GC in tasks of their own do not.
import type { CDPSession } from 'playwright-core';

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: what the thread really ran, without waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      functionName?: string;
      timerId?: number;
      timeout?: number;
      documentLoaderURL?: string;
      isLoadingMainFrame?: boolean;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    name?: string;
  };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'v8', 'blink.user_timing'];
const PROFILER = 'disabled-by-default-v8.cpu_profiler';

export interface Trace {
  stop(): Promise<TraceEvent[]>;
}

/** Starts tracing the page of `cdp`, with V8's sampling profiler (it decides whose microtasks ran). */
export async function startTrace(cdp: CDPSession): Promise<Trace> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // The protocol types the events as plain objects; these are the fields read below.
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const categories = [...CATEGORIES, PROFILER].join(',');
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

const PROBE_FILE = /\/(probe|axe\.min)\.js$/;
export const isGlossUrl = (url: string | undefined): boolean => typeof url === 'string' && url.startsWith('chrome-extension://') && !PROBE_FILE.test(url);
export const fileOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1);

/** JS events that name their script. */
// Not v8.callFunction: it names no script (only, in args, the world it runs in), and it wraps the
// FunctionCall and RunMicrotasks of every callback (idle callbacks, timers, message ports), which
// are attributed here one by one. Counted as a leaf, it hid Gloss's callbacks and made their tasks
// look foreign.
const JS_WITH_URL = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'V8.Execute']);
/** JS events that do not: whose they are is decided by the task they run in. */
const JS_WITHOUT_URL = new Set(['RunMicrotasks', 'v8.evaluateModule']);
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const GC = /^(MinorGC|MajorGC|V8\.GC_(SCAVENGER|MARK_COMPACTOR|MC_BACKGROUND|INCREMENTAL)$)/;

interface GlossTask {
  /** Start, trace clock (µs). */
  ts: number;
  /** The whole task, wall ms and thread ms. */
  ms: number;
  cpuMs: number;
  /** Gloss's code in it. */
  glossMs: number;
  /** What ran: "FunctionCall content-scan.js", "RunMicrotasks"… with wall ms. */
  parts: Array<[string, number]>;
}

export interface GlossWork {
  /** Gloss's JS on the page's main thread, summed: wall ms and thread (CPU) ms. */
  mainMs: number;
  mainCpuMs: number;
  /** Tasks in which Gloss's code ran. */
  tasks: GlossTask[];
  /** Tasks over 16 ms (wall) with Gloss's code in them; and counted on thread time. */
  over16: number;
  over16Cpu: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** Longest single stretch of Gloss's code. */
  longestGlossMs: number;
  /** Gloss's time by kind ("EvaluateScript content.js", "RunMicrotasks"…), wall ms. */
  byKind: Record<string, number>;
  /** Garbage collection on the main thread in tasks of its own (not inside anyone's code), ms. */
  gcOutsideMs: number;
  /** JS without a URL that was left out because the bench's own script ran in the same task, ms. */
  ambiguousMs: number;
  /** Gloss's files the renderer touched (fetched, parsed or ran), any thread. */
  files: string[];
}

/** The renderer main thread that ran Gloss's content.js, or, failing that, the busiest CrRendererMain. */
export function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const gate = events.find((e) => e.name === 'EvaluateScript' && isGlossUrl(e.args?.data?.url) && e.args?.data?.url?.endsWith('/content.js'));
  if (gate) return { pid: gate.pid, tid: gate.tid };
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number } | null = null;
  let bestTime = -1;
  for (const n of names) {
    const time = events.filter((e) => e.pid === n.pid && e.tid === n.tid && e.name === 'RunTask').reduce((s, e) => s + (e.dur ?? 0), 0);
    if (time > bestTime) {
      bestTime = time;
      best = { pid: n.pid, tid: n.tid };
    }
  }
  return best;
}

/** The outermost of nested complete events (one thread's events nest properly). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}

interface Sample {
  ts: number;
  gloss: boolean;
}

/** The main thread's profiler samples, each with whether a Gloss frame was on its stack. */
function samplesOf(events: TraceEvent[], main: { pid: number; tid: number }): Sample[] {
  const starts = new Map<string, number>();
  for (const e of events) {
    const start = (e.args?.data as { startTime?: number } | undefined)?.startTime;
    if (e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid && e.id !== undefined && start !== undefined) starts.set(e.id, start);
  }
  const out: Sample[] = [];
  const nodes = new Map<string, ProfileNode>();
  const glossy = new Map<string, boolean>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id === undefined || !starts.has(e.id)) continue;
    const id = e.id;
    const key = (n: number): string => `${id}:${n}`;
    const profile = e.args?.data?.cpuProfile;
    for (const n of profile?.nodes ?? []) nodes.set(key(n.id), n);
    const isGloss = (n: number): boolean => {
      const k = key(n);
      const known = glossy.get(k);
      if (known !== undefined) return known;
      const node = nodes.get(k);
      const answer = node ? isGlossUrl(node.callFrame.url) || (node.parent !== undefined && isGloss(node.parent)) : false;
      glossy.set(k, answer);
      return answer;
    };
    const deltas = e.args?.data?.timeDeltas ?? [];
    let t = starts.get(id)!;
    const samples = profile?.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      out.push({ ts: t, gloss: isGloss(samples[i]!) });
    }
    starts.set(id, t);
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Gloss's share of the samples inside `e`, or null when none fell inside. */
function glossShare(samples: Sample[], e: TraceEvent): number | null {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.ts < e.ts) lo = mid + 1;
    else hi = mid;
  }
  let all = 0;
  let gloss = 0;
  for (let i = lo; i < samples.length && samples[i]!.ts <= e.ts + (e.dur ?? 0); i++) {
    all++;
    if (samples[i]!.gloss) gloss++;
  }
  return all === 0 ? null : gloss / all;
}

/**
 * Before this no Gloss code existed on the thread: content.js runs at document_end, so not before
 * the first Gloss event nor before the main document's DOMContentLoaded. A microtask checkpoint
 * earlier (the parser runs them in its long tasks) is the page's, however few samples it holds.
 * With Gloss absent (the control run) the second bound keeps the rule the same.
 */
function glossStart(events: TraceEvent[], main: { pid: number; tid: number }): number {
  let gloss = Infinity;
  // The last: the tab's first document, about:blank, has its own.
  let loaded = -Infinity;
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid) continue;
    const data = e.args?.data as { isOutermostMainFrame?: boolean } | undefined;
    if (JS_WITH_URL.has(e.name) && isGlossUrl(e.args?.data?.url)) gloss = Math.min(gloss, e.ts);
    else if (e.name === 'MarkDOMContent' && data?.isOutermostMainFrame === true) loaded = Math.max(loaded, e.ts);
  }
  return Math.min(gloss, loaded === -Infinity ? Infinity : loaded);
}

export const within = (outer: TraceEvent, e: TraceEvent): boolean => outer.ts <= e.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
export const ms = (us: number | undefined): number => (us ?? 0) / 1000;

export function glossWork(events: TraceEvent[], from = -Infinity): GlossWork {
  const files = [...new Set(events.map((e) => e.args?.data?.url).filter((u): u is string => isGlossUrl(u)).map(fileOf))].sort();
  const main = mainThread(events);
  const empty: GlossWork = { mainMs: 0, mainCpuMs: 0, tasks: [], over16: 0, over16Cpu: 0, longestTaskMs: 0, longestTaskCpuMs: 0, longestGlossMs: 0, byKind: {}, gcOutsideMs: 0, ambiguousMs: 0, files };
  if (!main) return empty;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= from);
  const tasks = outermost(mine.filter((e) => TASKS.has(e.name)));
  const js = outermost(mine.filter((e) => JS_WITH_URL.has(e.name) || JS_WITHOUT_URL.has(e.name)));
  const gcs = outermost(mine.filter((e) => GC.test(e.name)));
  const work = { ...empty, byKind: {} as Record<string, number> };
  let t = 0;
  const byTask = new Map<TraceEvent, TraceEvent[]>();
  const loose: TraceEvent[] = [];
  for (const e of js) {
    while (t < tasks.length && tasks[t]!.ts + (tasks[t]!.dur ?? 0) < e.ts) t++;
    const task = tasks[t];
    if (task && within(task, e)) byTask.set(task, [...(byTask.get(task) ?? []), e]);
    else loose.push(e);
  }
  // JS outside any task event (rare: the trace started mid-task) counts as a task of its own.
  for (const e of loose) byTask.set(e, [e]);
  const samples = samplesOf(events, main);
  const startedAt = glossStart(events, main);
  for (const [task, inside] of byTask) {
    const foreign = inside.some((e) => JS_WITH_URL.has(e.name) && !isGlossUrl(e.args?.data?.url));
    const parts: Array<[string, number]> = [];
    let glossMs = 0;
    for (const e of inside) {
      const url = e.args?.data?.url;
      let share: number;
      if (JS_WITH_URL.has(e.name)) share = isGlossUrl(url) ? 1 : 0;
      else if (e.ts < startedAt) share = 0;
      else {
        const sampled = glossShare(samples, e);
        if (sampled === null && foreign) work.ambiguousMs += ms(e.dur);
        share = sampled ?? (foreign ? 0 : 1);
      }
      if (share === 0) continue;
      const kind = url ? `${e.name} ${fileOf(url)}` : e.name;
      const part = ms(e.dur) * share;
      parts.push([kind, part]);
      work.byKind[kind] = (work.byKind[kind] ?? 0) + part;
      glossMs += part;
      work.mainCpuMs += ms(e.tdur ?? e.dur) * share;
      work.longestGlossMs = Math.max(work.longestGlossMs, part);
    }
    if (parts.length === 0) continue;
    work.mainMs += glossMs;
    const entry: GlossTask = { ts: task.ts, ms: ms(task.dur), cpuMs: ms(task.tdur ?? task.dur), glossMs, parts };
    work.tasks.push(entry);
    if (entry.ms > 16) work.over16++;
    if (entry.cpuMs > 16) work.over16Cpu++;
    work.longestTaskMs = Math.max(work.longestTaskMs, entry.ms);
    work.longestTaskCpuMs = Math.max(work.longestTaskCpuMs, entry.cpuMs);
  }
  work.tasks.sort((a, b) => a.ts - b.ts);
  work.gcOutsideMs = gcs.filter((g) => !js.some((e) => within(e, g))).reduce((s, g) => s + ms(g.dur), 0);
  return work;
}
