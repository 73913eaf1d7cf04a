/**
 * Runs work in short slices during idle time, so no task Gloss causes runs long: each job is cut
 * into steps of at most a millisecond or two, and a slice stops stepping once its budget is spent.
 */
import { warn } from '../log.ts';
import { nextTask } from './next-task.ts';

export interface Job {
  /** Does one bounded piece of work; returns false when the job is finished. */
  work(): boolean;
}

export interface Clock {
  now(): number;
  /** Calls `run` when the page is idle (or after `timeoutMs` at the latest); returns a canceller. */
  idle(run: (deadline: { timeRemaining(): number }) => void, timeoutMs: number): () => void;
  /** Calls `run` in a task of its own, without waiting for idle time; returns a canceller. */
  soon(run: (deadline: { timeRemaining(): number }) => void): () => void;
}

export interface SliceRunnerOptions {
  /** Longest a slice may run, in ms. */
  budgetMs: number;
  /** A slice waits at most this long for idle time before it runs anyway. */
  idleTimeoutMs: number;
  /** After each slice that did some work (apply the marks, report progress). */
  afterSlice?: () => void;
}

export class SliceRunner {
  private readonly queue: Job[] = [];
  private cancel: (() => void) | null = null;
  private slices = 0;
  private longest = 0;

  constructor(
    private readonly clock: Clock,
    private readonly options: SliceRunnerOptions,
  ) {}

  add(job: Job, first = false): void {
    if (first) this.queue.unshift(job);
    else this.queue.push(job);
    this.schedule();
  }

  get busy(): boolean {
    return this.queue.length > 0;
  }

  /** Slices run so far and the longest one, in ms (for the benchmark). */
  stats(): { slices: number; longestMs: number } {
    return { slices: this.slices, longestMs: this.longest };
  }

  clear(): void {
    this.queue.length = 0;
    this.cancel?.();
    this.cancel = null;
  }

  /**
   * Runs the next slice in a task of its own, without waiting for idle time (the first slice after
   * start: the reader is waiting for the first marks). Not now: the task that started the scan has
   * decoded the terms already, and the two together would make one long task.
   */
  runSoon(): void {
    this.cancel?.();
    this.cancel = this.clock.soon(() => {
      this.cancel = null;
      this.slice(this.options.budgetMs);
    });
  }

  private schedule(): void {
    if (this.cancel || this.queue.length === 0) return;
    this.cancel = this.clock.idle((deadline) => {
      this.cancel = null;
      // An idle period may offer up to 50 ms; never take more than the budget.
      const remaining = deadline.timeRemaining();
      this.slice(remaining > 1 ? Math.min(this.options.budgetMs, remaining) : this.options.budgetMs);
    }, this.options.idleTimeoutMs);
  }

  private slice(budget: number): void {
    const start = this.clock.now();
    const end = start + budget;
    let worked = false;
    for (let job = this.queue[0]; job !== undefined; job = this.queue[0]) {
      let more = false;
      const before = this.clock.now();
      try {
        more = job.work();
      } catch (error) {
        warn('a piece of scan work failed; skipping it', error);
      }
      worked = true;
      if (!more && this.queue[0] === job) this.queue.shift();
      const now = this.clock.now();
      // Stop when the next step, if it takes as long as this one, would overrun the budget.
      if (now + (now - before) >= end) break;
    }
    if (worked) {
      try {
        this.options.afterSlice?.();
      } catch (error) {
        warn('applying the marks failed', error);
      }
      this.slices++;
      this.longest = Math.max(this.longest, this.clock.now() - start);
    }
    this.schedule();
  }
}

/**
 * requestIdleCallback where there is one (both target browsers), a timer elsewhere. In a hidden
 * tab both wait a second or more (Firefox throttles them), so there a slice runs in the next
 * message task: the tab draws no frames to disturb, and a site switched on must be marked in
 * every open tab within a second.
 */
export function pageClock(win: Window & typeof globalThis): Clock {
  const perf = win.performance;
  const soon = (run: (deadline: { timeRemaining(): number }) => void): (() => void) => {
    let cancelled = false;
    nextTask(win, () => {
      if (!cancelled) run({ timeRemaining: () => 0 });
    });
    return () => {
      cancelled = true;
    };
  };
  return {
    now: () => perf.now(),
    soon,
    idle(run, timeoutMs) {
      if (win.document.hidden) return soon(run);
      if (typeof win.requestIdleCallback === 'function') {
        const handle = win.requestIdleCallback(run, { timeout: timeoutMs });
        return () => win.cancelIdleCallback(handle);
      }
      const handle = win.setTimeout(() => run({ timeRemaining: () => 0 }), 16);
      return () => win.clearTimeout(handle);
    },
  };
}
