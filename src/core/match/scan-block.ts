/**
 * Reading one block of text: tokens → word ids → the automaton, in one pass. Then, for what it
 * found: the case of case-sensitive names, the context rules that the block itself decides, and
 * leftmost-longest among what is left ("Power of Siberia 2" over "Power of Siberia"; a veto phrase
 * such as "Innere Mongolei" over the name inside it). What only the whole page can decide
 * (short forms, rules with page scope) stays open: resolve.ts decides it.
 */
import { ALT_BLOCK, ALT_CUE, ALT_SHORT, EXACT_CAPITAL, type CueCondition, type MatcherData } from './data.ts';
import { nearWord } from './fuzzy.ts';
import { tokenize, tokenStrings, TOKEN_WORD, type TokenSink } from './tokens.ts';

/** One way to read a candidate: entry `entry`, as a full name or a short form. */
export interface Reading {
  entry: number;
  short: boolean;
  /** Index into data.rules, or -1. */
  rule: number;
  /** The block already satisfies the rule's requirement (page-scope rules may still hold on the page). */
  blockSatisfied: boolean;
  /**
   * With the requirement met in the block: how many tokens lie between the name and its nearest
   * required context (the farthest of them, for a name several requirements govern). Where two
   * entries both have their context in the block, the nearer one wins. Infinity otherwise.
   */
  distance: number;
  /** The name this form came from (compiled with `explain`), or -1. */
  name: number;
}

export interface Candidate {
  /** Offsets into the block's text, end exclusive. */
  start: number;
  end: number;
  readings: Reading[];
}

export interface BlockScan {
  /** Non-overlapping, in order; each has at least one reading. */
  candidates: Candidate[];
  /** Cue ids found in the block (for rules with page scope). */
  cues: number[];
  /** Entries named in the block without any condition (for rules that look for entries). */
  mentioned: number[];
}

/** Reused buffers: token spans and word ids of the block being read. */
class Tokens implements TokenSink {
  start: number[] = [];
  end: number[] = [];
  word: number[] = [];
  /** The block being read (a misspelt name is looked at in its own case). */
  text = '';
  constructor(private readonly data: MatcherData) {}

  reset(): void {
    this.start.length = 0;
    this.end.length = 0;
    this.word.length = 0;
  }

  // A word and a punctuation token are looked up alike (names hold both: "OPEC" "+").
  token(start: number, end: number, h1: number, h2: number, kind: number): void {
    this.start.push(start);
    this.end.push(end);
    let word = lookUp(this.data, h1, h2);
    if (word < 0 && kind === TOKEN_WORD && this.data.fzBloom.length > 0 && end - start >= 6 && capitalised(this.text, start)) {
      const [folded, more] = tokenStrings(this.text.slice(start, end));
      if (folded !== undefined && more === undefined) word = nearWord(this.data, folded);
    }
    this.word.push(word);
  }
}

