/**
 * Glossaries to matcher data (data.ts): every name's forms become patterns of word ids, each with
 * its alternatives (which entry, full or short, exact case, context rule); veto phrases become
 * blocking patterns and context words cue patterns, all in the same automaton, so a page is read
 * in one pass whatever the dictionary holds.
 *
 * Order is priority: when two entries claim a name and the first claims it without a rule, the
 * later one does not get it (the higher glossary wins; within one glossary facts:check refuses
 * such a pair). With rules, both keep it and the context decides on the page.
 */
import type { InflectMode } from '../../facts/vocabulary.ts';
import { ALT_BLOCK, ALT_CUE, ALT_FULL, ALT_SHORT, EXACT_CAPITAL, MATCHER_FORMAT, MATCHER_VERSION, type CompiledRule, type CueCondition, type MatcherData } from '../data.ts';
import { nameKey, tokenStrings } from '../tokens.ts';
import { buildAutomaton, Vocabulary } from './automaton.ts';
import { cueForms, formsOf } from './forms.ts';
import { fuzzyTable } from './fuzzy.ts';
import type { RuleSource, TermSource } from './sources.ts';

export type { NameSource, RuleSource, TermSource } from './sources.ts';
export { termSourcesFromEntries } from './sources.ts';

export interface CompileOptions {
  /** Keep the name each form came from, for `scan --explain` (costs space; pages do not need it). */
  explain?: boolean;
}

interface Alt {
  entry: number;
  kind: number;
  exact: number;
  rule: number;
  name: number;
}

class Patterns {
  readonly keys: number[][] = [];
  readonly alts: Alt[][] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly vocabulary: Vocabulary) {}

  add(form: string, alt: Alt): void {
    const tokens = tokenStrings(form);
    if (tokens.length === 0) return;
    const ids = tokens.map((t) => this.vocabulary.id(t));
    const key = ids.join(',');
    let p = this.byKey.get(key);
    if (p === undefined) {
      p = this.keys.length;
      this.byKey.set(key, p);
      this.keys.push(ids);
      this.alts.push([]);
    }
    const list = this.alts[p] as Alt[];
    if (list.some((a) => a.entry === alt.entry && a.kind === alt.kind && a.exact === alt.exact && a.rule === alt.rule)) return;
    // A name claimed without a rule by an earlier (higher) entry stays that entry's.
    if ((alt.kind === ALT_FULL || alt.kind === ALT_SHORT) && list.some((a) => a.kind === ALT_FULL && a.rule < 0 && a.exact === alt.exact && a.entry !== alt.entry)) return;
    list.push(alt);
  }
}

