import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLOOD_NODES, MutationBatch, outermost } from '../../../../src/content/scan/mutation-batch.ts';
import { MutationWatcher, type Batch } from '../../../../src/content/scan/mutation-watcher.ts';
import { html } from '../support.ts';

const record = (type: string, target: Node, added: Node[] = [], removed: Node[] = []) => ({ type, target, addedNodes: added, removedNodes: removed });

describe('mutation batch', () => {
  beforeEach(() => {
    html('<main><p id="a">One <b>two</b></p><p id="b">Three</p><div id="host"></div></main>');
  });

  it('rescans the block of changed text and of new inline content, and new blocks on their own', () => {
    const batch = new MutationBatch(() => false);
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const bold = a.querySelector('b')!;
    const div = document.createElement('div');
    document.querySelector('main')!.append(div);
    batch.add([record('characterData', bold.firstChild!), record('childList', b, [document.createTextNode('x')]), record('childList', document.querySelector('main')!, [div])]);
    const { full, roots } = batch.take();
    expect(full).toBe(false);
    expect(roots).toEqual([a, b, div]);
    expect(batch.empty).toBe(true);
  });

  it('keeps only the outermost of nested places, and forgets nodes that left again', () => {
    const batch = new MutationBatch(() => false);
    const main = document.querySelector('main')!;
    const gone = document.createElement('p');
    batch.add([record('characterData', document.getElementById('a')!.firstChild!), record('childList', main, [document.createTextNode('x')]), record('childList', main, [gone])]);
    expect(batch.take().roots).toEqual([main]);
  });

  it("ignores Gloss's own host", () => {
    const host = document.getElementById('host')!;
    const batch = new MutationBatch((n) => n === host || host.contains(n));
    batch.add([record('childList', host, [document.createElement('p')]), record('childList', document.body, [host])]);
    expect(batch.empty).toBe(true);
  });

  it('hands over removed subtrees, and switches to a prune when there are too many', () => {
    const batch = new MutationBatch(() => false);
    const p = document.createElement('p');
    batch.add([record('childList', document.body, [], [p])]);
    expect(batch.take().removed).toEqual([p]);
    const many = Array.from({ length: FLOOD_NODES + 1 }, () => document.createElement('p'));
    batch.add([record('childList', document.body, [], many)]);
    const taken = batch.take();
    expect(taken.prune).toBe(true);
    expect(taken.removed).toEqual([]);
  });

  it('asks for one full rescan after a flood of distinct places', () => {
    const batch = new MutationBatch(() => false);
    const main = document.querySelector('main')!;
    const blocks = Array.from({ length: 600 }, () => main.appendChild(document.createElement('section')));
    batch.add([record('childList', main, blocks)]);
    expect(batch.take().full).toBe(true);
  });

  it('outermost drops nodes inside others', () => {
    const a = document.getElementById('a')!;
    expect(outermost([a.querySelector('b')!, a, document.getElementById('b')!])).toEqual([a, document.getElementById('b')]);
  });
});

describe('mutation watcher', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('coalesces a flood of changes into a few batches, at most one per interval', async () => {
    html('<p id="ticker">0</p><p>Nord Stream</p>');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const batches: Batch[] = [];
    const watcher = new MutationWatcher(
      document.body,
      MutationObserver,
      () => false,
      (b) => batches.push(b),
      { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
      { quietMs: 60, minIntervalMs: 250 },
    );
    watcher.start();
    const ticker = document.getElementById('ticker')!.firstChild as Text;
    // 10,000 changes a second for one second, delivered in 1 ms batches.
    for (let ms = 0; ms < 1000; ms++) {
      for (let i = 0; i < 10; i++) ticker.data = String(ms * 10 + i);
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(500);
    watcher.stop();
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.length).toBeLessThanOrEqual(6);
    for (const b of batches) expect(b.roots).toEqual([document.getElementById('ticker')]);
  });
});
