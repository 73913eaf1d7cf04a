import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../../src/content/scan/highlighter.ts';
import { ScanSession } from '../../../../src/content/scan/scan-session.ts';
import { CHUNK, OVERLAP, REACH } from '../../../../src/content/scan/chunked-scan.ts';
import type { Matcher } from '../../../../src/core/match/index.ts';
import { fakeHighlights } from '../fakes.ts';
import { html, ManualClock, markOptions, matcher, sessionDeps } from '../support.ts';

let clock: ManualClock;
let api: ReturnType<typeof fakeHighlights>;
let session: ScanSession;
let changes: number;
/** Elements that stand for Gloss's card host in these tests. */
const ownHosts = new WeakSet<Node>();

/** The longest text one matcher call was given: the size of the biggest step. */
let longestScan = 0;
const spyMatcher: Matcher = {
  data: matcher.data,
  scanBlock(text) {
    longestScan = Math.max(longestScan, text.length);
    return matcher.scanBlock(text);
  },
  scan: (text) => matcher.scan(text),
};

function open(markup: string, options = markOptions()): void {
  html(markup);
  clock = new ManualClock();
  api = fakeHighlights();
  const highlighter = new Highlighter(api);
  highlighter.setStyle('underline');
  changes = 0;
  session = new ScanSession(
    sessionDeps({
      matcher: spyMatcher,
      highlighter,
      clock,
      isOwn: (n) => ownHosts.has(n),
      options,
      onMarksChanged: () => changes++,
      watch: { quietMs: 10, minIntervalMs: 20 },
    }),
  );
  session.start();
}

/**
 * Runs the queued slices, lets the mutation watcher's quiet period (10 ms) and interval (20 ms)
 * pass on the fake clock, and runs the slices that queued.
 */
async function settle(): Promise<void> {
  clock.drain();
  await vi.advanceTimersByTimeAsync(60);
  clock.drain();
}

beforeEach(() => {
  // The watcher's timers (the session's `timers`) run on fake time; the slices on the ManualClock.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.useRealTimers();
  session.stop();
});

