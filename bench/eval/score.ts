// The realtext-dev README's "Suggested scoring", for one case and summed up by language and entry.
//
// - Walk the expected annotations in document order; pair each with the first unused highlight
//   (in document order) that covers it or lies inside it (equal, inside or containing; a highlight
//   that only crosses one of its ends does not pair) and whose id the annotation's pattern accepts.
// - recall = paired annotations / expected annotations.
// - Wrong matches are unpaired highlights that are either on a strict (trap) page, or on any page
//   over an expected annotation (same overlap rule) whose pattern rejects their id. Other unpaired
//   highlights on ordinary pages are not scored: a later entry may rightly mark other words.
// - precision = 1 − wrong matches / all highlights.

export interface Expected {
  text: string;
  /** "^id$" or "^(a|b)$". */
  pattern: string;
  /** Offsets into the case's plain text; start is -1 when the text could not be placed. */
  start: number;
  end: number;
}

export interface Highlight {
  id: string;
  text: string;
  start: number;
  end: number;
}

export interface CaseInput {
  name: string;
  lang: string;
  strict: boolean;
  expected: readonly Expected[];
  /** In document order, as the scan CLI printed them. */
  highlights: readonly Highlight[];
}

export interface Miss {
  case: string;
  text: string;
  pattern: string;
}

export interface WrongMatch {
  case: string;
  text: string;
  id: string;
  /** "trap": any highlight on a strict page; "wrong id": over an annotation that expects another entry. */
  why: 'trap' | 'wrong id';
}

export interface CaseScore {
  name: string;
  lang: string;
  strict: boolean;
  expected: number;
  paired: number;
  highlights: number;
  wrong: number;
  /** For each expected annotation, the index of the highlight it paired with, or -1. */
  pairs: number[];
  misses: Miss[];
  wrongMatches: WrongMatch[];
  /** Highlights whose text was not found in the plain text: counted, never paired. */
  unplaced: Highlight[];
}

const placed = (s: { start: number }): boolean => s.start >= 0;

/** Equal, inside, or containing: the overlap that pairs a highlight with an annotation. */
export function covers(h: { start: number; end: number }, e: { start: number; end: number }): boolean {
  if (!placed(h) || !placed(e)) return false;
  return (h.start >= e.start && h.end <= e.end) || (h.start <= e.start && h.end >= e.end);
}

/** The entry ids an id pattern names: "^a$" → [a], "^(a|b)$" → [a, b]. */
export function patternIds(pattern: string): string[] {
  return pattern.replace(/^\^\(?/, '').replace(/\)?\$$/, '').split('|');
}

const accepts = (pattern: string, id: string): boolean => new RegExp(pattern).test(id);

export function scoreCase(c: CaseInput): CaseScore {
  const used = new Set<number>();
  const pairs = c.expected.map((e) => {
    const i = c.highlights.findIndex((h, k) => !used.has(k) && covers(h, e) && accepts(e.pattern, h.id));
    if (i >= 0) used.add(i);
    return i;
  });
  const misses = c.expected.filter((_, k) => pairs[k]! < 0).map((e) => ({ case: c.name, text: e.text, pattern: e.pattern }));
  const wrongMatches: WrongMatch[] = [];
  c.highlights.forEach((h, k) => {
    if (used.has(k)) return;
    const why = c.strict ? 'trap' : c.expected.some((e) => covers(h, e) && !accepts(e.pattern, h.id)) ? 'wrong id' : undefined;
    if (why) wrongMatches.push({ case: c.name, text: h.text, id: h.id, why });
  });
  return {
    name: c.name,
    lang: c.lang,
    strict: c.strict,
    expected: c.expected.length,
    paired: used.size,
    highlights: c.highlights.length,
    wrong: wrongMatches.length,
    pairs,
    misses,
    wrongMatches,
    unplaced: c.highlights.filter((h) => !placed(h)),
  };
}

export interface LanguageRow {
  lang: string;
  cases: number;
  expected: number;
  paired: number;
  /** paired / expected; null when nothing is expected. */
  recall: number | null;
  highlights: number;
  wrong: number;
  /** 1 − wrong / highlights; null when nothing was highlighted. */
  precision: number | null;
}

export interface EntryRow {
  id: string;
  /** Annotations whose pattern names this entry (an alternation counts for each entry it names). */
  expected: number;
  paired: number;
  /** Wrong matches carrying this id. */
  wrong: number;
}

const LANGUAGES = ['en', 'de', 'ru', 'fa'] as const;

function languageRow(lang: string, cases: readonly CaseScore[]): LanguageRow {
  const sum = (pick: (c: CaseScore) => number) => cases.reduce((n, c) => n + pick(c), 0);
  const expected = sum((c) => c.expected);
  const paired = sum((c) => c.paired);
  const highlights = sum((c) => c.highlights);
  const wrong = sum((c) => c.wrong);
  return {
    lang,
    cases: cases.length,
    expected,
    paired,
    recall: expected > 0 ? paired / expected : null,
    highlights,
    wrong,
    precision: highlights > 0 ? 1 - wrong / highlights : null,
  };
}

/** One row per language of the set (en, de, ru, fa, then any other), and "all". */
export function byLanguage(cases: readonly CaseScore[]): LanguageRow[] {
  const langs = [...LANGUAGES, ...new Set(cases.map((c) => c.lang).filter((l) => !(LANGUAGES as readonly string[]).includes(l)))];
  return [...langs.map((l) => languageRow(l, cases.filter((c) => c.lang === l))), languageRow('all', cases)];
}

/** Per entry, sorted by id; `inputs` gives the patterns of each case's annotations. */
export function byEntry(inputs: readonly CaseInput[], scores: readonly CaseScore[]): EntryRow[] {
  const rows = new Map<string, EntryRow>();
  const row = (id: string): EntryRow => {
    let r = rows.get(id);
    if (!r) rows.set(id, (r = { id, expected: 0, paired: 0, wrong: 0 }));
    return r;
  };
  inputs.forEach((c, k) => {
    const s = scores[k]!;
    c.expected.forEach((e, j) => {
      for (const id of patternIds(e.pattern)) {
        const r = row(id);
        r.expected++;
        if (s.pairs[j]! >= 0) r.paired++;
      }
    });
    for (const w of s.wrongMatches) row(w.id).wrong++;
  });
  return [...rows.values()].sort((a, b) => a.id.localeCompare(b.id));
}
