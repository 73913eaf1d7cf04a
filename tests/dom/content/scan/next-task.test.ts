import { describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../../../src/content/scan/next-task.ts';

describe('nextTask', () => {
  it('runs the function later, in a task of its own, once', async () => {
    const win = window;
    const fn = vi.fn();
    nextTask(win, fn);
    expect(fn).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fn).toHaveBeenCalledTimes(1));
    // Two more tasks queued after it have run: a second call would have come before them.
    const later = vi.fn();
    nextTask(win, () => nextTask(win, later));
    await vi.waitFor(() => expect(later).toHaveBeenCalledTimes(1));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer where there is no MessageChannel', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const win = { MessageChannel: undefined, setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) };
      nextTask(win as unknown as Window & typeof globalThis, fn);
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      expect(fn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
