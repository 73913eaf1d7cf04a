// A Chromium performance trace of one page load, and the main-thread tasks the extension caused.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; functionName?: string; stackTrace?: Array<{ url?: string }> }; name?: string };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'].join(',');

export interface Trace {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(cdp: CDPSession): Promise<Trace> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // The protocol types the events as plain objects; these are the fields read below.
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

export interface ExtensionTasks {
  /** Longest main-thread task (RunTask) in which the extension's code ran, ms. */
  longestTaskMs: number;
  /** Longest single stretch of the extension's own code (a callback, the script's evaluation), ms. */
  longestCodeMs: number;
  /** Total time in the extension's code, ms. */
  totalCodeMs: number;
  /** Tasks over 16 ms in which the extension's code ran. */
  over16: number;
}

const isExtension = (url: string | undefined): boolean => typeof url === 'string' && url.startsWith('chrome-extension://');

/** The renderer main thread of the page: the thread with the most RunTask time that ran the extension. */
export function extensionTasks(events: TraceEvent[]): ExtensionTasks {
  const code = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'V8.Execute' || e.name === 'v8.callFunction') &&
      (isExtension(e.args?.data?.url) || isExtension(e.args?.data?.scriptName)),
  );
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  let longestTask = 0;
  let longestCode = 0;
  let total = 0;
  const heavy = new Set<TraceEvent>();
  // Nested code events (a FunctionCall inside an EvaluateScript) are counted once, the outer one.
  const outer = code.filter((c) => !code.some((o) => o !== c && o.pid === c.pid && o.tid === c.tid && o.ts <= c.ts && o.ts + (o.dur ?? 0) >= c.ts + (c.dur ?? 0) && (o.dur ?? 0) > (c.dur ?? 0)));
  for (const c of outer) {
    const dur = (c.dur ?? 0) / 1000;
    longestCode = Math.max(longestCode, dur);
    total += dur;
    const task = tasks.find((t) => t.pid === c.pid && t.tid === c.tid && t.ts <= c.ts && t.ts + (t.dur ?? 0) >= c.ts + (c.dur ?? 0));
    const taskMs = task ? (task.dur ?? 0) / 1000 : dur;
    longestTask = Math.max(longestTask, taskMs);
    if (task && taskMs > 16) heavy.add(task);
  }
  return { longestTaskMs: longestTask, longestCodeMs: longestCode, totalCodeMs: total, over16: heavy.size };
}
