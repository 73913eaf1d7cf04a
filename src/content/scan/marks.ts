/**
 * Which found terms are marked: the first mention of each entry, or every mention, never one of a
 * category the reader switched off (muted entries are not in the page's terms at all). Kept up to date id by id, so a
 * rescan of one paragraph costs only the ids it touched.
 */
import type { Category } from '../../core/facts/types.ts';
import type { MentionMode } from '../../core/settings/model.ts';
import { compareRecords, firstOf, type IdChange, type MatchStore, type TermRecord } from './match-store.ts';

export interface MarkOptions {
  mentions: MentionMode;
  categoriesOff: ReadonlySet<Category>;
  /** The entry's category, or undefined while it is not known yet (see categories.ts). */
  categoryOf: (id: string) => Category | undefined;
}

/** Where marked records go (the highlight registry in a page, a list in tests). */
export interface MarkSink {
  add(record: TermRecord): void;
  delete(record: TermRecord): void;
}

export function isAllowed(id: string, options: MarkOptions): boolean {
  if (options.categoriesOff.size === 0) return true;
  const category = options.categoryOf(id);
  // Unknown yet: hold the mark back rather than flash it and take it away again.
  return category !== undefined && !options.categoriesOff.has(category);
}

export class Marks {
  private readonly shown = new Map<string, TermRecord[]>();

  constructor(private readonly sink: MarkSink) {}

  /**
   * Brings the marks of the changed ids in line with the store; returns whether anything changed.
   * `changes` maps ids to what happened to them (store.takeChanges()), or lists ids to look at
   * again in full. Where an id only gained records, the work is only those records.
   */
  sync(store: MatchStore, changes: Map<string, IdChange> | Iterable<string>, options: MarkOptions): boolean {
    let changed = false;
    const entries: Iterable<[string, IdChange | null]> =
      changes instanceof Map ? changes.entries() : [...changes].map((id) => [id, null] as [string, null]);
    for (const [id, change] of entries) {
      const had = this.shown.get(id) ?? [];
      const want = change && !change.removed ? this.grown(had, change.added, id, options) : this.wanted(store, id, options);
      if (want === null || sameRecords(had, want)) continue;
      changed = true;
      const keep = new Set(want);
      for (const r of had) if (!keep.has(r)) this.sink.delete(r);
      const old = new Set(had);
      for (const r of want) if (!old.has(r)) this.sink.add(r);
      if (want.length > 0) this.shown.set(id, want);
      else this.shown.delete(id);
    }
    return changed;
  }

  /** Every marked record, in document order. */
  ordered(): TermRecord[] {
    const all: TermRecord[] = [];
    for (const list of this.shown.values()) all.push(...list);
    return all.sort(compareRecords);
  }

  isMarked(record: TermRecord): boolean {
    return this.shown.get(record.id)?.includes(record) === true;
  }

  /** Distinct marked entries. */
  get distinct(): number {
    return this.shown.size;
  }

  markedIds(): IterableIterator<string> {
    return this.shown.keys();
  }

  clear(): void {
    for (const list of this.shown.values()) for (const r of list) this.sink.delete(r);
    this.shown.clear();
  }

  /** The marks after `added` joined the records of `id` (nothing removed); null: unchanged. */
  private grown(had: TermRecord[], added: TermRecord[], id: string, options: MarkOptions): TermRecord[] | null {
    if (!isAllowed(id, options)) return had.length > 0 ? [] : null;
    if (added.length === 0) return null;
    if (options.mentions === 'every') return [...had, ...added];
    const head = had[0];
    const first = firstOf(head === undefined ? added : [head, ...added]);
    return first === undefined || first === head ? null : [first];
  }

  private wanted(store: MatchStore, id: string, options: MarkOptions): TermRecord[] {
    const records = store.of(id);
    if (records.size === 0 || !isAllowed(id, options)) return [];
    if (options.mentions === 'every') return [...records];
    const first = firstOf(records);
    return first ? [first] : [];
  }
}

function sameRecords(a: readonly TermRecord[], b: readonly TermRecord[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 1) return a[0] === b[0];
  const set = new Set(a);
  return b.every((r) => set.has(r));
}
