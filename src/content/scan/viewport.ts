/** Where the visible part of the page starts, so that the scan reads what the reader sees first. */

/**
 * Either may be missing: caretPositionFromPoint is the standard (Chrome has it only since 128),
 * caretRangeFromPoint the fallback that older Chrome has and Firefox does not.
 */
interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The DOM position under a point: caretPositionFromPoint, or caretRangeFromPoint where only that exists. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d: CaretDoc = doc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos?.offsetNode ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * A node at the top of the viewport inside `root`, or null when the page is scrolled to its top
 * (then a walk from the start is already viewport first). A few points are probed, because a
 * fixed banner declared at the end of the page may cover the top; the earliest one wins.
 */
export function viewportAnchor(doc: Document, root: Node, view: { scrollY: number; innerWidth: number; innerHeight: number }): Node | null {
  if (view.scrollY <= 0) return null;
  let best: Node | null = null;
  for (const [fx, fy] of [[0.5, 0.15], [0.3, 0.3], [0.5, 0.5]] as const) {
    const hit = caretAt(doc, view.innerWidth * fx, view.innerHeight * fy);
    const node = hit?.node;
    if (!node || !root.contains(node)) continue;
    if (best === null || node.compareDocumentPosition(best) & 4) best = node;
  }
  return best;
}
