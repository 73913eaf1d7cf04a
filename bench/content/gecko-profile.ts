// Reads a Gecko profiler profile (the JSON Firefox writes at shutdown with MOZ_PROFILER_SHUTDOWN):
// which samples of the content processes' main threads had an extension's code on the stack.
// Firefox ESR has no trace like Chromium's for an automated browser; its sampling profiler, started
// through the environment, is what it offers.

/** The fields read here; the profile has many more. Tables are `{ schema, data }` of rows. */
interface Table {
  schema: Record<string, number>;
  data: Array<Array<number | null>>;
}

interface GeckoThread {
  name: string;
  processName?: string;
  pid: number | string;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}

export interface GeckoProfile {
  meta: { startTime: number; interval: number; sampleUnits?: { threadCPUDelta?: string } };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

/** One sample of a web content process's main thread. */
export interface ContentSample {
  pid: string;
  /** Wall-clock time (ms since the epoch, the same clock as Node's Date.now()). */
  at: number;
  /** CPU time of the thread since the previous sample, ms. */
  cpuMs: number;
  /** The extension's files on the stack ("content.js"…), empty when none. */
  files: string[];
}

const MS_PER_UNIT: Record<string, number> = { ns: 1e-6, 'µs': 1e-3, ms: 1 };

/** The main-thread samples of every web content process, each with the extension files on its stack. */
export function contentSamples(profile: GeckoProfile, origin: string): ContentSample[] {
  const out: ContentSample[] = [];
  for (const process of [profile, ...(profile.processes ?? [])]) {
    for (const thread of process.threads) {
      if (thread.name !== 'GeckoMain' || thread.processName === 'Parent Process' || thread.processName === 'WebExtensions') continue;
      const toMs = MS_PER_UNIT[process.meta.sampleUnits?.threadCPUDelta ?? 'ns'] ?? 1e-6;
      const files = stackFiles(thread, origin);
      const s = thread.samples.schema;
      for (const row of thread.samples.data) {
        const stack = row[s['stack']!];
        out.push({
          pid: String(thread.pid),
          at: process.meta.startTime + (row[s['time']!] ?? 0),
          cpuMs: (row[s['threadCPUDelta']!] ?? 0) * toMs,
          files: stack === null || stack === undefined ? [] : (files[stack] ?? []),
        });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** For each stack of the thread, the extension's files among its frames (shared arrays: prefixes repeat). */
function stackFiles(thread: GeckoThread, origin: string): string[][] {
  const f = thread.frameTable.schema;
  const frameFile = thread.frameTable.data.map((row) => {
    const location = thread.stringTable[row[f['location']!] ?? -1] ?? '';
    const at = location.indexOf(origin);
    if (at < 0) return null;
    const path = location.slice(at + origin.length).replace(/^\/+/, '');
    return path.split(/[:)\s]/)[0] ?? null;
  });
  const k = thread.stackTable.schema;
  const result: string[][] = [];
  // A stack's prefix always comes before it in the table.
  thread.stackTable.data.forEach((row, i) => {
    const prefix = row[k['prefix']!];
    const above = prefix === null || prefix === undefined ? [] : (result[prefix] ?? []);
    const file = frameFile[row[k['frame']!] ?? -1];
    result[i] = file && !above.includes(file) ? [...above, file] : above;
  });
  return result;
}

export interface SampledWork {
  /** Samples with the extension on the stack, times the interval: its main-thread time, ms. */
  ms: number;
  cpuMs: number;
  samples: number;
  files: string[];
  /** The content process the extension's samples fell in (the first one, if several). */
  pid: string | null;
}

/** The extension's sampled work between two wall-clock times. */
export function sampledWork(samples: ContentSample[], from: number, to: number, intervalMs: number): SampledWork {
  let n = 0;
  let cpu = 0;
  let pid: string | null = null;
  const files = new Set<string>();
  for (const s of samples) {
    if (s.at < from || s.at > to || s.files.length === 0) continue;
    n++;
    cpu += s.cpuMs;
    pid ??= s.pid;
    for (const file of s.files) files.add(file);
  }
  return { ms: n * intervalMs, cpuMs: cpu, samples: n, files: [...files].sort(), pid };
}
