/**
 * Turns MutationObserver records into the least work: the blocks to scan again and the subtrees
 * whose records must go. Pure DOM logic (no timers), so it is tested on its own; mutation-watcher.ts
 * does the coalescing in time.
 */
import { blockOf, INLINE_TAGS } from '../../core/match/index.ts';

export interface MutationLike {
  type: string;
  target: Node;
  addedNodes: Iterable<Node>;
  removedNodes: Iterable<Node>;
}

/** Past this many distinct blocks changed at once, one rescan of the whole page is cheaper. */
const FLOOD_ROOTS = 400;
/** Past this many raw places or removed nodes, stop collecting them one by one. */
export const FLOOD_NODES = 5000;

export class MutationBatch {
  /** Places to rescan: block elements, or nodes whose block is found at flush time. */
  private readonly touched = new Set<Node>();
  private readonly removed = new Set<Node>();
  private flood = false;
  /** Too many removed nodes to drop one by one: drop every record whose node left the page. */
  private prune = false;

  constructor(private readonly isOwn: (node: Node) => boolean) {}

  get empty(): boolean {
    return !this.flood && !this.prune && this.touched.size === 0 && this.removed.size === 0;
  }

  add(records: Iterable<MutationLike>): void {
    if (this.flood) return;
    for (const r of records) {
      if (this.isOwn(r.target)) continue;
      if (r.type === 'characterData') {
        this.touched.add(r.target);
      } else if (r.type === 'childList') {
        for (const node of r.addedNodes) {
          if (this.isOwn(node)) continue;
          // A new block element is scanned on its own; new inline content changes its parent's block.
          this.touched.add(isBlockElement(node) ? node : r.target);
        }
        for (const node of r.removedNodes) {
          if (!this.prune) this.removed.add(node);
          if (!isBlockElement(node)) this.touched.add(r.target);
        }
        if (this.removed.size > FLOOD_NODES) {
          this.prune = true;
          this.removed.clear();
        }
      }
      if (this.touched.size > FLOOD_NODES) {
        this.flood = true;
        this.touched.clear();
        this.removed.clear();
        return;
      }
    }
  }

  /**
   * What to do now: `full` (rescan the page once), or the removed subtrees (or `prune`: every
   * record whose node left the page) and the distinct outermost blocks to rescan. Resets the batch.
   */
  take(): { full: boolean; prune: boolean; removed: Node[]; roots: Node[] } {
    const removed = [...this.removed];
    const flood = this.flood;
    const prune = this.prune;
    this.prune = false;
    const blocks = new Set<Node>();
    if (!flood) for (const node of this.touched) if (node.isConnected) blocks.add(blockOf(node));
    this.touched.clear();
    this.removed.clear();
    this.flood = false;
    if (flood || blocks.size > FLOOD_ROOTS) return { full: true, prune: false, removed: [], roots: [] };
    return { full: false, prune, removed, roots: outermost([...blocks]) };
  }
}

function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && !INLINE_TAGS.has((node as Element).localName);
}

/** Drops every node that lies inside another one of the list. */
export function outermost(nodes: Node[]): Node[] {
  if (nodes.length < 2) return nodes;
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}