function capitalised(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The word id of a token, or -1 when no name uses it. */
function lookUp(data: MatcherData, h1: number, h2: number): number {
  const { slots } = data;
  const mask = slots.length - 1;
  // At most one probe per slot: a page checks only the data's shape (data-check.ts), and a
  // damaged table without an empty slot must not hold the page forever.
  for (let slot = h1 & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
    const w = (slots[slot] ?? 0) - 1;
    if (w < 0) return -1;
    if (data.h1[w] === h1 && data.h2[w] === h2) return w;
  }
  return -1;
}

function child(data: MatcherData, node: number, word: number): number {
  let lo = data.childStart[node] as number;
  let hi = (data.childStart[node + 1] as number) - 1;
  const edges = data.edgeWord;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = edges[mid] as number;
    if (w === word) return mid + 1;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

interface Hit {
  first: number;
  last: number;
  pattern: number;
}

export class BlockScanner {
  private readonly tokens: Tokens;

  constructor(private readonly data: MatcherData) {
    this.tokens = new Tokens(data);
  }

  scan(text: string): BlockScan {
    const { data, tokens } = this;
    tokens.reset();
    tokens.text = text;
    tokenize(text, tokens);
    const hits: Hit[] = [];
    let s = 0;
    const nodes = data.fail.length;
    for (let i = 0; i < tokens.word.length; i++) {
      const w = tokens.word[i] as number;
      s = w < 0 ? 0 : this.next(s, w);
      // Output links point to earlier nodes in checked data; the count bounds damaged data too.
      for (let n = (data.out[s] ?? -1) >= 0 ? s : (data.link[s] ?? -1), steps = 0; n > 0 && steps < nodes; n = data.link[n] ?? -1, steps++) {
        const p = data.out[n] as number;
        hits.push({ first: i - (data.patLen[p] as number) + 1, last: i, pattern: p });
      }
    }
    return hits.length === 0 ? { candidates: [], cues: [], mentioned: [] } : this.decide(text, hits);
  }

  private next(state: number, word: number): number {
    const { data } = this;
    // Failure links point to earlier nodes in checked data; the count bounds damaged data too.
    for (let s = state, steps = 0; steps < data.fail.length; s = data.fail[s] ?? 0, steps++) {
      if (s === 0) return data.rootNext[word] ?? 0;
      const t = child(data, s, word);
      if (t >= 0) return t;
    }
    return 0;
  }

  /**
   * The hit's tokens in their own case, as a case-sensitive name's key. Offsets cover whole
   * clusters, and one cluster can hold two tokens (")" and a combining mark after it), so the
   * text between the hit's offsets may hold a token more at either end: take the hit's own.
   */
  private exactKey(text: string, hit: Hit): string {
    const { start, end } = this.tokens;
    const from = start[hit.first] as number;
    let before = 0;
    while (hit.first - before > 0 && start[hit.first - before - 1] === from) before++;
    return tokenStrings(text.slice(from, end[hit.last]), false)
      .slice(before, before + hit.last - hit.first + 1)
      .join(' ');
  }

  /** Case, block-scope rules, then leftmost-longest. */
  private decide(text: string, hits: Hit[]): BlockScan {
    const { data, tokens } = this;
    const cues = new Set<number>();
    const mentioned = new Set<number>();
    // Where each cue and each unconditional mention lies (token ranges), for the nearest context.
    const cueAt = new Map<number, Hit[]>();
    const mentionAt = new Map<number, Hit[]>();
    const note = (map: Map<number, Hit[]>, key: number, hit: Hit): void => {
      const list = map.get(key);
      if (list) list.push(hit);
      else map.set(key, [hit]);
    };
    interface Option {
      hit: Hit;
      readings: Reading[];
      block: boolean;
    }
    const options: Option[] = [];
    for (const hit of hits) {
      let exactHere: string | undefined;
      const readings: Reading[] = [];
      let block = false;
      // Capped at the alternatives there are: damaged data must not run a loop past them.
      const end = Math.min(data.altStart[hit.pattern + 1] ?? 0, data.altKind.length);
      for (let a = data.altStart[hit.pattern] ?? end; a < end; a++) {
        const kind = data.altKind[a] as number;
        const entry = data.altEntry[a] as number;
        if (kind === ALT_CUE) {
          cues.add(entry);
          note(cueAt, entry, hit);
          continue;
        }
        const exact = data.altExact[a] as number;
        if (exact === EXACT_CAPITAL) {
          if (!capitalised(text, tokens.start[hit.first] as number)) continue;
        } else if (exact >= 0 && (exactHere ??= this.exactKey(text, hit)) !== data.exact[exact]) continue;
        if (kind === ALT_BLOCK) {
          block = true;
          continue;
        }
        const rule = data.altRule[a] as number;
        const short = kind === ALT_SHORT;
        if (rule < 0 && !short) {
          mentioned.add(entry);
          note(mentionAt, entry, hit);
        }
        readings.push({ entry, short, rule, blockSatisfied: false, distance: Infinity, name: data.altName[a] as number });
      }
      if (block || readings.length > 0) options.push({ hit, readings, block });
    }
    // Rules the block decides: a requirement with block scope must be met here; a veto here rules out.
    for (const option of options) {
      option.readings = option.readings.filter((r) => {
        if (r.rule < 0) return true;
        const rule = data.rules[r.rule];
        if (!rule) return true;
        if (rule.veto.some((c) => c.scope === 'block' && holds(c, cues, mentioned))) return false;
        if (rule.require.length === 0) return true;
        // Every requirement with block scope must be met here; one with page scope may be met elsewhere.
        let all = true;
        for (const c of rule.require) {
          if (holds(c, cues, mentioned)) continue;
          if (c.scope === 'block') return false;
          all = false;
        }
        r.blockSatisfied = all;
        if (all) r.distance = Math.max(...rule.require.map((c) => nearest(c, option.hit, cueAt, mentionAt)));
        return true;
      });
    }
    // Leftmost-longest over what is left; a veto phrase takes its span like a name, and marks nothing.
    const live = options.filter((o) => o.block || o.readings.length > 0);
    live.sort((x, y) => x.hit.first - y.hit.first || y.hit.last - x.hit.last);
    const candidates: Candidate[] = [];
    let lastToken = -1;
    for (const option of live) {
      if (option.hit.first <= lastToken) continue;
      lastToken = option.hit.last;
      // A veto phrase that is also a name ("Inner Mongolia" of one entry, vetoed for another's
      // "Mongolia") is the name: the veto only keeps the names inside it from matching.
      if (option.readings.length === 0) continue;
      candidates.push({ start: tokens.start[option.hit.first] as number, end: tokens.end[option.hit.last] as number, readings: option.readings });
    }
    return { candidates, cues: [...cues], mentioned: [...mentioned] };
  }
}

/** Tokens between `hit` and the closest place in the block that meets `condition` (0: touching or inside). */
function nearest(condition: CueCondition, hit: Hit, cueAt: ReadonlyMap<number, Hit[]>, mentionAt: ReadonlyMap<number, Hit[]>): number {
  let best = Infinity;
  const consider = (places: readonly Hit[] | undefined): void => {
    for (const p of places ?? []) {
      const gap = p.first > hit.last ? p.first - hit.last : p.last < hit.first ? hit.first - p.last : 0;
      if (gap < best) best = gap;
    }
  };
  for (const c of condition.cues) consider(cueAt.get(c));
  for (const e of condition.entries) consider(mentionAt.get(e));
  return best;
}

export function holds(condition: CueCondition, cues: { has(id: number): boolean }, mentioned: { has(entry: number): boolean }): boolean {
  return condition.cues.some((c) => cues.has(c)) || condition.entries.some((e) => mentioned.has(e));
}
