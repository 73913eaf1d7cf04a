import { isMarkCodePoint, isWordCodePoint, normalizeCluster } from './char-map.ts';

/** Receives the normalised stream, one UTF-16 unit at a time, with the original span it came from. */
export interface UnitSink {
  /** `word`: 1 when the unit is a letter, digit or mark (\p{L}\p{N}\p{M}). */
  emit(unit: number, from: number, to: number, word: number): void;
}

// Per-BMP-unit memo of what a lone character becomes, one table per mode (folded, exact).
// Layout: bits 0–15 the output unit; bits 16–18 the kind; bit 19 word; bit 20 combining mark;
// bit 21 high surrogate (the mark test then needs the whole code point).
const KIND_SINGLE = 1 << 16;
const KIND_IGNORED = 2 << 16;
const KIND_SPACE = 3 << 16;
const KIND_COMPLEX = 4 << 16;
const KIND_MASK = 7 << 16;
const WORD_BIT = 1 << 19;
const MARK_BIT = 1 << 20;
const HIGH_BIT = 1 << 21;
const tables: [Uint32Array | null, Uint32Array | null] = [null, null];
const astralMarks = new Map<number, boolean>();

/** The slow, general description of one unit; describe() must agree with it (a test checks). */
export function describeSlow(unit: number, fold: boolean): number {
  const mark = isMarkCodePoint(unit) ? MARK_BIT : 0;
  const out = normalizeCluster(String.fromCharCode(unit), fold);
  if (out.length === 0) return KIND_IGNORED | mark;
  if (out === ' ') return KIND_SPACE | 0x20 | mark;
  if (out.length > 1) return KIND_COMPLEX | mark;
  const u = out.charCodeAt(0);
  return KIND_SINGLE | u | (isWordCodePoint(u) ? WORD_BIT : 0) | mark;
}

export function describe(unit: number, fold: boolean): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return KIND_COMPLEX | (unit <= 0xdbff ? HIGH_BIT : 0);
  // CJK ideographs and Hangul syllables: letters without case, marks or decompositions. A
  // Chinese page meets thousands of them, and the general test costs microseconds each.
  if ((unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0xac00 && unit <= 0xd7a3)) {
    return KIND_SINGLE | unit | WORD_BIT;
  }
  return describeSlow(unit, fold);
}

function tableFor(fold: boolean): Uint32Array {
  return fold ? (tables[0] ??= new Uint32Array(0x10000)) : (tables[1] ??= new Uint32Array(0x10000));
}

function astralMarkAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0;
  let m = astralMarks.get(cp);
  if (m === undefined) astralMarks.set(cp, (m = cp > 0xffff && isMarkCodePoint(cp)));
  return m;
}

/** Whether the code point at `i` is a combining mark (so it joins the cluster before it). */
function markAt(text: string, i: number, table: Uint32Array, fold: boolean): boolean {
  const c = text.charCodeAt(i);
  // A table covers every UTF-16 unit; 0 means not described yet.
  let d = table[c] ?? 0;
  if (d === 0) table[c] = d = describe(c, fold);
  return (d & MARK_BIT) !== 0 || ((d & HIGH_BIT) !== 0 && astralMarkAt(text, i));
}

/** The end of the cluster starting at `i`: the character (a surrogate pair counts as one) and its marks. */
function clusterEnd(text: string, i: number, table: Uint32Array, fold: boolean): number {
  const n = text.length;
  let end = i + 1;
  if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && end < n && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
  while (end < n && markAt(text, end, table, fold)) end += (text.charCodeAt(end) & 0xfc00) === 0xd800 && end + 1 < n ? 2 : 1;
  return end;
}

/**
 * Streams the normalised form of `text` into `sink` in one pass: case folding (when `fold`), NFC,
 * dashes, quotes, spaces (a run becomes one space) and ignorable characters, with the original
 * span of every unit. A character with no combining mark after it takes a memoised fast path
 * (one table lookup, with a one-character lookahead for marks); clusters, astral characters and
 * multi-unit results go through normalizeCluster, the single definition of the rules.
 */
