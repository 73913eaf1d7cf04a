/**
 * Which marked term is under the pointer: the caret position under the point names a text node
 * and an offset (cheap), and the point must then lie inside one of the term's client rects (a
 * caret snaps to the nearest character, even from far off in the margin).
 */
import type { MatchStore, TermRecord } from '../scan/match-store.ts';
import { caretAt } from '../scan/viewport.ts';

/** A live Range over a record, for its client rects (StaticRange has none). */
export function liveRange(doc: Document, record: TermRecord): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(record.startNode, Math.min(record.startOffset, record.startNode.length));
    range.setEnd(record.endNode, Math.min(record.endOffset, record.endNode.length));
    return range;
  } catch {
    // A node that left the page since it was scanned: nothing to hover.
    return null;
  }
}

/** Slack around a rect in px: the caret of a glyph's edge counts as on it. */
const SLACK = 1;

export function rectsContain(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  return Array.from(rects).some((r) => x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK);
}

/** Whether the caret at `offset` in `node` is on or right beside the record's text. */
function covers(record: TermRecord, node: Text, offset: number): boolean {
  if (node === record.startNode && offset < record.startOffset - 1) return false;
  if (node === record.endNode && offset > record.endOffset + 1) return false;
  return true;
}

export function hitTest(
  doc: Document,
  store: MatchStore,
  isHoverable: (record: TermRecord) => boolean,
  x: number,
  y: number,
): TermRecord | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  for (const record of store.at(node)) {
    // The caret offset rules out all but the terms around it (a huge text node holds thousands).
    if (!covers(record, node, caret.offset) || !isHoverable(record)) continue;
    const range = liveRange(doc, record);
    if (range && rectsContain(range.getClientRects(), x, y)) return record;
  }
  return null;
}
