// When the card opened and closed, against when the pointer last moved, all on the page's clock.
// Hover intent is about time (open after a rest, close a while after leaving), and a test that
// sleeps and then looks fails on a busy machine. These page functions record instead: a
// MutationObserver notes every open and close the moment it happens, a pointermove listener the
// time of each move, and the tests compare those times, or wait until the page's own clock has
// passed the moment a timer would have fired. Serialised into the page: they close over nothing.
import type { TestPage } from '../../../scripts/harness/index.ts';
import { waitFor } from '../../../scripts/harness/wait.ts';

export interface CardTimeline {
  /** event.timeStamp of the last pointermove since the recording started, or -1. */
  lastMove: number;
  /** performance.now() of every time the card became visible / hidden. */
  opened: number[];
  closed: number[];
  open: boolean;
}

interface Recorder extends CardTimeline {
  stop(): void;
}

/** Starts (or restarts) the recording. */
export function startCardTimeline(): void {
  const w = window as unknown as { __glossCardTimeline?: Recorder };
  w.__glossCardTimeline?.stop();
  const isOpen = (): boolean => {
    const root = document.querySelector('[data-gloss-host]')?.shadowRoot;
    const float = root?.querySelector<HTMLElement>('.gloss-float');
    return !!root?.querySelector('[role="dialog"]') && !!float && !float.hidden;
  };
  const observed = new WeakSet<Node>();
  const recorder: Recorder = { lastMove: -1, opened: [], closed: [], open: isOpen(), stop: () => {} };
  const check = (): void => {
    // The host appears once, outside <body>; its shadow root is watched from then on.
    const root = document.querySelector('[data-gloss-host]')?.shadowRoot;
    if (root && !observed.has(root)) {
      observed.add(root);
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    }
    const now = isOpen();
    if (now === recorder.open) return;
    recorder.open = now;
    (now ? recorder.opened : recorder.closed).push(performance.now());
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { subtree: true, childList: true });
  const onMove = (e: PointerEvent): void => {
    recorder.lastMove = e.timeStamp;
  };
  addEventListener('pointermove', onMove, true);
  recorder.stop = () => {
    observer.disconnect();
    removeEventListener('pointermove', onMove, true);
  };
  check();
  w.__glossCardTimeline = recorder;
}

export function readCardTimeline(): CardTimeline {
  const r = (window as unknown as { __glossCardTimeline?: Recorder }).__glossCardTimeline;
  if (!r) throw new Error('readCardTimeline: startCardTimeline first');
  return { lastMove: r.lastMove, opened: [...r.opened], closed: [...r.closed], open: r.open };
}

/**
 * Waits until the page's clock has passed `ms` after the last recorded pointer move. A timer the
 * page armed at or before that move, with a delay under `ms`, has fired by then (timers are never
 * early); how long that takes in wall time depends on the machine, and does not matter.
 */
export async function pageTimeAfterLastMove(page: TestPage, ms: number): Promise<CardTimeline> {
  const { lastMove } = await page.evaluate(readCardTimeline);
  if (lastMove < 0) throw new Error('pageTimeAfterLastMove: no pointer move was recorded');
  await waitFor(async () => (await page.evaluate(() => performance.now())) >= lastMove + ms, { interval: 50, what: `page time ${ms} ms after the last move` });
  return page.evaluate(readCardTimeline);
}
