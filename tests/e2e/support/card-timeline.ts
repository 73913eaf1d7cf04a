// When the card opened and closed, against when the pointer last moved, all on the page's clock.
// Hover intent is about time (open after a rest, close a while after leaving), and a test that
// sleeps and then looks fails on a busy machine. The test probe records instead: a
// MutationObserver on the card's closed shadow root notes every open and close the moment it
// happens, a pointermove listener the time of each move, and the tests compare those times, or wait
// until the page's own clock has passed the moment a timer would have fired.
import { askProbe, type CardTimeline, type TestPage } from '../../../scripts/harness/index.ts';
import { waitFor } from '../../../scripts/harness/wait.ts';

export type { CardTimeline };

/** Starts (or restarts) the recording. */
export async function startCardTimeline(page: TestPage): Promise<void> {
  await askProbe(page, 'timelineStart');
}

export function readCardTimeline(page: TestPage): Promise<CardTimeline> {
  return askProbe(page, 'timelineRead');
}

/**
 * Waits until the page's clock has passed `ms` after the last recorded pointer move. A timer the
 * page armed at or before that move, with a delay under `ms`, has fired by then (timers are never
 * early); how long that takes in wall time depends on the machine, and does not matter.
 */
export async function pageTimeAfterLastMove(page: TestPage, ms: number): Promise<CardTimeline> {
  const { lastMove } = await readCardTimeline(page);
  if (lastMove < 0) throw new Error('pageTimeAfterLastMove: no pointer move was recorded');
  await waitFor(async () => (await page.evaluate(() => performance.now())) >= lastMove + ms, { interval: 50, what: `page time ${ms} ms after the last move` });
  return readCardTimeline(page);
}
