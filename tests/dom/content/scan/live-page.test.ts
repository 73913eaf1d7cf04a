// A live page on a slow machine: the first walk takes a slice per block, and the page removes and
// adds blocks between two slices. (On a fast one the whole walk fits in one slice, which hid this:
// the e2e ticker page lost its paragraph below a feed only on a busy CI run.)
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../../src/content/scan/highlighter.ts';
import { ScanSession } from '../../../../src/content/scan/scan-session.ts';
import type { Matcher } from '../../../../src/core/match/index.ts';
import { fakeHighlights } from '../fakes.ts';
import { html, ManualClock, matcher, sessionDeps } from '../support.ts';

let clock: ManualClock;
let api: ReturnType<typeof fakeHighlights>;
let session: ScanSession;

/** Each block takes longer than a slice's budget, so every slice reads one block and stops. */
const slowMatcher: Matcher = {
  data: matcher.data,
  scanBlock(text) {
    clock.time += 10;
    return matcher.scanBlock(text);
  },
  scan: (text) => matcher.scan(text),
};

function open(markup: string): void {
  html(markup);
  clock = new ManualClock();
  api = fakeHighlights();
  const highlighter = new Highlighter(api);
  highlighter.setStyle('underline');
  session = new ScanSession(sessionDeps({ matcher: slowMatcher, highlighter, clock, watch: { quietMs: 10, minIntervalMs: 20 } }));
  session.start();
}

/** Lets the mutation watcher hand over what changed (its timers run on fake time). */
const handOver = () => vi.advanceTimersByTimeAsync(60);

/** The text under each marked range, and whether its node is still in the page. */
function marked(): Array<{ text: string; inPage: boolean }> {
  const ranges = api.registry.get('gloss-underline')?.ranges ?? new Set();
  return [...ranges].map((r) => ({ text: (r as Range).toString(), inPage: r.startContainer.isConnected }));
}

function addItem(feed: Element, text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  feed.prepend(li);
  return li;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.useRealTimers();
  session.stop();
});

it('reads the rest of the page after the feed item the first walk stopped at was removed', async () => {
  open('<main><ul id="feed"><li>Nord Stream moved 1</li><li>INSTC moved 2</li></ul><p>Gas through Power of Siberia 2.</p></main>');
  const feed = document.getElementById('feed')!;
  // The first slice read the first item; this one reads the second, and the walk stops there.
  clock.runIdle();
  // The feed drops its oldest item (the one the walk stopped at) and puts a new one on top.
  feed.lastElementChild!.remove();
  addItem(feed, 'Brent moved 3');
  await handOver();
  clock.drain();
  expect(marked()).toContainEqual({ text: 'Power of Siberia 2', inPage: true });
});

it('marks nothing in an item that left the page before its rescan ran', async () => {
  open('<main><ul id="feed"><li>Brent moved 1</li></ul><p>Gas through Power of Siberia 2.</p></main>');
  clock.drain();
  const feed = document.getElementById('feed')!;
  // The new item's rescan is queued, and the page removes the item before it runs.
  const li = addItem(feed, 'SWIFT moved 2');
  await handOver();
  li.remove();
  await handOver();
  clock.drain();
  expect(marked()).toEqual([{ text: 'Power of Siberia 2', inPage: true }]);
  expect(session.store.size).toBe(1);
});
