/**
 * Every term found on the page, as positions in text nodes (not live Ranges: a live Range costs
 * the page something on every DOM change, and mutated blocks are rescanned anyway).
 * Indexed by text node, so rescanning a block or dropping a removed subtree touches only its own
 * records, and by entry id, so "first mention" is kept up to date id by id.
 */
export interface TermRecord {
  readonly id: string;
  /** The text nodes the term covers, in order (usually one; more when it crosses inline elements). */
  readonly nodes: readonly Text[];
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
}

const SHOW_TEXT = 4;

/** What happened to one id's records since the last takeChanges(). */
export interface IdChange {
  added: TermRecord[];
  /** Some were removed (or everything must be looked at again): no shortcut. */
  removed: boolean;
}

export class MatchStore {
  private readonly byNode = new Map<Text, TermRecord[]>();
  private readonly byId = new Map<string, Set<TermRecord>>();
  /** Ids whose records changed since the last takeChanges(). */
  private changes = new Map<string, IdChange>();
  private total = 0;

  get size(): number {
    return this.total;
  }

  add(record: TermRecord): void {
    for (const node of record.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(record);
      else this.byNode.set(node, [record]);
    }
    let set = this.byId.get(record.id);
    if (!set) this.byId.set(record.id, (set = new Set()));
    set.add(record);
    const change = this.changes.get(record.id);
    if (change) {
      if (!change.removed) change.added.push(record);
    } else {
      this.changes.set(record.id, { added: [record], removed: false });
    }
    this.total++;
  }

  /** Drops one record (a page-level decision changed its mind). */
  removeRecord(record: TermRecord): void {
    const first = record.nodes[0];
    if (first === undefined || !this.byNode.get(first)?.includes(record)) return;
    const list = this.byNode.get(first) as TermRecord[];
    list.splice(list.indexOf(record), 1);
    if (list.length === 0) this.byNode.delete(first);
    this.remove(record, first);
  }

  /** Drops every record that covers one of these nodes (a block about to be scanned again). */
  removeNodes(nodes: Iterable<Text>): void {
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      // The whole list goes at once: a huge text node can hold thousands of records.
      this.byNode.delete(node);
      for (const record of list) this.remove(record, node);
    }
  }

  /** Drops every record inside `root` (removed from the page, or about to be rescanned whole). */
  removeUnder(root: Node): void {
    if (this.total === 0) return;
    if (root.nodeType === 3) {
      this.removeNodes([root as Text]);
      return;
    }
    this.removeNodes(textNodesUnder(root).filter((n) => this.byNode.has(n)));
  }

  /** Drops every record whose first text node is no longer in the document. */
  pruneDisconnected(): void {
    const gone: Text[] = [];
    for (const node of this.byNode.keys()) if (!node.isConnected) gone.push(node);
    this.removeNodes(gone);
  }

  clear(): void {
    this.markAllDirty();
    this.byNode.clear();
    this.byId.clear();
    this.total = 0;
  }

  /** The records that cover this text node (for hit-testing the pointer). */
  at(node: Text): readonly TermRecord[] {
    return this.byNode.get(node) ?? [];
  }

  /** The record now standing where `record` stood (same term, same place), after a rescan replaced it. */
  same(record: TermRecord): TermRecord | null {
    for (const r of this.at(record.startNode)) {
      if (r.id === record.id && r.startOffset === record.startOffset && r.endNode === record.endNode && r.endOffset === record.endOffset) return r;
    }
    return null;
  }

  of(id: string): ReadonlySet<TermRecord> {
    return this.byId.get(id) ?? EMPTY;
  }

  ids(): IterableIterator<string> {
    return this.byId.keys();
  }

  /** The ids that gained or lost records since the last call, and how. */
  takeChanges(): Map<string, IdChange> {
    const changes = this.changes;
    this.changes = new Map();
    return changes;
  }

  /** The next takeChanges() reports every id as changed beyond shortcuts (new options, a clear). */
  markAllDirty(): void {
    for (const id of this.byId.keys()) this.markRemoved(id);
  }

  private markRemoved(id: string): void {
    const change = this.changes.get(id);
    if (change) {
      change.removed = true;
      change.added = [];
    } else {
      this.changes.set(id, { added: [], removed: true });
    }
  }

  private remove(record: TermRecord, listGone: Text): void {
    for (const node of record.nodes) {
      if (node === listGone) continue;
      const list = this.byNode.get(node);
      if (!list) continue;
      const i = list.indexOf(record);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
    const set = this.byId.get(record.id);
    if (set?.delete(record)) {
      this.total--;
      if (set.size === 0) this.byId.delete(record.id);
    }
    this.markRemoved(record.id);
  }
}

const EMPTY: ReadonlySet<TermRecord> = new Set();

/** The text nodes under `root` (itself, if it is one), in document order. */
export function textNodesUnder(root: Node): Text[] {
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Document order of two records: negative when `a` comes first. */
export function compareRecords(a: TermRecord, b: TermRecord): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  const position = a.startNode.compareDocumentPosition(b.startNode);
  // 4: b follows a. Disconnected nodes compare arbitrarily but consistently; they are dropped soon.
  return position & 4 ? -1 : 1;
}

/** The record of `records` that comes first in the document. */
export function firstOf(records: Iterable<TermRecord>): TermRecord | undefined {
  let first: TermRecord | undefined;
  for (const r of records) if (first === undefined || compareRecords(r, first) < 0) first = r;
  return first;
}
