/**
 * Hover intent for terms: a card opens only when the pointer rests on a term for `delay` ms, and
 * closes `hideDelay` ms after the pointer left both the term and the card. A sweep across the
 * text never opens anything: the timer starts over whenever the pointer reaches another term,
 * and when it fires while the pointer still moves fast it waits a little longer.
 * Pure: timers and the clock are injected, so tests drive it with fake timers.
 */

export interface IntentTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IntentCallbacks<T> {
  /** Open (or switch) the card for `target`. */
  show(target: T, pinned: boolean): void;
  hide(): void;
  /** The pointer reached a term it may open soon: a good moment to fetch its entry. */
  prefetch?(target: T): void;
}

export interface IntentOptions {
  delay: number;
  hideDelay: number;
  /** Moved more than this (px) during the last recheck interval: not resting yet. */
  restPx: number;
  recheckMs: number;
}

export const DEFAULT_INTENT: IntentOptions = { delay: 300, hideDelay: 300, restPx: 6, recheckMs: 80 };

export type IntentState = 'idle' | 'open' | 'pinned';

export class HoverIntent<T> {
  private candidate: T | null = null;
  private open: T | null = null;
  private pinned = false;
  private inCard = false;
  private showTimer: unknown = null;
  private hideTimer: unknown = null;
  private x = 0;
  private y = 0;
  private sampleX = 0;
  private sampleY = 0;

  constructor(
    private readonly timers: IntentTimers,
    private readonly callbacks: IntentCallbacks<T>,
    public options: IntentOptions = DEFAULT_INTENT,
  ) {}

  get state(): IntentState {
    if (this.open === null) return 'idle';
    return this.pinned ? 'pinned' : 'open';
  }

  get current(): T | null {
    return this.open;
  }

  /** The term the pointer is over and may open soon, if any. */
  get pending(): T | null {
    return this.candidate;
  }

  /** The pointer is at (x, y), over `target` (null: over no term). */
  pointer(target: T | null, x: number, y: number): void {
    this.x = x;
    this.y = y;
    if (target !== this.candidate) {
      this.candidate = target;
      this.clearShow();
      if (target !== null && !this.pinned && target !== this.open) {
        this.callbacks.prefetch?.(target);
        this.sampleX = x;
        this.sampleY = y;
        this.showTimer = this.timers.setTimeout(() => this.fireShow(), this.options.delay);
      }
    }
    if (this.open === null || this.pinned || this.inCard) return;
    if (target === this.open) this.clearHide();
    else this.armHide();
  }

  enterCard(): void {
    this.inCard = true;
    this.candidate = null;
    this.clearShow();
    this.clearHide();
  }

  leaveCard(): void {
    this.inCard = false;
    if (this.open !== null && !this.pinned) this.armHide();
  }

  /** A click on a term: open its card now and keep it open. */
  pin(target: T): void {
    this.clearShow();
    this.clearHide();
    this.open = target;
    this.pinned = true;
    this.callbacks.show(target, true);
  }

  /** Opened by other means (keyboard, popup): pinned, but this object must know. */
  opened(target: T): void {
    this.clearShow();
    this.clearHide();
    this.open = target;
    this.pinned = true;
  }

  /** The open card's term was replaced by an equal one (a rescan); nothing else changes. */
  replace(target: T): void {
    if (this.open !== null) this.open = target;
  }

  /** Keeps a hover card open from now on (the reader interacted with it). */
  keep(): void {
    if (this.open !== null) {
      this.pinned = true;
      this.clearHide();
    }
  }

  /** Esc, an outside click, the close button; or the card's term disappeared. */
  close(): void {
    const wasOpen = this.open !== null;
    this.clearShow();
    this.clearHide();
    this.open = null;
    this.pinned = false;
    this.inCard = false;
    this.candidate = null;
    if (wasOpen) this.callbacks.hide();
  }

  dispose(): void {
    this.clearShow();
    this.clearHide();
    this.open = null;
    this.pinned = false;
  }

  private fireShow(): void {
    this.showTimer = null;
    const target = this.candidate;
    if (target === null || this.pinned) return;
    const moved = Math.hypot(this.x - this.sampleX, this.y - this.sampleY);
    this.sampleX = this.x;
    this.sampleY = this.y;
    if (moved > this.options.restPx) {
      // Still travelling: look again shortly rather than open under a moving pointer.
      this.showTimer = this.timers.setTimeout(() => this.fireShow(), this.options.recheckMs);
      return;
    }
    this.clearHide();
    this.open = target;
    this.callbacks.show(target, false);
  }

  private armHide(): void {
    if (this.hideTimer !== null) return;
    this.hideTimer = this.timers.setTimeout(() => {
      this.hideTimer = null;
      if (this.pinned || this.inCard || this.open === null) return;
      this.open = null;
      this.callbacks.hide();
    }, this.options.hideDelay);
  }

  private clearShow(): void {
    if (this.showTimer !== null) this.timers.clearTimeout(this.showTimer);
    this.showTimer = null;
  }

  private clearHide(): void {
    if (this.hideTimer !== null) this.timers.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}
