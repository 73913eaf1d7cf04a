// Waiting for a condition from Node, for tests and benchmarks. Tests wait for what they expect to
// see, never for a fixed time: on a slow or busy machine a fixed sleep is either too short (the
// test fails) or, everywhere else, too long (the suite crawls).
import { setTimeout as delay } from 'node:timers/promises';

/**
 * How long a test waits for something that normally takes well under a second. It only costs
 * time when the test is about to fail anyway, so it is generous: two cores shared with a build and
 * another browser can stretch a 200 ms step to several seconds.
 */
export const PATIENCE_MS = 30_000;

export interface WaitOptions {
  /** Give up after this long (ms). */
  timeout?: number;
  /** Pause between two checks (ms). */
  interval?: number;
  /** Names the condition in the timeout error. */
  what?: string;
}

/**
 * Calls `check` until it returns something truthy and returns that. A check that throws counts as
 * "not yet"; the last error is reported if the time runs out.
 */
export async function waitFor<R>(check: () => R | Promise<R>, options: WaitOptions = {}): Promise<NonNullable<R>> {
  const { timeout = PATIENCE_MS, interval = 25, what = 'a condition' } = options;
  const end = Date.now() + timeout;
  let lastError: string | undefined;
  let lastValue: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      lastValue = value;
      lastError = undefined;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
    }
    if (Date.now() > end) {
      const why = lastError !== undefined ? `: ${lastError}` : ` (last value ${JSON.stringify(lastValue)})`;
      throw new Error(`waited ${timeout} ms for ${what}${why}`);
    }
    await delay(interval);
  }
}
