/**
 * A slow, obviously correct matcher written from src/core/match/README.md, for the property tests
 * to hold the engine against. No automaton, no hashing, no compiled data: every form of every name
 * is tried at every token of every block, and the rules are applied as the README states them.
 *
 * Where the README leaves a case open, this file says which reading it takes (marked "Reading:").
 * The largest: README rule 4 says leftmost-longest runs over "the candidates that survive (5) and
 * (6)", but what only the page decides (rules with page scope, short forms) is decided after each
 * block took its leftmost-longest spans, so that blocks can be read alone, in any order (the
 * engine's design, resolve.ts). Reading: a span that the page then rules out marks nothing, and
 * the shorter names inside it are not tried again.
 */
import type { InflectMode } from '../../../src/core/match/inflect/index.ts';
import type { TermSource } from '../../../src/core/match/compile/sources.ts';
import { refNameForms, refPhraseForms, refTokens, type RefToken } from './reference-text.ts';

export interface RefMatch {
  start: number;
  end: number;
  id: string;
}

type Kind = 'full' | 'short' | 'veto';

/** One token sequence that means something: a form of a name, or a veto phrase. */
interface Pattern {
  entry: number;
  kind: Kind;
  /** Every rule that governs the name: all must hold (empty: no context needed). */
  rules: RefRule[];
  /** false: compared in the name's own case (a case-sensitive name). */
  fold: boolean;
  /** An inflected form of a capitalised name: the page's token must begin with a capital too. */
  capital: boolean;
  tokens: string[];
}

interface Condition {
  cues: string[][];
  entries: string[];
  scope: 'block' | 'page';
}

interface RefRule {
  require: Condition | undefined;
  veto: Condition | undefined;
}

interface RefDictionary {
  ids: string[];
  patterns: Pattern[];
}

function condition(c: { words?: string[] | undefined; entries?: string[] | undefined; scope?: 'block' | 'page' | undefined } | undefined): Condition | undefined {
  if (c === undefined) return undefined;
  const cues = (c.words ?? []).flatMap(refPhraseForms).filter((t) => t.length > 0);
  // Reading: a require that names no cue is never met (the name needs one of none), and a veto
  // that names none never rules anything out.
  return { cues, entries: c.entries ?? [], scope: c.scope ?? 'block' };
}

/** Rule 3 for every name of every source, plus the veto phrases of every rule. */
function refDictionary(sources: readonly TermSource[]): RefDictionary {
  const patterns: Pattern[] = [];
  sources.forEach((source, entry) => {
    const rules: RefRule[] = (source.rules ?? []).map((r) => ({ require: condition(r.require), veto: condition(r.veto) }));
    const fallback: InflectMode = source.defaultInflect ?? (source.category === 'person' ? 'all' : 'head');
    for (const name of source.terms) {
      const mode = name.lang === undefined ? 'none' : (source.inflect?.[name.lang] ?? fallback);
      const forms = refNameForms(name.text, { caseSensitive: name.caseSensitive, lang: name.lang, mode, roman: source.romanNumerals === true, countable: source.countable === true });
      const own = [...new Set(name.rules ?? [])].flatMap((i) => (rules[i] ? [rules[i]] : []));
      const capitalised = /^\p{Lu}/u.test(name.text) && name.text.charAt(0) !== name.text.charAt(0).toLowerCase();
      for (const { text, tokens } of forms) {
        const capital = !name.caseSensitive && capitalised && text !== name.text && (forms[0]?.tokens.length ?? 0) === 1;
        if (tokens.length > 0) patterns.push({ entry, kind: name.short === true ? 'short' : 'full', rules: own, fold: !name.caseSensitive, capital, tokens });
      }
    }
    for (const r of source.rules ?? []) {
      for (const phrase of r.veto?.phrases ?? []) {
        for (const tokens of refPhraseForms(phrase)) {
          if (tokens.length > 0) patterns.push({ entry, kind: 'veto', rules: [], fold: true, capital: false, tokens });
        }
      }
    }
  });
  // Rule 7 at its root: a form an earlier source claims as a full name without a rule is that
  // source's alone, so later entries get no reading of it (not even as a mention of them).
  const owned = (p: Pattern, q: Pattern): boolean =>
    q.entry < p.entry && q.kind === 'full' && q.rules.length === 0 && q.fold === p.fold && q.capital === p.capital && q.tokens.join('\u0000') === p.tokens.join('\u0000');
  return { ids: sources.map((s) => s.id), patterns: patterns.filter((p) => p.kind === 'veto' || !patterns.some((q) => owned(p, q))) };
}

