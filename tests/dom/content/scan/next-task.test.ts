import { describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../../../src/content/scan/next-task.ts';

describe('nextTask', () => {
  it('runs the function later, in a task of its own, once', async () => {
    const fn = vi.fn();
    nextTask(window as unknown as Window & typeof globalThis, fn);
    expect(fn).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fn).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 20));
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
