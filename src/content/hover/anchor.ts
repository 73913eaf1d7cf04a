/**
 * What the card is positioned against: the term's range (re-measured on every call, so scrolling
 * and reflow are followed), narrowed to the line the pointer is on when a term wraps.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { liveRange, rectsContain } from './hit-test.ts';
import type { TermRecord } from '../scan/match-store.ts';

export function rangeAnchor(range: Range, point?: { x: number; y: number }): VirtualElement {
  // The line under the pointer, remembered by index: after a scroll the point means nothing.
  let line = 0;
  if (point) line = Math.max(0, Array.from(range.getClientRects()).findLastIndex((rect) => rectsContain([rect], point.x, point.y)));
  const pick = (): DOMRect => {
    const rects = range.getClientRects();
    return rects[line] ?? rects[0] ?? range.getBoundingClientRect();
  };
  const container = range.startContainer;
  const context = container.nodeType === 1 ? (container as Element) : container.parentElement;
  return {
    getBoundingClientRect: pick,
    getClientRects: () => range.getClientRects(),
    ...(context ? { contextElement: context } : {}),
  };
}

export function recordAnchor(doc: Document, record: TermRecord, point?: { x: number; y: number }): VirtualElement | null {
  const range = liveRange(doc, record);
  return range ? rangeAnchor(range, point) : null;
}
