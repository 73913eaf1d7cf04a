import { beforeEach, describe, expect, it } from 'vitest';
import { MatchStore, compareRecords, type TermRecord } from '../../../../src/content/scan/match-store.ts';
import { Marks, isAllowed } from '../../../../src/content/scan/marks.ts';
import { PageDecisions } from '../../../../src/content/scan/page-decisions.ts';
import { WalkJob } from '../../../../src/content/scan/scan-jobs.ts';
import { html, markOptions, matcher } from '../support.ts';

/** What the whole page decides goes with its store, as in a scan session. */
const decisionsOf = new WeakMap<MatchStore, PageDecisions>();

function scan(root: Node, store: MatchStore): void {
  const { ids, rules } = matcher.data;
  let decisions = decisionsOf.get(store);
  if (!decisions) decisionsOf.set(store, (decisions = new PageDecisions(store, rules, (entry) => ids[entry] ?? '', (id) => ids.indexOf(id))));
  const job = new WalkJob(root, matcher, store, decisions);
  while (job.work());
  decisions.flush();
}

function textOf(r: TermRecord): string {
  const range = document.createRange();
  range.setStart(r.startNode, r.startOffset);
  range.setEnd(r.endNode, r.endOffset);
  return range.toString();
}

class ListSink {
  readonly shown = new Set<TermRecord>();
  add(r: TermRecord) {
    expect(this.shown.has(r)).toBe(false);
    this.shown.add(r);
  }
  delete(r: TermRecord) {
    expect(this.shown.has(r)).toBe(true);
    this.shown.delete(r);
  }
  texts(): string[] {
    return [...this.shown].sort(compareRecords).map((r) => `${r.id}:${textOf(r)}`);
  }
}

const PAGE = `
  <article>
    <p>First: Nord Stream 2 and <em>Power of</em> Siberia 2.</p>
    <p>Then SWIFT, swift (not a term), and Nord Stream again.</p>
    <ul><li>INSTC and Nord Stream 2</li></ul>
  </article>`;

let store: MatchStore;
let sink: ListSink;
let marks: Marks;

beforeEach(() => {
  html(PAGE);
  store = new MatchStore();
  sink = new ListSink();
  marks = new Marks(sink);
  scan(document.body, store);
});

describe('which mentions are marked', () => {
  it('marks the first mention of each entry by default, in document order', () => {
    marks.sync(store, store.takeChanges(), markOptions());
    expect(sink.texts()).toEqual(['ns:Nord Stream 2', 'pos2:Power of Siberia 2', 'swift:SWIFT', 'instc:INSTC']);
    expect(marks.distinct).toBe(4);
  });

  it('marks every mention when asked', () => {
    marks.sync(store, store.takeChanges(), markOptions({ mentions: 'every' }));
    expect(sink.texts()).toEqual(['ns:Nord Stream 2', 'pos2:Power of Siberia 2', 'swift:SWIFT', 'ns:Nord Stream', 'instc:INSTC', 'ns:Nord Stream 2']);
  });

  it('leaves switched-off categories unmarked', () => {
    marks.sync(store, store.takeChanges(), markOptions({ categoriesOff: new Set(['pipeline', 'payment-system']) }));
    expect(sink.texts()).toEqual(['instc:INSTC']);
  });

  it('holds back an entry whose category is not known yet while categories are off', () => {
    const options = markOptions({ categoriesOff: new Set(['corridor']), categoryOf: (id) => (id === 'ns' ? 'pipeline' : undefined) });
    expect(isAllowed('ns', options)).toBe(true);
    expect(isAllowed('swift', options)).toBe(false);
    marks.sync(store, store.takeChanges(), options);
    expect(sink.texts()).toEqual(['ns:Nord Stream 2']);
  });

  it('moves the first-mention mark when the first mention goes away', () => {
    marks.sync(store, store.takeChanges(), markOptions());
    const first = document.querySelector('p')!;
    first.remove();
    store.removeUnder(first);
    marks.sync(store, store.takeChanges(), markOptions());
    expect(sink.texts()).toEqual(['swift:SWIFT', 'ns:Nord Stream', 'instc:INSTC']);
  });

  it('changes only what the new options change, and takes every mark off on clear', () => {
    marks.sync(store, store.takeChanges(), markOptions());
    store.markAllDirty();
    expect(marks.sync(store, store.takeChanges(), markOptions())).toBe(false);
    store.markAllDirty();
    expect(marks.sync(store, store.takeChanges(), markOptions({ categoriesOff: new Set(['corridor']) }))).toBe(true);
    expect(sink.texts()).not.toContain('instc:INSTC');
    marks.clear();
    expect(sink.shown.size).toBe(0);
    expect(marks.distinct).toBe(0);
  });

  it('orders marked records by document order', () => {
    marks.sync(store, store.takeChanges(), markOptions({ mentions: 'every' }));
    expect(marks.ordered().map((r) => r.id)).toEqual(['ns', 'pos2', 'swift', 'ns', 'instc', 'ns']);
  });
});

describe('marks kept up to date block by block', () => {
  it('ends where a full recompute ends, whatever order the blocks come in', () => {
    for (const mentions of ['first', 'every'] as const) {
      for (const order of [[0, 1, 2], [2, 0, 1], [1, 2, 0]]) {
        html(PAGE);
        const blocks = [...document.querySelectorAll('p, li')];
        const step = new MatchStore();
        const stepSink = new ListSink();
        const stepMarks = new Marks(stepSink);
        for (const i of order) {
          scan(blocks[i]!, step);
          stepMarks.sync(step, step.takeChanges(), markOptions({ mentions }));
        }
        const full = new MatchStore();
        const fullSink = new ListSink();
        scan(document.body, full);
        new Marks(fullSink).sync(full, [...full.ids()], markOptions({ mentions }));
        expect(stepSink.texts()).toEqual(fullSink.texts());
      }
    }
  });
});

describe('the store', () => {
  it('indexes a term under every text node it covers', () => {
    const em = document.querySelector('em')!;
    const [record] = store.at(em.firstChild as Text);
    expect(record?.id).toBe('pos2');
    expect(store.at(em.nextSibling as Text)).toContain(record);
    expect(record?.nodes.length).toBe(2);
  });

  it('never doubles a block that is walked twice', () => {
    const before = store.size;
    scan(document.body, store);
    expect(store.size).toBe(before);
  });

  it('drops the records of a subtree and of nodes that left the page', () => {
    const size = store.size;
    const li = document.querySelector('li')!;
    store.removeUnder(li);
    expect(store.size).toBe(size - 2);
    document.querySelector('p')!.remove();
    store.pruneDisconnected();
    expect(store.size).toBe(size - 4);
    expect([...store.ids()].sort()).toEqual(['ns', 'swift']);
  });
});
