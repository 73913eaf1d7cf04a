/**
 * The scanning work, cut into steps for the SliceRunner: walk blocks with the core walker, scan
 * each block's text (a huge one piece by piece), and record the terms found.
 */
import { blockRange, walkBlocks, type Matcher, type TextBlock, type WalkOptions } from '../../core/match/index.ts';
import { CHUNK, FIRST_CHUNK, scanPiece } from './chunked-scan.ts';
import type { Job } from './slice-runner.ts';
import type { MatchStore, TermRecord } from './match-store.ts';

/** Records for the matches of one block (or one piece of it). */
export function recordsFor(block: TextBlock, matches: ReadonlyArray<{ start: number; end: number; id: string }>): TermRecord[] {
  const records: TermRecord[] = [];
  for (const m of matches) {
    const r = blockRange(block, m.start, m.end);
    const first = block.nodes.indexOf(r.startNode);
    const last = block.nodes.indexOf(r.endNode, first);
    const nodes = first >= 0 && last >= first ? block.nodes.slice(first, last + 1) : [r.startNode];
    records.push({ id: m.id, nodes, startNode: r.startNode, startOffset: r.startOffset, endNode: r.endNode, endOffset: r.endOffset });
  }
  return records;
}

export interface WalkJobOptions extends WalkOptions {
  /** Drop what was recorded under root before walking it again (a rescan after a mutation). */
  replace?: boolean;
}

/** How much text one step may scan: small while the matcher is cold, CHUNK once it is warm. */
export class PieceSize {
  private scanned = 0;

  next(): number {
    return Math.min(CHUNK, Math.max(FIRST_CHUNK, this.scanned >> 2));
  }

  add(chars: number): void {
    this.scanned += chars;
  }
}

const sharedSize = new PieceSize();

/**
 * Walks `root` and records every term. Each step reads one block, or one piece of a huge block.
 * Re-recording a block first drops its old records, so walking a block twice never doubles it.
 */
export class WalkJob implements Job {
  private blocks: Generator<TextBlock, void, undefined> | null = null;
  private block: TextBlock | null = null;
  private next = 0;
  private lastEnd = 0;
  private cancelled = false;
  /** Blocks read so far (for the benchmark and tests). */
  blocksRead = 0;

  constructor(
    private readonly root: Node,
    private readonly matcher: Matcher,
    private readonly store: MatchStore,
    private readonly options: WalkJobOptions = {},
    private readonly size: PieceSize = sharedSize,
  ) {}

  cancel(): void {
    this.cancelled = true;
  }

  work(): boolean {
    if (this.cancelled) return false;
    if (this.blocks === null) {
      if (this.options.replace) this.store.removeUnder(this.root);
      this.blocks = walkBlocks(this.root, { from: this.options.from, until: this.options.until });
    }
    if (this.block === null) {
      const item = this.blocks.next();
      if (item.done) return false;
      this.block = item.value;
      this.blocksRead++;
      this.next = 0;
      this.lastEnd = 0;
      this.store.removeNodes(this.block.nodes);
    }
    const block = this.block;
    const size = this.size.next();
    const { matches, next } = scanPiece(this.matcher, block.text, this.next, this.lastEnd, size);
    this.size.add((next < 0 ? block.text.length : next) - this.next);
    for (const record of recordsFor(block, matches)) this.store.add(record);
    const last = matches[matches.length - 1];
    if (last) this.lastEnd = last.end;
    if (next < 0) this.block = null;
    else this.next = next;
    return true;
  }
}
