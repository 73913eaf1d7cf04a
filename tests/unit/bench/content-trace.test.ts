// bench:content's attribution of main-thread time to Gloss, on small made-up traces. The figures in
// bench/RESULTS.md are only as honest as this.
import { describe, expect, it } from 'vitest';
import { glossWork, type TraceEvent } from '../../../bench/content/trace.ts';

const PID = 1;
const TID = 2;
const EXT = 'chrome-extension://abcdefghijklmnop';

/** A complete event on the main thread; times in ms, as the trace's µs. */
function x(name: string, at: number, ms: number, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { name, cat: 'x', ph: 'X', ts: at * 1000, dur: ms * 1000, tdur: ms * 1000, pid: PID, tid: TID, ...extra };
}
const script = (name: string, at: number, ms: number, file: string): TraceEvent => x(name, at, ms, { args: { data: { url: `${EXT}/${file}` } } });
const task = (at: number, ms: number): TraceEvent => x('RunTask', at, ms);
const domContentLoaded = (at: number): TraceEvent => ({ name: 'MarkDOMContent', cat: 'x', ph: 'I', ts: at * 1000, pid: PID, tid: TID, args: { data: { isOutermostMainFrame: true } as never } });

/** The gate's own evaluation at 100 ms: every trace here has Gloss on the page. */
const gate = [task(100, 2), script('EvaluateScript', 100.1, 1.5, 'content.js')];

describe('bench:content attribution', () => {
  it('looks into v8.callFunction, which wraps every callback: a long idle-callback slice is Gloss’s', () => {
    const events = [...gate, task(200, 30), x('v8.callFunction', 200.5, 29, { args: { worldName: 'Gloss' } as never }), script('FunctionCall', 201, 20, 'content-scan.js'), x('RunMicrotasks', 221.5, 7)];
    const work = glossWork(events);
    expect(work.over16).toBe(1);
    expect(work.longestTaskMs).toBe(30);
    // The FunctionCall, and the checkpoint after it (no other script ran in that task).
    expect(work.mainMs).toBeCloseTo(1.5 + 20 + 7, 5);
  });

  it('does not count the page’s own callbacks inside v8.callFunction, nor the checkpoint in their task', () => {
    const events = [...gate, task(200, 30), x('v8.callFunction', 200.5, 29), x('FunctionCall', 201, 20, { args: { data: { url: 'http://127.0.0.1/page.js' } } }), x('RunMicrotasks', 221.5, 7)];
    const work = glossWork(events);
    expect(work.over16).toBe(0);
    expect(work.mainMs).toBeCloseTo(1.5, 5);
  });

  it('leaves the parser’s checkpoints before Gloss ran to the page, even without a sample in them', () => {
    const parsing = [task(20, 40), x('ParseHTML', 20, 39), x('RunMicrotasks', 59.5, 0.3)];
    const work = glossWork([...parsing, ...gate]);
    expect(work.over16).toBe(0);
    expect(work.tasks).toHaveLength(1);
  });

  it('counts such a checkpoint once Gloss could be running', () => {
    const later = [task(300, 40), x('ParseHTML', 300, 39), x('RunMicrotasks', 339.5, 0.3)];
    expect(glossWork([...gate, ...later]).over16).toBe(1);
  });

  it('with Gloss absent (the control), nothing before DOMContentLoaded is counted, and a lone checkpoint after it is', () => {
    const thread: TraceEvent = { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: PID, tid: TID, args: { name: 'CrRendererMain' } };
    const events = [thread, task(20, 40), x('RunMicrotasks', 59.5, 0.3), domContentLoaded(80), task(300, 40), x('RunMicrotasks', 339.5, 0.3)];
    const work = glossWork(events);
    expect(work.tasks.map((t) => t.ts)).toEqual([300_000]);
  });
});
