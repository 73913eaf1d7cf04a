import { compile, createMatcher, type TermSource } from '../../../src/core/match/index.ts';
import type { Category } from '../../../src/core/facts/types.ts';
import type { MarkOptions } from '../../../src/content/scan/marks.ts';
import type { Clock } from '../../../src/content/scan/slice-runner.ts';

export const CATEGORY: Record<string, Category> = { pos2: 'pipeline', ns: 'pipeline', swift: 'payment-system', instc: 'corridor' };

export const SOURCES: TermSource[] = [
  { id: 'pos2', category: 'pipeline', terms: [{ text: 'Power of Siberia 2', caseSensitive: false }] },
  { id: 'ns', category: 'pipeline', terms: [{ text: 'Nord Stream', caseSensitive: false }, { text: 'Nord Stream 2', caseSensitive: false }] },
  { id: 'swift', category: 'payment-system', terms: [{ text: 'SWIFT', caseSensitive: true }] },
  { id: 'instc', category: 'corridor', terms: [{ text: 'North-South Transport Corridor', caseSensitive: false }, { text: 'INSTC', caseSensitive: false }] },
];

export const dictionary = compile(SOURCES);

export const matcher = createMatcher(dictionary);

export function markOptions(over: Partial<MarkOptions> = {}): MarkOptions {
  return { mentions: 'first', categoriesOff: new Set(), categoryOf: (id) => CATEGORY[id], ...over };
}

/**
 * A clock whose time only moves when a test says so, and whose idle callbacks run on demand: lets
 * tests check that work is cut into slices without depending on the machine's speed.
 */
export class ManualClock implements Clock {
  time = 0;
  private queue: Array<(d: { timeRemaining(): number }) => void> = [];

  now(): number {
    return this.time;
  }

  idle(run: (d: { timeRemaining(): number }) => void): () => void {
    this.queue.push(run);
    return () => {
      this.queue = this.queue.filter((r) => r !== run);
    };
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Runs the idle callbacks queued now; returns how many ran. */
  runIdle(remaining = 50): number {
    const now = this.queue;
    this.queue = [];
    for (const run of now) run({ timeRemaining: () => remaining });
    return now.length;
  }

  /** Runs idle callbacks until none is left (or `max` rounds); returns the rounds. */
  drain(max = 10_000): number {
    let rounds = 0;
    while (this.queue.length > 0 && rounds < max) {
      this.runIdle();
      rounds++;
    }
    return rounds;
  }
}

export function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}