interface Occurrence {
  start: number;
  end: number;
  /** Token indices, last inclusive. */
  first: number;
  last: number;
  pattern: Pattern;
}

/** Every place in a block where a pattern's tokens are the block's tokens. */
function occurrences(patterns: readonly Pattern[], folded: readonly RefToken[], exact: readonly RefToken[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const pattern of patterns) {
    const stream = pattern.fold ? folded : exact;
    const n = pattern.tokens.length;
    for (let i = 0; i + n <= stream.length; i++) {
      const first = exact[i]?.text.charAt(0) ?? '';
      if (pattern.capital && !(first !== first.toLowerCase() && first === first.toUpperCase())) continue;
      if (pattern.tokens.every((t, k) => stream[i + k]?.text === t)) {
        out.push({ start: (stream[i] as RefToken).start, end: (stream[i + n - 1] as RefToken).end, first: i, last: i + n - 1, pattern });
      }
    }
  }
  return out;
}

function containsTokens(stream: readonly RefToken[], tokens: readonly string[]): boolean {
  return runsOf(stream, tokens).length > 0;
}

/** Every place [first, last] where `tokens` occur in `stream`. */
function runsOf(stream: readonly RefToken[], tokens: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + tokens.length <= stream.length; i++) {
    if (tokens.every((t, k) => stream[i + k]?.text === t)) out.push([i, i + tokens.length - 1]);
  }
  return out;
}

interface Block {
  folded: RefToken[];
  occurrences: Occurrence[];
  /** Entries with an unconditional mention here: a full name no rule governs (Reading: wherever it occurs, whichever span wins there). */
  mentioned: Set<string>;
}

/** A span the block kept: its readings that the block's own context does not rule out. */
interface Span {
  start: number;
  end: number;
  first: number;
  last: number;
  names: Pattern[];
  veto: boolean;
}

/**
 * A whole page, in document order: each block's matches sorted by offset. The order of the steps
 * is the engine's design (README, rules 4–6): each block alone checks case and the rules with
 * block scope and takes leftmost-longest; then the page decides what needs the page (rules with
 * page scope, short forms). A span that loses there marks nothing: the names inside it are not
 * tried again.
 */