export function normalizeStream(text: string, fold: boolean, sink: UnitSink): void {
  const table = tableFor(fold);
  const n = text.length;
  let lastSpace = false;
  let i = 0;
  let c = n > 0 ? text.charCodeAt(0) : 0;
  let d = 0;
  if (n > 0 && (d = table[c] ?? 0) === 0) table[c] = d = describe(c, fold);
  while (i < n) {
    const j = i + 1;
    let c2 = 0;
    let d2 = 0;
    if (j < n) {
      c2 = text.charCodeAt(j);
      d2 = table[c2] ?? 0;
      if (d2 === 0) table[c2] = d2 = describe(c2, fold);
    }
    const kind = d & KIND_MASK;
    if ((d2 & MARK_BIT) === 0 && ((d2 & HIGH_BIT) === 0 || !astralMarkAt(text, j)) && kind !== KIND_COMPLEX) {
      if (kind === KIND_SINGLE) {
        sink.emit(d & 0xffff, i, j, (d & WORD_BIT) >>> 19);
        lastSpace = false;
      } else if (kind === KIND_SPACE) {
        if (!lastSpace) sink.emit(0x20, i, j, 0);
        lastSpace = true;
      }
      i = j;
      c = c2;
      d = d2;
      continue;
    }
    // Slow path: a character with combining marks, an astral character, or a multi-unit result.
    const end = clusterEnd(text, i, table, fold);
    for (const ch of normalizeCluster(text.slice(i, end), fold)) {
      const cp = ch.codePointAt(0);
      // A string's iterator yields whole code points, never an empty string.
      if (cp === undefined) continue;
      if (cp === 0x20) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      const w = isWordCodePoint(cp) ? 1 : 0;
      for (let u = 0; u < ch.length; u++) sink.emit(ch.charCodeAt(u), i, end, w);
    }
    i = end;
    if (i < n) {
      c = text.charCodeAt(i);
      if ((d = table[c] ?? 0) === 0) table[c] = d = describe(c, fold);
    }
  }
}

/**
 * The normalised stream stored in growable typed arrays: unit, original span, word flag.
 * Buffers are reused between calls so nothing is allocated per character.
 */
export class NormalizedText implements UnitSink {
  /** Number of units in use. */
  length = 0;
  units = new Uint16Array(256);
  /** Original start (inclusive) and end (exclusive) of the cluster each unit came from. */
  from = new Int32Array(256);
  to = new Int32Array(256);
  word = new Uint8Array(256);

  reset(expected: number): void {
    this.length = 0;
    if (expected > this.units.length) this.grow(expected);
  }

  emit(unit: number, from: number, to: number, word: number): void {
    const k = this.length;
    if (k === this.units.length) this.grow(k * 2);
    this.units[k] = unit;
    this.from[k] = from;
    this.to[k] = to;
    this.word[k] = word;
    this.length = k + 1;
  }

  private grow(size: number): void {
    const copy = <T extends Uint16Array | Int32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old.subarray(0, this.length));
      return next;
    };
    this.units = copy(this.units, new Uint16Array(size));
    this.from = copy(this.from, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
    this.word = copy(this.word, new Uint8Array(size));
  }

  /** The units as a string (for keys and tests, not for the scan loop). */
  toString(): string {
    let s = '';
    for (let i = 0; i < this.length; i += 4096) {
      s += String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + 4096)));
    }
    return s;
  }
}

/** Normalises `text` into `out` (see normalizeStream). */
export function normalizeInto(text: string, out: NormalizedText, fold: boolean): void {
  out.reset(text.length + 16);
  normalizeStream(text, fold, out);
}

const scratch = new NormalizedText();

/**
 * The matcher's normalisation of a term: what the scanner compares. Two aliases collide iff
 * their keys are equal. Leading and trailing spaces are dropped. With `caseSensitive` false the
 * key is case-folded; a case-sensitive alias keeps its case (its folded key is what the automaton
 * looks for, and a hit counts only where the page text has the same exact key).
 */
export function normalizeKey(text: string, caseSensitive: boolean): string {
  normalizeInto(text, scratch, !caseSensitive);
  return scratch.toString().replace(/^ | $/g, '');
}
