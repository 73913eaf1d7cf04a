/**
 * What the page as a whole decides (core/match/resolve.ts), kept up to date while blocks are read
 * in any order and re-read after changes. Most candidates are settled by their block alone (one
 * full name, no condition) and go straight into the MatchStore; the rest wait here, with each
 * block's context (its cues and unconditional mentions), and are decided again whenever the page
 * changed. A decided candidate becomes an ordinary TermRecord in the MatchStore, so marks, cards
 * and the popup never need to know how it was found.
 */
import { resolvePage, type CompiledRule, type PageContext, type Reading } from '../../core/match/index.ts';
import { compareRecords, type MatchStore, type TermRecord } from './match-store.ts';

/** A candidate that needs the page: where it is (as a record without an id yet) and how it may be read. */
export interface OpenCandidate {
  /** Positions only; its `id` is not used. */
  where: TermRecord;
  readings: Reading[];
}

interface BlockContext {
  cues: readonly number[];
  mentioned: readonly number[];
}

export class PageDecisions {
  private readonly open = new Map<Text, OpenCandidate[]>();
  private readonly contexts = new Map<Text, BlockContext>();
  /** The record each open candidate was decided into, if any. */
  private readonly decided = new Map<OpenCandidate, TermRecord>();
  private dirty = false;

  constructor(
    private readonly store: MatchStore,
    private readonly rules: readonly CompiledRule[],
    private readonly idOf: (entry: number) => string,
    private readonly entryOf: (id: string) => number,
  ) {}

  /**
   * A block (or a piece of a huge one) was read: its open candidates and its context, kept under
   * its first text node. `settled`: it also put settled names in the store, which short forms
   * elsewhere on the page may be waiting for.
   */
  addBlock(first: Text | undefined, open: readonly OpenCandidate[], context: BlockContext, settled: boolean): void {
    if (settled && this.open.size > 0) this.dirty = true;
    if (first && (context.cues.length > 0 || context.mentioned.length > 0)) {
      const had = this.contexts.get(first);
      this.contexts.set(first, had ? { cues: [...had.cues, ...context.cues], mentioned: [...had.mentioned, ...context.mentioned] } : context);
      this.dirty = true;
    }
    for (const c of open) {
      const node = c.where.startNode;
      const list = this.open.get(node);
      if (list) list.push(c);
      else this.open.set(node, [c]);
      this.dirty = true;
    }
  }

  /** These nodes are about to be read again, or are gone: forget what they held. */
  removeNodes(nodes: Iterable<Text>): void {
    for (const node of nodes) {
      if (this.contexts.delete(node)) this.dirty = true;
      const list = this.open.get(node);
      if (!list) continue;
      this.open.delete(node);
      // Their records (if decided) sit on the same nodes in the store, which drops them itself.
      for (const c of list) this.decided.delete(c);
      this.dirty = true;
    }
  }

  /** Forgets blocks whose first node left the page (the store prunes its own records). */
  pruneDisconnected(): void {
    const gone = [...new Set([...this.open.keys(), ...this.contexts.keys()])].filter((n) => !n.isConnected);
    if (gone.length > 0) this.removeNodes(gone);
  }

  /** Settled names went away (removed from the page): short forms may need another look. */
  touch(): void {
    if (this.open.size > 0) this.dirty = true;
  }

  clear(): void {
    this.open.clear();
    this.contexts.clear();
    this.decided.clear();
    this.dirty = false;
  }

  get pending(): number {
    let n = 0;
    for (const list of this.open.values()) n += list.length;
    return n;
  }

  /** Decides every open candidate against the whole page and brings the store in line. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    if (this.open.size === 0) return;
    const cues = new Set<number>();
    const mentioned = new Set<number>();
    for (const c of this.contexts.values()) {
      for (const cue of c.cues) cues.add(cue);
      for (const e of c.mentioned) mentioned.add(e);
    }
    const page: PageContext = { cues, mentioned };
    const opens = [...this.open.values()].flat();
    const ownRecords = new Set(this.decided.values());
    // Every settled name on the page, in document order with the open candidates: short forms need it.
    const settled: Array<{ where: TermRecord; readings: Reading[] }> = [];
    for (const id of this.store.ids()) {
      const entry = this.entryOf(id);
      for (const r of this.store.of(id)) {
        if (!ownRecords.has(r)) settled.push({ where: r, readings: [{ entry, short: false, rule: -1, blockSatisfied: false, distance: Infinity, name: -1 }] });
      }
    }
    const openSet = new Set<{ where: TermRecord; readings: Reading[] }>(opens);
    const items = [...settled, ...opens].sort((a, b) => compareRecords(a.where, b.where));
    const decisions = resolvePage(items, this.rules, page);
    items.forEach((item, i) => {
      if (!openSet.has(item)) return;
      const entry = decisions[i];
      if (entry === undefined) throw new Error(`resolvePage decided ${decisions.length} of ${items.length} names`);
      this.apply(item, entry);
    });
  }

  private apply(candidate: OpenCandidate, entry: number): void {
    const previous = this.decided.get(candidate);
    const id = entry < 0 ? null : this.idOf(entry);
    if (previous && previous.id === id) return;
    if (previous) {
      this.store.removeRecord(previous);
      this.decided.delete(candidate);
    }
    if (id === null) return;
    const record: TermRecord = { ...candidate.where, id };
    this.store.add(record);
    this.decided.set(candidate, record);
  }
}
