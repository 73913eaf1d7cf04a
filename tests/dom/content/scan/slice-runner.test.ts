import { describe, expect, it, vi } from 'vitest';
import { pageClock, SliceRunner, type Job } from '../../../../src/content/scan/slice-runner.ts';
import { ManualClock } from '../support.ts';

/** A job of `steps` steps, each taking `cost` ms on the manual clock. */
function costly(clock: ManualClock, steps: number, cost: number, log: string[], name: string): Job {
  let left = steps;
  return {
    work() {
      clock.time += cost;
      log.push(name);
      return --left > 0;
    },
  };
}

describe('slice runner', () => {
  it('never runs a slice much past its budget, and finishes every job in order', () => {
    const clock = new ManualClock();
    const runner = new SliceRunner(clock, { budgetMs: 6, idleTimeoutMs: 100 });
    const log: string[] = [];
    runner.add(costly(clock, 10, 1.5, log, 'a'));
    runner.add(costly(clock, 3, 1, log, 'b'));
    const slices: number[] = [];
    while (clock.pending > 0) {
      const before = clock.time;
      clock.runIdle();
      slices.push(clock.time - before);
    }
    expect(log).toEqual([...Array(10).fill('a'), 'b', 'b', 'b']);
    // A slice stops before a step that, as long as the last one, would cross the budget.
    expect(Math.max(...slices)).toBeLessThanOrEqual(6);
    expect(slices.length).toBeGreaterThan(2);
    expect(runner.busy).toBe(false);
    expect(runner.stats().longestMs).toBeLessThanOrEqual(6);
  });

  it('takes no more than the idle time offered', () => {
    const clock = new ManualClock();
    const runner = new SliceRunner(clock, { budgetMs: 6, idleTimeoutMs: 100 });
    const log: string[] = [];
    runner.add(costly(clock, 10, 1, log, 'a'));
    clock.runIdle(3);
    expect(log.length).toBe(2);
  });

  it('skips a step that throws and goes on with the next job', () => {
    const clock = new ManualClock();
    const after = vi.fn();
    const runner = new SliceRunner(clock, { budgetMs: 6, idleTimeoutMs: 100, afterSlice: after });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log: string[] = [];
    runner.add({ work: () => { throw new Error('bad page'); } });
    runner.add(costly(clock, 2, 1, log, 'ok'));
    clock.drain();
    expect(log).toEqual(['ok', 'ok']);
    expect(after).toHaveBeenCalled();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Gloss\]/);
    warn.mockRestore();
  });

  it('a step longer than the rest ends the slice early', () => {
    const clock = new ManualClock();
    const runner = new SliceRunner(clock, { budgetMs: 6, idleTimeoutMs: 100 });
    const costs = [1, 4, 1, 1, 1, 1];
    let i = 0;
    runner.add({ work: () => ((clock.time += costs[i++] ?? 1), i < costs.length) });
    clock.runIdle();
    expect(i).toBe(2);
  });

  it('runs the next slice soon with runSoon, in place of the idle one, and stops everything on clear', () => {
    const clock = new ManualClock();
    const runner = new SliceRunner(clock, { budgetMs: 6, idleTimeoutMs: 100 });
    const log: string[] = [];
    runner.add(costly(clock, 100, 1, log, 'a'));
    runner.runSoon();
    // Not in the caller's task: one task later, and only one slice is queued.
    expect(log.length).toBe(0);
    expect(clock.pending).toBe(1);
    clock.runIdle();
    expect(log.length).toBe(5);
    runner.clear();
    expect(clock.pending).toBe(0);
    expect(runner.busy).toBe(false);
  });
});

describe('pageClock', () => {
  const fakeWin = (hidden: boolean) =>
    ({
      document: { hidden },
      performance,
      MessageChannel,
      setTimeout,
      requestIdleCallback: vi.fn(() => 1),
      cancelIdleCallback: vi.fn(),
    }) as unknown as Window & typeof globalThis & { requestIdleCallback: ReturnType<typeof vi.fn> };

  it('waits for idle time in a visible tab', () => {
    const win = fakeWin(false);
    pageClock(win).idle(() => {}, 120);
    expect(win.requestIdleCallback).toHaveBeenCalledTimes(1);
  });

  it('runs in the next message task in a hidden tab, where idle callbacks and timers are held back', async () => {
    const win = fakeWin(true);
    const run = vi.fn();
    pageClock(win).idle(run, 120);
    expect(win.requestIdleCallback).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
  });

  it('can be cancelled in a hidden tab', async () => {
    const clock = pageClock(fakeWin(true));
    const run = vi.fn();
    const cancel = clock.idle(run, 120);
    cancel();
    // A second callback, queued after the cancelled one the same way, has run: the first would have run before it.
    const control = vi.fn();
    clock.idle(control, 120);
    await vi.waitFor(() => expect(control).toHaveBeenCalledTimes(1));
    expect(run).not.toHaveBeenCalled();
  });
});
