import { advance, type Automaton } from './automaton.ts';
import { normalizeCluster, isWordCodePoint } from './char-map.ts';
import { astralMarkAt, clusterEnd, describe, HIGH_BIT, KIND_COMPLEX, KIND_MASK, KIND_SINGLE, KIND_SPACE, MARK_BIT, tableFor, WORD_BIT } from './normalize.ts';

/** Flags per normalised unit. */
export const UNIT_WORD = 1;
/** The unit came from a cluster longer than one code unit: its end is in `to`. */
export const UNIT_CLUSTER = 2;

/**
 * Reused state of one scan: for every normalised unit, the original offset where its cluster
 * starts, and flags. A cluster's end is stored only for the rare multi-unit clusters.
 */
export class ScanBuffers {
  length = 0;
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  flags = new Uint8Array(1024);
  /** Flat pairs (end unit, automaton node) where a pattern may end. */
  hits: number[] = [];

  ensure(size: number): void {
    if (size <= this.from.length) return;
    let n = this.from.length;
    while (n < size) n *= 2;
    const grow = <T extends Int32Array | Uint8Array>(old: T, next: T): T => (next.set(old), next);
    this.from = grow(this.from, new Int32Array(n));
    this.to = grow(this.to, new Int32Array(n));
    this.flags = grow(this.flags, new Uint8Array(n));
  }

  end(k: number): number {
    return (this.flags[k]! & UNIT_CLUSTER) !== 0 ? this.to[k]! : this.from[k]! + 1;
  }
}

/**
 * Normalises (folded) and runs the automaton in one pass. The fast path is the same table
 * normalizeStream uses, inlined with the automaton step so a plain character costs a few array
 * reads and two writes. Clusters take normalizeCluster, exactly as in normalizeStream.
 */
export function runScan(a: Automaton, text: string, b: ScanBuffers): void {
  const table = tableFor(true);
  const { classOf, out, link } = a;
  const classes = classOf.length;
  const n = text.length;
  // The fast path writes at most one unit per character; the slow path makes room itself.
  b.ensure(n + 16);
  let from = b.from;
  let flags = b.flags;
  const hits = b.hits;
  hits.length = 0;
  let k = 0;
  let s = 0;
  let lastSpace = false;
  let i = 0;
  let d = 0;
  if (n > 0 && (d = table[text.charCodeAt(0)]!) === 0) d = table[text.charCodeAt(0)] = describe(text.charCodeAt(0), true);
  while (i < n) {
    const j = i + 1;
    let d2 = 0;
    if (j < n) {
      const c2 = text.charCodeAt(j);
      if ((d2 = table[c2]!) === 0) table[c2] = d2 = describe(c2, true);
    }
    const kind = d & KIND_MASK;
    if ((d2 & MARK_BIT) === 0 && ((d2 & HIGH_BIT) === 0 || !astralMarkAt(text, j)) && kind !== KIND_COMPLEX) {
      let unit = -1;
      if (kind === KIND_SINGLE) {
        unit = d & 0xffff;
        from[k] = i;
        flags[k] = (d & WORD_BIT) !== 0 ? UNIT_WORD : 0;
        lastSpace = false;
      } else if (kind === KIND_SPACE && !lastSpace) {
        unit = 0x20;
        from[k] = i;
        flags[k] = 0;
        lastSpace = true;
      }
      if (unit >= 0) {
        const cls = unit < classes ? classOf[unit]! : 0;
        s = cls === 0 ? 0 : advance(a, s, cls);
        if (s !== 0 && (out[s]! >= 0 || link[s]! >= 0)) hits.push(k, s);
        k++;
      }
      i = j;
      d = d2;
      continue;
    }
    // Slow path: a character with combining marks, an astral character, or a multi-unit result.
    const end = clusterEnd(text, i, table, true);
    const piece = normalizeCluster(text.slice(i, end), true);
    b.length = k;
    b.ensure(k + piece.length + (n - end) + 16);
    from = b.from;
    flags = b.flags;
    for (const ch of piece) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0x20) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      const w = isWordCodePoint(cp) ? UNIT_WORD : 0;
      for (let u = 0; u < ch.length; u++) {
        from[k] = i;
        b.to[k] = end;
        flags[k] = w | UNIT_CLUSTER;
        const unit = ch.charCodeAt(u);
        const cls = unit < classes ? classOf[unit]! : 0;
        s = cls === 0 ? 0 : advance(a, s, cls);
        if (s !== 0 && (out[s]! >= 0 || link[s]! >= 0)) hits.push(k, s);
        k++;
      }
    }
    i = end;
    if (i < n && (d = table[text.charCodeAt(i)]!) === 0) d = table[text.charCodeAt(i)] = describe(text.charCodeAt(i), true);
  }
  b.length = k;
}
