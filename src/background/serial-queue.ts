/**
 * Runs async tasks one after another. The settings store puts every read-modify-write through
 * one queue, so two popups writing at once cannot interleave and lose a change. A failed task
 * rejects its own caller only; the queue goes on with the next.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
