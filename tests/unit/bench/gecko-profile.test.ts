// bench:content's Firefox figures come from the Gecko profiler's samples: which samples are Gloss's,
// on which clock, and with how much CPU. Made-up profiles in the real format (tables with schemas).
import { describe, expect, it } from 'vitest';
import { contentSamples, sampledWork, type GeckoProfile } from '../../../bench/content/gecko-profile.ts';

const ORIGIN = 'moz-extension://6f1c1c3e-8d1b-4f0e-9a57-5b1e0c9a2f10';

/** A thread whose stacks are given as frame lists, outermost first; samples as [time, stack index, cpu ns]. */
function thread(processName: string, pid: number, stacks: string[][], samples: Array<[number, number | null, number]>) {
  const strings: string[] = [];
  const frames: Array<Array<number | null>> = [];
  const stackRows: Array<Array<number | null>> = [];
  const frameIndex = new Map<string, number>();
  const stackIndex = new Map<string, number>();
  const leafOf: number[] = [];
  for (const stack of stacks) {
    let prefix: number | null = null;
    let key = '';
    for (const location of stack) {
      if (!frameIndex.has(location)) {
        strings.push(location);
        frameIndex.set(location, frames.length);
        frames.push([strings.length - 1, 1, null, null, 1, 1, 0, 0]);
      }
      key += `|${location}`;
      if (!stackIndex.has(key)) {
        stackIndex.set(key, stackRows.length);
        stackRows.push([prefix, frameIndex.get(location)!]);
      }
      prefix = stackIndex.get(key)!;
    }
    leafOf.push(prefix!);
  }
  return {
    name: 'GeckoMain',
    processType: processName === 'Parent Process' ? 'default' : 'tab',
    processName,
    pid,
    samples: { schema: { stack: 0, time: 1, eventDelay: 2, threadCPUDelta: 3 }, data: samples.map(([time, s, cpu]) => [s === null ? null : leafOf[s]!, time, 0, cpu]) },
    stackTable: { schema: { prefix: 0, frame: 1 }, data: stackRows },
    frameTable: { schema: { location: 0, relevantForJS: 1, innerWindowID: 2, implementation: 3, line: 4, column: 5, category: 6, subcategory: 7 }, data: frames },
    stringTable: strings,
  };
}

const meta = (startTime: number) => ({ startTime, interval: 1, sampleUnits: { threadCPUDelta: 'ns' } });

const stacks = [
  // 0: the page's own work
  ['XRE_InitChildProcess', 'Reflow http://127.0.0.1/page.html'],
  // 1: Gloss's gate, with Firefox's extension framework above it on the stack
  ['XRE_InitChildProcess', `A (${ORIGIN}/content.js:1:744)`, 'initGlobal (resource://gre/modules/ExtensionCommon.sys.mjs:1875:13)'],
  // 2: the scanner, called from the gate
  ['XRE_InitChildProcess', `load (${ORIGIN}/content.js:1:12051)`, `walk (${ORIGIN}/content-scan.js:3:137)`, 'js::RunScript'],
  // 3: another extension
  ['XRE_InitChildProcess', 'x (moz-extension://00000000-0000-0000-0000-000000000000/other.js:1:1)'],
];

function profile(): GeckoProfile {
  const content = thread('Web Content', 7, stacks, [
    [10, 0, 500_000],
    [11, 1, 900_000],
    [12, 1, 800_000],
    [13, 2, 1_000_000],
    [14, 3, 1_000_000],
    [15, null, 0],
  ]);
  const parent = thread('Parent Process', 1, stacks, [[12, 1, 1_000_000]]);
  const extensions = thread('WebExtensions', 3, stacks, [[12, 2, 1_000_000]]);
  return {
    meta: meta(1_000_000),
    threads: [parent],
    // A child process's sample times count from its own start.
    processes: [{ meta: meta(1_000_100), threads: [content] }, { meta: meta(1_000_000), threads: [extensions] }],
  };
}

describe('bench:content Gecko profile reader', () => {
  it('reads only web content main threads, on the wall clock of each process', () => {
    const samples = contentSamples(profile(), ORIGIN);
    expect(samples.map((s) => s.pid)).toEqual(['7', '7', '7', '7', '7', '7']);
    expect(samples[0]!.at).toBe(1_000_110);
  });

  it("names Gloss's files on a stack, and no other extension's", () => {
    const files = contentSamples(profile(), ORIGIN).map((s) => s.files);
    expect(files).toEqual([[], ['content.js'], ['content.js'], ['content.js', 'content-scan.js'], [], []]);
  });

  it("sums Gloss's samples and their CPU time within a window only", () => {
    const samples = contentSamples(profile(), ORIGIN);
    const all = sampledWork(samples, 1_000_100, 1_000_200, 1);
    expect(all).toMatchObject({ ms: 3, samples: 3, files: ['content-scan.js', 'content.js'], pid: '7' });
    expect(all.cpuMs).toBeCloseTo(2.7, 9);
    const part = sampledWork(samples, 1_000_112, 1_000_200, 1);
    expect(part.samples).toBe(2);
    expect(part.cpuMs).toBeCloseTo(1.8, 9);
    expect(sampledWork(samples, 1_000_114, 1_000_200, 1)).toEqual({ ms: 0, cpuMs: 0, samples: 0, files: [], pid: null });
  });
});
