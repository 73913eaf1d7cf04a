/**
 * Watches the page for changes and hands them over in coalesced batches: the first change waits
 * `quietMs` for more to come, and batches are at least `minIntervalMs` apart, so a ticker that
 * changes the page 10,000 times a second costs one small rescan four times a second.
 */
import { guard } from '../log.ts';
import { MutationBatch } from './mutation-batch.ts';

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WatchOptions {
  quietMs: number;
  minIntervalMs: number;
}

export const DEFAULT_WATCH: WatchOptions = { quietMs: 60, minIntervalMs: 250 };

export type Batch = ReturnType<MutationBatch['take']>;

export class MutationWatcher {
  private readonly batch: MutationBatch;
  private readonly observer: MutationObserver;
  private timer: unknown = null;
  private lastFlush = Number.NEGATIVE_INFINITY;
  private running = false;

  constructor(
    private readonly root: Node,
    Observer: typeof MutationObserver,
    isOwn: (node: Node) => boolean,
    private readonly onBatch: (batch: Batch) => void,
    private readonly timers: Timers,
    private readonly options: WatchOptions = DEFAULT_WATCH,
  ) {
    this.batch = new MutationBatch(isOwn);
    this.observer = new Observer(
      guard('reading page changes failed', (records: MutationRecord[]) => {
        this.batch.add(records);
        this.schedule();
      }),
    );
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    // No attributes: class and style changes are constant on modern pages and never change text.
    this.observer.observe(this.root, { childList: true, characterData: true, subtree: true });
  }

  stop(): void {
    this.running = false;
    this.observer.disconnect();
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.batch.take();
  }

  private schedule(): void {
    if (this.timer !== null || this.batch.empty) return;
    const now = this.timers.now();
    const wait = Math.max(this.options.quietMs, this.lastFlush + this.options.minIntervalMs - now);
    this.timer = this.timers.setTimeout(guard('handling page changes failed', () => this.flush()), wait);
  }

  /** Hands over everything pending now (also used before a full rescan, to drop stale work). */
  flush(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    if (!this.running) return;
    this.batch.add(this.observer.takeRecords());
    if (this.batch.empty) return;
    this.lastFlush = this.timers.now();
    this.onBatch(this.batch.take());
  }
}