function refMatchBlocks(dict: RefDictionary, texts: readonly string[]): RefMatch[][] {
  const blocks: Block[] = texts.map((text) => {
    const folded = refTokens(text, true);
    const found = occurrences(dict.patterns, folded, refTokens(text, false));
    const mentioned = new Set(found.filter((o) => o.pattern.kind === 'full' && o.pattern.rules.length === 0).map((o) => dict.ids[o.pattern.entry] ?? ''));
    return { folded, occurrences: found, mentioned };
  });
  const holdsIn = (c: Condition, b: Block): boolean => c.cues.some((cue) => containsTokens(b.folded, cue)) || c.entries.some((id) => b.mentioned.has(id));
  const holdsOnPage = (c: Condition): boolean => blocks.some((b) => holdsIn(c, b));

  /** What the block alone says of a reading: false when its rule is not met here. */
  const requires = (p: Pattern): Condition[] => p.rules.flatMap((r) => (r.require ? [r.require] : []));
  const vetoes = (p: Pattern): Condition[] => p.rules.flatMap((r) => (r.veto ? [r.veto] : []));
  const blockKeeps = (p: Pattern, b: Block): boolean => {
    if (vetoes(p).some((v) => v.scope === 'block' && holdsIn(v, b))) return false;
    return requires(p).every((c) => c.scope === 'page' || holdsIn(c, b));
  };

  /**
   * What the page says of a kept reading: undefined if ruled out, else its rank (rule 5). Reading:
   * a name without a rule counts as having its context right there (0), like a requirement met in
   * the block; a requirement met only elsewhere, or a rule that only vetoes, ranks after (1).
   */
  const pageRank = (p: Pattern, b: Block, span: Span): [number, number] | undefined => {
    if (p.rules.length === 0) return [0, Infinity];
    if (vetoes(p).some((v) => v.scope === 'page' && holdsOnPage(v))) return undefined;
    const needs = requires(p);
    if (needs.length === 0) return [1, 0];
    // Reading: with the context in the block, the nearer it is the better; a name without a rule ranks after any such.
    if (needs.every((c) => holdsIn(c, b))) return [0, Math.max(...needs.map((c) => nearestIn(c, b, span)))];
    return needs.every((c) => holdsOnPage(c)) ? [1, 0] : undefined;
  };

  /** Tokens between the span and the closest place in the block that meets `c`. */
  const nearestIn = (c: Condition, b: Block, span: Span): number => {
    const places = [
      ...c.cues.flatMap((cue) => runsOf(b.folded, cue)),
      ...b.occurrences.filter((o) => o.pattern.kind === 'full' && o.pattern.rules.length === 0 && c.entries.includes(dict.ids[o.pattern.entry] ?? '')).map((o): [number, number] => [o.first, o.last]),
    ];
    return Math.min(...places.map(([f, l]) => (f > span.last ? f - span.last : l < span.first ? span.first - l : 0)));
  };

  // Per block: the spans it keeps, leftmost first, then longest; non-overlapping.
  const chosen = blocks.map((b) => {
    const spans = new Map<string, Span>();
    for (const o of b.occurrences) {
      const key = `${o.start}:${o.end}`;
      const span = spans.get(key) ?? { start: o.start, end: o.end, first: o.first, last: o.last, names: [], veto: false };
      if (o.pattern.kind === 'veto') span.veto = true;
      else if (blockKeeps(o.pattern, b)) span.names.push(o.pattern);
      spans.set(key, span);
    }
    const ordered = [...spans.values()].filter((s) => s.veto || s.names.length > 0).sort((x, y) => x.start - y.start || y.end - x.end);
    const out: Span[] = [];
    let taken = -1;
    for (const span of ordered) {
      if (span.start < taken) continue;
      taken = span.end;
      // Reading: a veto phrase that is also a name (the same span) is the name.
      if (span.names.length > 0) out.push(span);
    }
    return out;
  });

  // The page: full names, then short forms by the entry whose full name came last before them.
  // Reading: a short form counts only where no full name of any entry holds the same span.
  const lastFull = new Map<number, number>();
  let clock = 0;
  return chosen.map((spans, i) =>
    spans.flatMap((span) => {
      const b = blocks[i] as Block;
      let best: { entry: number; rank: [number, number] } | undefined;
      for (const p of span.names) {
        if (p.kind !== 'full') continue;
        const rank = pageRank(p, b, span);
        if (rank === undefined) continue;
        const better = best === undefined || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && (rank[1] < best.rank[1] || (rank[1] === best.rank[1] && p.entry < best.entry)));
        if (better) best = { entry: p.entry, rank };
      }
      if (best !== undefined) {
        lastFull.set(best.entry, clock++);
        return [{ start: span.start, end: span.end, id: dict.ids[best.entry] ?? '' }];
      }
      let short: { entry: number; when: number } | undefined;
      for (const p of span.names) {
        const when = lastFull.get(p.entry);
        if (p.kind !== 'short' || when === undefined || pageRank(p, b, span) === undefined) continue;
        if (short === undefined || when > short.when) short = { entry: p.entry, when };
      }
      return short === undefined ? [] : [{ start: span.start, end: span.end, id: dict.ids[short.entry] ?? '' }];
    }),
  );
}

/** The reference on a page given as its block texts. */
export function refMatch(sources: readonly TermSource[], texts: readonly string[]): RefMatch[][] {
  return refMatchBlocks(refDictionary(sources), texts);
}