describe('scan session', () => {
  it('marks the first mention of each term, skipping navigation and code', async () => {
    open('<nav>Nord Stream</nav><main><p>Nord Stream 2 is not Power of <i>Siberia 2</i>.</p><pre>SWIFT</pre><p>Nord Stream 2</p></main>');
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Nord Stream 2', 'Power of Siberia 2']);
    expect(session.marks.distinct).toBe(2);
    expect(changes).toBeGreaterThan(0);
  });

  it('scans a megabyte-long text node in many small steps', async () => {
    const big = 'Gas via Nord Stream 2 and Power of Siberia 2, paid by SWIFT. '.repeat(17_000);
    longestScan = 0;
    open(`<p>${big}</p>`, markOptions({ mentions: 'every' }));
    await settle();
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(session.store.size).toBe(17_000 * 3);
    expect(api.texts('gloss-underline').length).toBe(17_000 * 3);
    // A piece, its context on both sides, and each of its three edges moved to whitespace.
    expect(longestScan).toBeLessThanOrEqual(CHUNK + 2 * OVERLAP + 3 * REACH);
  });

  it('rescans what the page adds or changes, and forgets what it removes', async () => {
    open('<main><p id="a">Nothing here.</p><p id="b">SWIFT</p></main>');
    await settle();
    expect(api.texts('gloss-underline')).toEqual(['SWIFT']);
    document.getElementById('a')!.firstChild!.textContent = 'Now with Nord Stream.';
    const added = document.createElement('p');
    added.innerHTML = 'And the <b>INSTC</b>.';
    document.querySelector('main')!.append(added);
    document.getElementById('b')!.remove();
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['INSTC', 'Nord Stream']);
    expect(session.store.size).toBe(2);
  });

  it("never scans or watches Gloss's own host", async () => {
    open('<main><p>Nord Stream</p></main>');
    await settle();
    // Known to the session only through isOwn: the real host carries no attribute to find it by.
    const host = document.createElement('div');
    ownHosts.add(host);
    host.textContent = 'SWIFT and INSTC';
    document.documentElement.append(host);
    await settle();
    expect(api.texts('gloss-underline')).toEqual(['Nord Stream']);
    host.remove();
  });

  it('applies new options without scanning again, and stop takes every mark away', async () => {
    open('<p>Nord Stream, Nord Stream and SWIFT</p>');
    await settle();
    const slices = session.runner.stats().slices;
    session.setOptions(markOptions({ mentions: 'every', categoriesOff: new Set(['payment-system']) }));
    expect(api.texts('gloss-underline')).toEqual(['Nord Stream', 'Nord Stream']);
    expect(session.runner.stats().slices).toBe(slices);
    session.stop();
    expect(api.registry.get('gloss-underline')?.ranges.size ?? 0).toBe(0);
    expect(session.store.size).toBe(0);
  });

  it('a full rescan finds what an SPA put in place of the old page', async () => {
    open('<main><p>Nord Stream</p></main>');
    await settle();
    document.querySelector('main')!.innerHTML = '<p>SWIFT</p>';
    session.rescanAll();
    await settle();
    expect(api.texts('gloss-underline')).toEqual(['SWIFT']);
  });

  it('on a page with one long article, reads the story and its headline, not the rails around them, as the page changes', async () => {
    const filler = `<p>${'Gas prices rose again this winter across the region. '.repeat(40)}</p>`;
    open(`<div id="top">Nord Stream 2 in the most-read list</div><header><h1>SWIFT cut-off</h1></header>
      <div><article id="story">${filler}<p>Power of Siberia 2 goes east.</p></article></div><div id="rail"></div>`, markOptions({ mentions: 'every' }));
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Power of Siberia 2']);
    document.getElementById('rail')!.innerHTML = '<p>Nord Stream in a teaser</p>';
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Power of Siberia 2']);
    // The page header is boilerplate wherever Gloss reads; a headline of its own is read.
    document.querySelector('header')!.replaceWith(Object.assign(document.createElement('h1'), { textContent: 'SWIFT cut-off' }));
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Power of Siberia 2', 'SWIFT']);
    document.getElementById('story')!.insertAdjacentHTML('beforeend', '<p>Nord Stream 2 was mentioned late.</p>');
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
    // An endless page adds the next story below, and a teaser beside it: the story is read.
    document.getElementById('rail')!.insertAdjacentHTML('beforeend', '<article><p>SWIFT in a teaser, Nord Stream in it too.</p></article>');
    document.getElementById('rail')!.insertAdjacentHTML('afterend', `<article id="next">${filler}<p>Nord Stream went first here.</p></article>`);
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Nord Stream', 'Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
    document.getElementById('next')!.insertAdjacentHTML('beforeend', '<p>Power of Siberia 2 once more.</p>');
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Nord Stream', 'Nord Stream 2', 'Power of Siberia 2', 'Power of Siberia 2', 'SWIFT']);
    document.getElementById('next')!.remove();
    // The page puts its next story in place of this one: that one is read.
    document.getElementById('story')!.replaceWith(Object.assign(document.createElement('article'), { innerHTML: `${filler}<p>Nord Stream only.</p>` }));
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Nord Stream', 'SWIFT']);
  });

  it('start() leaves the page alone: the first slice picks the story, in its own task', async () => {
    const filler = `<p>${'Gas prices rose again this winter across the region. '.repeat(40)}</p>`;
    html(`<article>${filler}<p>Power of Siberia 2 goes east.</p></article>`);
    const looks = vi.spyOn(document, 'getElementsByTagName');
    clock = new ManualClock();
    api = fakeHighlights();
    const highlighter = new Highlighter(api);
    highlighter.setStyle('underline');
    session = new ScanSession(sessionDeps({ matcher: spyMatcher, highlighter, clock }));
    session.start();
    expect(looks).not.toHaveBeenCalled();
    expect(clock.pending).toBe(1);
    clock.runIdle();
    expect(looks).toHaveBeenCalledWith('article');
    clock.drain();
    expect(api.texts('gloss-underline')).toEqual(['Power of Siberia 2']);
    looks.mockRestore();
  });

  it('reads the first screen of text in slices task after task, and leaves the rest to idle time', () => {
    // Each paragraph is about 100 characters; the 20th lies about 2,000 characters in, the 60th 6,000.
    const para = (i: number, text: string) => `<p>${i}. ${text} ${'Gas prices rose again this winter. '.repeat(2)}</p>`;
    const paragraphs = Array.from({ length: 60 }, (_, i) => para(i, i === 19 ? 'Power of Siberia 2 goes east.' : i === 59 ? 'Then SWIFT.' : 'Nothing here today.'));
    html(`<article>${paragraphs.join('')}</article>`);
    /** Time moves 1 ms at each look, so a slice of the default 6 ms budget reads a few blocks. */
    let time = 0;
    const soon: Array<(d: { timeRemaining(): number }) => void> = [];
    const idle: Array<(d: { timeRemaining(): number }) => void> = [];
    const take = (queue: typeof soon, run: (d: { timeRemaining(): number }) => void) => {
      queue.push(run);
      return () => void queue.splice(queue.indexOf(run) >>> 0, 1);
    };
    const twoQueues = { now: () => time++, soon: (run: (d: { timeRemaining(): number }) => void) => take(soon, run), idle: (run: (d: { timeRemaining(): number }) => void) => take(idle, run) };
    api = fakeHighlights();
    const highlighter = new Highlighter(api);
    highlighter.setStyle('underline');
    session = new ScanSession(sessionDeps({ matcher: spyMatcher, highlighter, clock: twoQueues }));
    session.start();
    let soonSlices = 0;
    for (let run = soon.shift(); run; run = soon.shift()) {
      run({ timeRemaining: () => 0 });
      soonSlices++;
    }
    // More than the pick and one walk slice ran without waiting for idle time, and the term in the first screen is marked.
    expect(soonSlices).toBeGreaterThan(2);
    expect(api.texts('gloss-underline')).toEqual(['Power of Siberia 2']);
    // The rest waits for idle time.
    expect(idle.length).toBe(1);
    for (let run = idle.shift() ?? soon.shift(); run; run = idle.shift() ?? soon.shift()) run({ timeRemaining: () => 50 });
    expect(api.texts('gloss-underline').sort()).toEqual(['Power of Siberia 2', 'SWIFT']);
  });

  it('marks a short form only after a full name of its entry earlier on the page, and follows the page as it changes', async () => {
    open('<main><p id="a">Miller spoke first.</p><p id="b">Alexei Miller then spoke.</p><p id="c">Miller again.</p></main>', markOptions({ mentions: 'every' }));
    await settle();
    expect(api.texts('gloss-underline')).toEqual(['Alexei Miller', 'Miller']);
    expect(session.marks.ordered().map((r) => r.startNode.parentElement?.id)).toEqual(['b', 'c']);
    document.getElementById('b')!.remove();
    await settle();
    expect(api.texts('gloss-underline')).toEqual([]);
    const full = document.createElement('p');
    full.textContent = 'Alexei Miller, the chairman.';
    document.querySelector('main')!.prepend(full);
    await settle();
    expect(api.texts('gloss-underline').sort()).toEqual(['Alexei Miller', 'Miller', 'Miller']);
    full.firstChild!.textContent = 'Someone else, the chairman.';
    await settle();
    expect(api.texts('gloss-underline')).toEqual([]);
  });

  it('marks a name that needs context on the page once that context is anywhere on it, and unmarks it when it goes', async () => {
    open('<main><p>Mir is accepted in the shop.</p><p id="more">Nord Stream</p></main>');
    await settle();
    expect(api.texts('gloss-underline')).toEqual(['Nord Stream']);
    document.getElementById('more')!.textContent = 'Pay by card.';
    await settle();
    expect(api.texts('gloss-underline')).toEqual(['Mir']);
    document.getElementById('more')!.remove();
    await settle();
    expect(api.texts('gloss-underline')).toEqual([]);
  });

  it('tells when the scan is done', async () => {
    html('<p>Nord Stream</p>');
    const onIdle = vi.fn();
    clock = new ManualClock();
    session = new ScanSession(sessionDeps({ matcher, highlighter: null, clock, onIdle }));
    session.start();
    clock.drain();
    expect(onIdle).toHaveBeenCalled();
    expect(session.scanning).toBe(false);
  });
});
