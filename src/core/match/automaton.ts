import type { DictionaryTerm } from './dictionary.ts';

/**
 * Aho–Corasick automaton over normalised UTF-16 units, in flat typed arrays. Units that occur in no
 * key share class 0, which sends the scan straight back to the root. Classes are numbered in unit
 * order, and keys are inserted in sorted order, so every node's edges come out sorted by class.
 */
export interface Automaton {
  /** Unit → class (0: occurs in no key); units at or past its length are class 0 too. */
  classOf: Uint16Array;
  /** Number of classes + 1: the width of a dense row. */
  width: number;
  /**
   * Full transition rows, failures already resolved (0: the root), for the root (row 0) and for
   * nodes with many children: from those a step is one read instead of a search and a fail chain.
   */
  dense: Int32Array;
  /** Offset of a node's row in `dense`, or -1 for a node with few children (sparse edges). */
  denseAt: Int32Array;
  /** Edges of node n are edgeCls/edgeTo[edgeStart[n] .. edgeStart[n + 1]). */
  edgeStart: Int32Array;
  edgeCls: Uint16Array;
  edgeTo: Int32Array;
  fail: Int32Array;
  /** Pattern ending at this node, or -1. */
  out: Int32Array;
  /** Nearest node on the fail chain with an output, or -1. */
  link: Int32Array;
  /** Length in units of each pattern (distinct key). */
  patLen: Int32Array;
  /** Alternatives of pattern p are alt*[altStart[p] .. altStart[p + 1]). */
  altStart: Int32Array;
  altId: Int32Array;
  altExact: Array<string | null>;
}

/** Builds the automaton in one go (the CLI, tests, the popup's preview). */
export function buildAutomaton(terms: DictionaryTerm[]): Automaton {
  return drain(buildAutomatonGradually(terms));
}

/** Runs a stepwise build to its end. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same build, cut into short steps: it pauses (yields) every few dozen keys or nodes, so a
 * page's content script can spread it over tasks of a few milliseconds instead of one long task.
 */
