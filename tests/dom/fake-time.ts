// Time in the DOM tests of the popup, the options page and the card: the code under test sets
// timers (debounces, "ask the page again", status messages), and a test that waits for them in
// real time is slow everywhere and flaky on a busy machine. These suites run on fake timers and
// move the clock themselves.
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Fakes setTimeout/setInterval for every test of the calling suite. requestAnimationFrame stays
 * real: happy-dom runs it as an immediate, and Preact runs effects from it.
 */
const FAKED = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] } as const;

export function useFakeTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: [...FAKED.toFake] });
  });
  afterEach(async () => {
    // Preact schedules its effects with a 0 ms timeout after each frame and schedules the next
    // batch only once that one ran: a timeout dropped here would stop effects in every later test.
    await settle();
    vi.useRealTimers();
  });
}

/**
 * Lets Preact render and run effects, resolved promises settle and zero-delay timeouts fire. The
 * fake clock gives a 0 ms timeout 1 ms, as Node does, so each round moves it by 1 ms: a settle()
 * moves time by a few milliseconds at most, and a debounce or a retry of a few hundred fires only
 * when a test advances the clock.
 */
export async function settle(rounds = 6): Promise<void> {
  if (!vi.isFakeTimers()) throw new Error('settle() needs fake timers: call useFakeTimers() in the suite');
  for (let i = 0; i < rounds; i++) await vi.advanceTimersByTimeAsync(1);
}

/** Moves the fake clock on by `ms`, firing the timers due, with promises settling in between. */
export async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await settle();
}

/**
 * Runs `fn` on real timers, for a library that schedules its own work with setTimeout (axe-core),
 * then goes back to fake ones. Settles first, so that no zero-delay timeout is left behind.
 */
export async function withRealTimers<R>(fn: () => Promise<R>): Promise<R> {
  await settle();
  vi.useRealTimers();
  try {
    return await fn();
  } finally {
    vi.useFakeTimers({ toFake: [...FAKED.toFake] });
  }
}