/** The name begins with a capital letter (scripts without case never do). */
function startsCapitalised(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function compile(sources: readonly TermSource[], options: CompileOptions = {}): MatcherData {
  const vocabulary = new Vocabulary();
  const patterns = new Patterns(vocabulary);
  const exact: string[] = [];
  const exactIndex = new Map<string, number>();
  const names: string[] = [];
  const cues = new Map<string, number>();
  const rules: CompiledRule[] = [];
  const nearMissWords = new Set<number>();
  const index = new Map(sources.map((s, i) => [s.id, i]));

  const exactOf = (text: string): number => {
    const key = nameKey(text, true);
    let i = exactIndex.get(key);
    if (i === undefined) exactIndex.set(key, (i = exact.push(key) - 1));
    return i;
  };
  // One cue per spelling: the inflector reads "Nord-Süd-Korridor" and "Nord Süd Korridor" apart
  // (a compound declines at its end), so two spellings that look alike to the matcher still have
  // forms of their own, and one must not stand in for the other.
  const cueOf = (word: string): number => {
    let id = cues.get(word);
    if (id === undefined) {
      cues.set(word, (id = cues.size));
      for (const form of cueForms(word)) patterns.add(form, { entry: id, kind: ALT_CUE, exact: -1, rule: -1, name: -1 });
    }
    return id;
  };
  const condition = (part: RuleSource['require']): CueCondition[] =>
    part === undefined
      ? []
      : [
          {
            cues: (part.words ?? []).map(cueOf),
            entries: (part.entries ?? []).flatMap((id) => (index.has(id) ? [index.get(id) as number] : [])),
            scope: part.scope ?? 'block',
          },
        ];

  sources.forEach((source, entry) => {
    // The entry's rules; veto phrases block where they match.
    const own = (source.rules ?? []).map((rule): CompiledRule => {
      for (const phrase of rule.veto?.phrases ?? []) {
        for (const form of cueForms(phrase)) patterns.add(form, { entry, kind: ALT_BLOCK, exact: -1, rule: -1, name: -1 });
      }
      return { require: condition(rule.require), veto: condition(rule.veto) };
    });
    // One compiled rule per set of rules a name needs together, numbered globally.
    const combined = new Map<string, number>();
    const ruleIndex = (which: readonly number[] | undefined): number => {
      const valid = [...new Set(which ?? [])].filter((i) => own[i] !== undefined).sort((a, b) => a - b);
      if (valid.length === 0) return -1;
      const key = valid.join(',');
      let at = combined.get(key);
      if (at === undefined) {
        const parts = valid.map((i) => own[i] as CompiledRule);
        at = rules.push({ require: parts.flatMap((r) => r.require), veto: parts.flatMap((r) => r.veto) }) - 1;
        combined.set(key, at);
      }
      return at;
    };
    for (const term of source.terms) {
      // People inflect every word ("Ali Chamenei" → "Ali Chameneis"), other names their head.
      const fallback: InflectMode = source.defaultInflect ?? (source.category === 'person' ? 'all' : 'head');
      const mode: InflectMode = term.caseSensitive ? 'none' : ((term.lang && source.inflect?.[term.lang]) ?? fallback);
      const name = options.explain ? names.push(term.text) - 1 : -1;
      const alt: Alt = {
        entry,
        kind: term.short ? ALT_SHORT : ALT_FULL,
        exact: term.caseSensitive ? exactOf(term.text) : -1,
        rule: ruleIndex(term.rules),
        name,
      };
      // One word only: a phrase's forms do not collide with other words, and descriptive names are
      // listed capitalised but written in lower case ("системы передачи финансовых сообщений").
      const capital = startsCapitalised(term.text) && tokenStrings(term.text).length === 1;
      for (const form of formsOf(term.text, term.lang, mode, source.romanNumerals === true, source.countable === true)) {
        // Forms are not made for case-sensitive names; a capitalised name's forms must stay capitalised.
        patterns.add(form, capital && form !== term.text ? { ...alt, exact: EXACT_CAPITAL } : alt);
        if (source.fuzzy === true && !term.caseSensitive) for (const token of tokenStrings(form)) nearMissWords.add(vocabulary.id(token));
      }
    }
  });

  const table = vocabulary.table();
  const automaton = buildAutomaton(patterns.keys, vocabulary.words.length);
  const flat = patterns.alts.flat();
  const altStart = new Int32Array(patterns.alts.length + 1);
  patterns.alts.forEach((list, p) => (altStart[p + 1] = (altStart[p] as number) + list.length));
  const column = (pick: (a: Alt) => number): Int32Array => Int32Array.from(flat, pick);
  return {
    format: MATCHER_FORMAT,
    version: MATCHER_VERSION,
    ...table,
    ...automaton,
    ...fuzzyTable(vocabulary.words, nearMissWords),
    patLen: Int32Array.from(patterns.keys, (k) => k.length),
    altStart,
    altEntry: column((a) => a.entry),
    altKind: column((a) => a.kind),
    altExact: column((a) => a.exact),
    altRule: column((a) => a.rule),
    altName: column((a) => a.name),
    ids: sources.map((s) => s.id),
    categories: sources.map((s) => s.category ?? ''),
    exact,
    rules,
    names,
  };
}