export function* buildAutomatonGradually(terms: DictionaryTerm[]): Generator<void, Automaton, void> {
  // By key; for one key, an exact-case alias first (it is more specific), then source order.
  const order = terms.map((_, i) => i).sort((x, y) => {
    const a = terms[x]!;
    const b = terms[y]!;
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    if ((a.exact === null) !== (b.exact === null)) return a.exact === null ? 1 : -1;
    return a.id - b.id || x - y;
  });

  const distinct = new Set<number>();
  let totalUnits = 0;
  for (const { key } of terms) {
    totalUnits += key.length;
    for (let i = 0; i < key.length; i++) distinct.add(key.charCodeAt(i));
  }
  const alphabet = [...distinct].sort((x, y) => x - y);
  // Only as long as the largest unit in a key: a few KB for Latin, Cyrillic and Persian, not 128 KB.
  const classOf = new Uint16Array((alphabet[alphabet.length - 1] ?? 0) + 1);
  alphabet.forEach((unit, i) => (classOf[unit] = i + 1));
  const classes = alphabet.length;

  const maxNodes = totalUnits + 1;
  const parent = new Int32Array(maxNodes);
  const viaCls = new Uint16Array(maxNodes);
  const out = new Int32Array(maxNodes).fill(-1);
  const patLenList: number[] = [];
  const altStartList: number[] = [];
  const altId: number[] = [];
  const altExact: Array<string | null> = [];
  const path: number[] = [0];
  let nodes = 1;
  let prev = '';
  yield;
  let done = 0;
  for (const index of order) {
    if ((++done & 63) === 0) yield;
    const { key, id, exact } = terms[index]!;
    if (key !== prev || patLenList.length === 0) {
      let lcp = 0;
      const max = Math.min(key.length, prev.length);
      while (lcp < max && key.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
      for (let d = lcp; d < key.length; d++) {
        const node = nodes++;
        parent[node] = path[d]!;
        viaCls[node] = classOf[key.charCodeAt(d)]!;
        path[d + 1] = node;
      }
      out[path[key.length]!] = patLenList.length;
      patLenList.push(key.length);
      altStartList.push(altId.length);
      prev = key;
    }
    altId.push(id);
    altExact.push(exact);
  }
  altStartList.push(altId.length);

  // Children in creation order, grouped by parent (counting sort keeps them sorted by class).
  const edgeStart = new Int32Array(nodes + 1);
  for (let n = 1; n < nodes; n++) edgeStart[parent[n]! + 1]!++;
  for (let n = 0; n < nodes; n++) edgeStart[n + 1]! += edgeStart[n]!;
  const fillAt = edgeStart.slice(0, nodes);
  const edgeCls = new Uint16Array(Math.max(0, nodes - 1));
  const edgeTo = new Int32Array(Math.max(0, nodes - 1));
  for (let n = 1; n < nodes; n++) {
    const slot = fillAt[parent[n]!]!++;
    edgeCls[slot] = viaCls[n]!;
    edgeTo[slot] = n;
  }
  const width = classes + 1;
  const denseAt = new Int32Array(nodes).fill(-1);
  let rows = 0;
  for (let n = 0; n < nodes; n++) if (n === 0 || edgeStart[n + 1]! - edgeStart[n]! >= DENSE_CHILDREN) denseAt[n] = rows++ * width;

  const automaton: Automaton = {
    classOf,
    width,
    dense: new Int32Array(rows * width),
    denseAt,
    edgeStart,
    edgeCls,
    edgeTo,
    fail: new Int32Array(nodes),
    out: out.slice(0, nodes),
    link: new Int32Array(nodes).fill(-1),
    patLen: Int32Array.from(patLenList),
    altStart: Int32Array.from(altStartList),
    altId: Int32Array.from(altId),
    altExact,
  };
  yield;
  yield* linkFailures(automaton, nodes);
  yield* fillDense(automaton, nodes);
  return automaton;
}

/** Nodes with at least this many children get a dense row (a few hundred rows at 10,000 terms). */
const DENSE_CHILDREN = 6;

/** The child of `node` along class `cls` in the trie (no failure), or -1. */
export function child(a: Automaton, node: number, cls: number): number {
  let lo = a.edgeStart[node]!;
  let hi = a.edgeStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = a.edgeCls[mid]!;
    if (c === cls) return a.edgeTo[mid]!;
    if (c < cls) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** One scan step: the next state from `s` on a unit of class `cls` (not 0). */
export function advance(a: Automaton, s: number, cls: number): number {
  // The root has a dense row, so this ends.
  for (;;) {
    const row = a.denseAt[s]!;
    if (row >= 0) return a.dense[row + cls]!;
    const t = child(a, s, cls);
    if (t >= 0) return t;
    s = a.fail[s]!;
  }
}

/** The automaton's move from `node` on `cls`, following failures (0: back at the root). */
export function resolve(a: Automaton, node: number, cls: number): number {
  for (let s = node; ; s = a.fail[s]!) {
    const t = child(a, s, cls);
    if (t >= 0) return t;
    if (s === 0) return 0;
  }
}

/** Fills the dense rows; needs the failure links. */
function* fillDense(a: Automaton, nodes: number): Generator<void, void, void> {
  for (let n = 0; n < nodes; n++) {
    const row = a.denseAt[n]!;
    if (row < 0) continue;
    for (let cls = 1; cls < a.width; cls++) a.dense[row + cls] = resolve(a, n, cls);
    yield;
  }
}

function* linkFailures(a: Automaton, nodes: number): Generator<void, void, void> {
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const n = queue[head++]!;
    if ((head & 255) === 0) yield;
    for (let e = a.edgeStart[n]!; e < a.edgeStart[n + 1]!; e++) {
      const t = a.edgeTo[e]!;
      const cls = a.edgeCls[e]!;
      const f = n === 0 ? 0 : resolve(a, a.fail[n]!, cls);
      a.fail[t] = f;
      a.link[t] = a.out[f]! >= 0 ? f : a.link[f]!;
      queue[tail++] = t;
    }
  }
}
