/**
 * The scanning work, cut into steps for the SliceRunner: walk blocks with the core walker, scan
 * each block's text (a huge one piece by piece), and record the terms found.
 */
import { blockRange, hasOtherScript, walkBlocks, type Candidate, type Matcher, type TextBlock, type WalkOptions } from '../../core/match/index.ts';
import { CHUNK, FIRST_CHUNK, scanPiece } from './chunked-scan.ts';
import type { Job } from './slice-runner.ts';
import { textNodesUnder, type MatchStore, type TermRecord } from './match-store.ts';
import type { OpenCandidate, PageDecisions } from './page-decisions.ts';

/** A record for a span of one block (or one piece of it). */
function recordFor(block: TextBlock, start: number, end: number, id: string): TermRecord {
  const r = blockRange(block, start, end);
  const first = block.nodes.indexOf(r.startNode);
  const last = block.nodes.indexOf(r.endNode, first);
  const nodes = first >= 0 && last >= first ? block.nodes.slice(first, last + 1) : [r.startNode];
  return { id, nodes, startNode: r.startNode, startOffset: r.startOffset, endNode: r.endNode, endOffset: r.endOffset };
}

/** Settled by its block: one full name, no condition (nearly every candidate on nearly every page). */
function settledEntry(c: Candidate): number {
  const [only, more] = c.readings;
  return only && !more && !only.short && only.rule < 0 ? only.entry : -1;
}

export interface WalkJobOptions extends WalkOptions {
  /** Drop what was recorded under root before walking it again (a rescan after a mutation). */
  replace?: boolean;
  /** Called for each block with Cyrillic or Arabic-script letters, where the matcher holds only the Latin-script terms. */
  onOtherScript?: () => void;
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
  /** Walked to the end, cancelled, or its root gone from the page: work() does nothing more. */
  private finished = false;
  /** Blocks read so far (for the benchmark and tests). */
  blocksRead = 0;
  /** Characters of text scanned so far. */
  charsRead = 0;

  constructor(
    private readonly root: Node,
    private readonly matcher: Matcher,
    private readonly store: MatchStore,
    private readonly decisions: PageDecisions,
    private readonly options: WalkJobOptions = {},
    private readonly size: PieceSize = sharedSize,
  ) {}

  cancel(): void {
    this.finished = true;
  }

  get working(): boolean {
    return !this.finished;
  }

  work(): boolean {
    // A root the page removed (a feed item gone before its rescan ran) has nothing left to mark:
    // what was recorded under it went with the removal's batch, and anything recorded now would
    // stay, marking a node no reader sees and standing in for its term's first mention.
    if (this.finished || !this.root.isConnected) return this.finish();
    if (this.blocks === null) {
      if (this.options.replace) {
        this.store.removeUnder(this.root);
        this.decisions.removeNodes(textNodesUnder(this.root));
      }
      this.blocks = walkBlocks(this.root, { from: this.options.from, until: this.options.until });
    }
    if (this.block === null) {
      const item = this.blocks.next();
      if (item.done) return this.finish();
      this.block = item.value;
      this.blocksRead++;
      this.next = 0;
      this.lastEnd = 0;
      this.store.removeNodes(this.block.nodes);
      this.decisions.removeNodes(this.block.nodes);
      if (this.options.onOtherScript && hasOtherScript(this.block.text)) this.options.onOtherScript();
    }
    const block = this.block;
    const size = this.size.next();
    const { candidates, cues, mentioned, next } = scanPiece(this.matcher, block.text, this.next, this.lastEnd, size);
    const scanned = (next < 0 ? block.text.length : next) - this.next;
    this.size.add(scanned);
    this.charsRead += scanned;
    const open: OpenCandidate[] = [];
    const ids = this.matcher.data.ids;
    for (const c of candidates) {
      const entry = settledEntry(c);
      if (entry >= 0) this.store.add(recordFor(block, c.start, c.end, ids[entry] ?? ''));
      else open.push({ where: recordFor(block, c.start, c.end, ''), readings: c.readings });
    }
    this.decisions.addBlock(block.nodes[0], open, { cues, mentioned }, open.length < candidates.length);
    const last = candidates[candidates.length - 1];
    if (last) this.lastEnd = last.end;
    if (next < 0) this.block = null;
    else this.next = next;
    return true;
  }

  private finish(): false {
    this.finished = true;
    return false;
  }
}

