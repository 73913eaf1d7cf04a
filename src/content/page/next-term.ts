/**
 * The keyboard commands' "next / previous term": from the term whose card is open, or else from
 * the top of the viewport; wrapping around at either end.
 */

export type Direction = 'next' | 'previous';

/**
 * Index in `ordered` (document order) to move to, or -1 when there is nothing to move to.
 * `startsBelowTop(item)` tells whether an item begins at or below the top of the viewport; it is
 * monotone in document order for ordinary pages, so it is binary-searched (few layout reads).
 */
export function pickNextTerm<T>(ordered: readonly T[], current: T | null, direction: Direction, startsBelowTop: (item: T) => boolean): number {
  const n = ordered.length;
  if (n === 0) return -1;
  const at = current === null ? -1 : ordered.indexOf(current);
  if (at >= 0) return direction === 'next' ? (at + 1) % n : (at - 1 + n) % n;
  // First item at or below the top of the viewport.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = ordered[mid];
    if (item === undefined) throw new Error(`pickNextTerm: no item at ${mid} of ${n}`);
    if (startsBelowTop(item)) hi = mid;
    else lo = mid + 1;
  }
  if (direction === 'next') return lo < n ? lo : 0;
  return lo > 0 ? lo - 1 : n - 1;
}
