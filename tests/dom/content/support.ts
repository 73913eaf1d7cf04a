import { compile, createMatcher, latinSources, encodeMatcher, termSourcesFromEntries, type StoredMatcher } from '../../../src/core/match/index.ts';
import type { MarkOptions } from '../../../src/content/scan/marks.ts';
import type { Clock } from '../../../src/content/scan/slice-runner.ts';
import type { SessionDeps } from '../../../src/content/scan/scan-session.ts';
import { CATEGORY, ENTRIES } from './test-entries.ts';

/** The page's terms as the background stores them: compiled by the real compiler, muted entries left out. */
export function termsOf(muted: readonly string[] = []): StoredMatcher {
  return encodeMatcher(compile(termSourcesFromEntries(ENTRIES.filter((e) => !muted.includes(e.id)))));
}

/**
 * The terms and their Latin-script part, as the background stores both. The part is made here even
 * though these few terms are too small for the background to think it worth storing.
 */
export function termPartsOf(muted: readonly string[] = []): { whole: StoredMatcher; latin: StoredMatcher } {
  const sources = termSourcesFromEntries(ENTRIES.filter((e) => !muted.includes(e.id)));
  const whole = encodeMatcher(compile(sources));
  return { whole, latin: { ...encodeMatcher(compile(latinSources(sources))), stamp: whole.stamp, part: 'latin' } };
}

const TERMS = termsOf();

/** The matcher a page builds from them. */
export const matcher = createMatcher(TERMS);

export function markOptions(over: Partial<MarkOptions> = {}): MarkOptions {
  return { mentions: 'first', categoriesOff: new Set(), categoryOf: (id) => CATEGORY[id], ...over };
}

/**
 * A scan session's ports for this document: a desktop viewport, the real MutationObserver, the real
 * timers (tests fake them with vi.useFakeTimers), default mark options; `over` sets the rest.
 */
export function sessionDeps(over: Pick<SessionDeps, 'matcher' | 'clock' | 'highlighter'> & Partial<SessionDeps>): SessionDeps {
  return {
    doc: document,
    view: { scrollY: 0, innerWidth: 1000, innerHeight: 800 },
    Observer: MutationObserver,
    timers: { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    isOwn: () => false,
    options: markOptions(),
    onMarksChanged: () => {},
    ...over,
  };
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

  /** Queued with the idle callbacks: runIdle and drain run both. */
  soon(run: (d: { timeRemaining(): number }) => void): () => void {
    return this.idle(run);
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

/**
 * Elements Gloss added to <html> beside <head> and <body>: its card host, which carries no
 * attribute or class a page (or a test) could select it by.
 */
export function addedToHtml(): Element[] {
  return [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
}

/** The card module, loaded as the page module loads content-card.js. */
export const loadCard = () => import('../../../src/content/card/module.ts');
