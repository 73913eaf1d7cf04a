import type { TextBlock } from './walker.ts';

export interface BlockRange {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Index of the last node starting at or before `offset` (strictly before, for an end offset). */
function nodeAt(block: TextBlock, offset: number, isEnd: boolean): number {
  const { starts } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = startAt(block, mid);
    if (s < offset || (!isEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function startAt(block: TextBlock, i: number): number {
  const s = block.starts[i];
  if (s === undefined) throw new RangeError(`blockRange: node ${i} is outside the block (${block.starts.length} nodes)`);
  return s;
}

function nodeOf(block: TextBlock, i: number): Text {
  const node = block.nodes[i];
  if (node === undefined) throw new RangeError(`blockRange: node ${i} is outside the block (${block.nodes.length} nodes)`);
  return node;
}

/**
 * Maps [start, end) of block.text back to DOM positions: a match that starts at a node's end
 * begins in the next node, and one that ends at a node's start ends in the previous one, so the
 * range covers no empty edge. Offsets are clamped to the node's current length, so a node that
 * shrank since the walk gives a valid (if stale) range rather than an exception.
 * The clamp reads `length`, never `data`: in a Firefox content script every `data` read copies the
 * node's whole text across the Xray boundary (a 1 MB node times thousands of matches froze the page).
 */
export function blockRange(block: TextBlock, start: number, end: number): BlockRange {
  if (block.nodes.length === 0) throw new RangeError('blockRange: empty block');
  if (!(start >= 0 && start <= end && end <= block.text.length)) {
    throw new RangeError(`blockRange: [${start}, ${end}) is outside the block (length ${block.text.length})`);
  }
  const a = nodeAt(block, start, false);
  const b = Math.max(a, nodeAt(block, end, true));
  const startNode = nodeOf(block, a);
  const endNode = nodeOf(block, b);
  return {
    startNode,
    startOffset: Math.min(start - startAt(block, a), startNode.length),
    endNode,
    endOffset: Math.min(end - startAt(block, b), endNode.length),
  };
}
