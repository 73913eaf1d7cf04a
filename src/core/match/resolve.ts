/**
 * What only the whole page can decide, the same way in the scan CLI (a whole document at once)
 * and in the content script (blocks read in any order, re-decided as they arrive):
 * 1. a name that needs context with page scope (or is vetoed on the page) holds if the page has
 *    the context, anywhere;
 * 2. a short form ("Miller", "Khamenei") stands for the entry whose full name appeared last before
 *    it on the page; with none, it marks nothing.
 * Full names decide first and short forms after, so the outcome depends only on the page, not on
 * the order the blocks were read in.
 */
import type { CompiledRule } from './data.ts';
import { holds, type Reading } from './scan-block.ts';

export interface PageContext {
  /** Cue ids found anywhere on the page. */
  cues: { has(id: number): boolean };
  /** Entries named anywhere on the page without a condition. */
  mentioned: { has(entry: number): boolean };
}

/** The entry a full-name candidate stands for on this page, or -1 (then it marks nothing). */
export function resolveFull(readings: readonly Reading[], rules: readonly CompiledRule[], page: PageContext): number {
  let best = -1;
  let bestDistance = Infinity;
  let fallback = -1;
  for (const r of readings) {
    if (r.short) continue;
    // A name without a rule holds here; one whose context is in the block and nearer still wins.
    if (r.rule < 0) {
      if (best < 0) best = r.entry;
      continue;
    }
    if (!pageAllows(r, rules, page)) continue;
    // The context right there beats context elsewhere on the page, and the nearest context wins.
    if (r.blockSatisfied) {
      if (r.distance < bestDistance || best < 0) {
        best = r.entry;
        bestDistance = r.distance;
      }
      continue;
    }
    if (fallback < 0) fallback = r.entry;
  }
  return best >= 0 ? best : fallback;
}

/**
 * What the page says of a reading the block kept: its rule's veto with page scope must be absent
 * from the page, and a requirement with page scope not met in the block must be met elsewhere.
 * The block itself already applied the parts with block scope; a veto with block scope found
 * elsewhere on the page says nothing here.
 */
function pageAllows(r: Reading, rules: readonly CompiledRule[], page: PageContext): boolean {
  if (r.rule < 0) return true;
  const rule = rules[r.rule];
  if (!rule) return true;
  if (rule.veto.some((c) => c.scope === 'page' && holds(c, page.cues, page.mentioned))) return false;
  // The block kept only readings whose block-scope requirements it meets; the page holds the block's cues too.
  return r.blockSatisfied || rule.require.every((c) => c.scope === 'block' || holds(c, page.cues, page.mentioned));
}

function hasShort(readings: readonly Reading[]): boolean {
  return readings.some((r) => r.short);
}

/**
 * Decides every candidate of a page, given in document order: the entry each stands for, or -1.
 * `page` is the page's context (cues and unconditional mentions across every block).
 */
export function resolvePage(items: ReadonlyArray<{ readings: readonly Reading[] }>, rules: readonly CompiledRule[], page: PageContext): number[] {
  const decided = items.map((item) => (hasShort(item.readings) && item.readings.every((r) => r.short) ? -1 : resolveFull(item.readings, rules, page)));
  const lastFull = new Map<number, number>();
  items.forEach((item, i) => {
    const entry = decided[i] as number;
    if (entry >= 0) {
      lastFull.set(entry, i);
      return;
    }
    // A short form's own rule still needs the page (a requirement or veto with page scope).
    decided[i] = resolveShort(item.readings.filter((r) => pageAllows(r, rules, page)), lastFull);
  });
  return decided;
}

/** The short form's entry: of those it may stand for, the one whose full name came last before it. */
export function resolveShort(readings: readonly Reading[], lastFullBefore: { get(entry: number): number | undefined }): number {
  let best = -1;
  let at = -1;
  for (const r of readings) {
    if (!r.short) continue;
    const position = lastFullBefore.get(r.entry);
    if (position !== undefined && position > at) {
      best = r.entry;
      at = position;
    }
  }
  return best;
}
