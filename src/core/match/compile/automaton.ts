/**
 * The word table and the Aho–Corasick automaton over word ids, laid out as data.ts describes.
 * Runs where glossaries are compiled (the background, the build, the CLI), never on a page.
 */
import { hashToken } from '../tokens.ts';

export interface WordTable {
  slots: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
}

/** Word ids in order of first use; `id(token)` adds a word the first time it is seen. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];

  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(token, id);
      this.words.push(token);
    }
    return id;
  }

  /** Open addressing on the first hash, at most half full; both hashes must agree on lookup. */
  table(): WordTable {
    const n = this.words.length;
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    const slots = new Int32Array(cap);
    const h1 = new Int32Array(n);
    const h2 = new Int32Array(n);
    const seen = new Map<string, string>();
    this.words.forEach((word, i) => {
      const [a, b] = hashToken(word);
      const pair = `${a}:${b}`;
      const other = seen.get(pair);
      // 64 bits make this vanishingly rare; refuse rather than confuse two words silently.
      if (other !== undefined) throw new Error(`Gloss matcher: the words ${JSON.stringify(other)} and ${JSON.stringify(word)} share a hash`);
      seen.set(pair, word);
      h1[i] = a;
      h2[i] = b;
      let slot = a & (cap - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (cap - 1);
      slots[slot] = i + 1;
    });
    return { slots, h1, h2 };
  }
}

export interface Automaton {
  rootNext: Int32Array;
  childStart: Int32Array;
  edgeWord: Int32Array;
  fail: Int32Array;
  out: Int32Array;
  link: Int32Array;
}

interface TrieNode {
  children: Map<number, TrieNode>;
  pattern: number;
  id: number;
}

/** Builds the automaton for `keys` (each a list of word ids; key i is pattern i). */
export function buildAutomaton(keys: readonly (readonly number[])[], wordCount: number): Automaton {
  const root: TrieNode = { children: new Map(), pattern: -1, id: 0 };
  keys.forEach((key, pattern) => {
    let node = root;
    for (const word of key) {
      let next = node.children.get(word);
      if (!next) node.children.set(word, (next = { children: new Map(), pattern: -1, id: -1 }));
      node = next;
    }
    node.pattern = pattern;
  });

  // Breadth-first numbering, children in word order: the edges of node n then sit together, and
  // the edge at index e leads to node e + 1.
  const order: TrieNode[] = [root];
  const parentOf: number[] = [-1];
  const viaWord: number[] = [-1];
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as TrieNode;
    const words = [...node.children.keys()].sort((a, b) => a - b);
    for (const word of words) {
      const child = node.children.get(word) as TrieNode;
      child.id = order.length;
      order.push(child);
      parentOf.push(i);
      viaWord.push(word);
    }
  }
  const n = order.length;
  const childStart = new Int32Array(n + 1);
  const edgeWord = new Int32Array(Math.max(0, n - 1));
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = (order[i] as TrieNode).pattern;
  // Node i's children are the consecutive nodes whose parent is i; edge e = node e + 1.
  let e = 0;
  for (let i = 0; i < n; i++) {
    childStart[i] = e;
    while (e < n - 1 && parentOf[e + 1] === i) {
      edgeWord[e] = viaWord[e + 1] as number;
      e++;
    }
  }
  childStart[n] = e;

  const rootNext = new Int32Array(wordCount);
  for (let c = childStart[0] as number; c < (childStart[1] as number); c++) rootNext[edgeWord[c] as number] = c + 1;

  const child = (node: number, word: number): number => {
    let lo = childStart[node] as number;
    let hi = (childStart[node + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = edgeWord[mid] as number;
      if (w === word) return mid + 1;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  const fail = new Int32Array(n);
  const link = new Int32Array(n).fill(-1);
  // Breadth-first numbering is breadth-first order: a node's failure target always comes earlier.
  for (let node = 1; node < n; node++) {
    const parent = parentOf[node] as number;
    const word = viaWord[node] as number;
    let f = 0;
    if (parent !== 0) {
      let s = fail[parent] as number;
      for (;;) {
        const t = s === 0 ? (rootNext[word] as number) || -1 : child(s, word);
        if (t >= 0) {
          f = t;
          break;
        }
        if (s === 0) break;
        s = fail[s] as number;
      }
    }
    fail[node] = f;
    link[node] = (out[f] as number) >= 0 ? f : (link[f] as number);
  }
  return { rootNext, childStart, edgeWord, fail, out, link };
}
