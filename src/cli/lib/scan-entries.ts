/**
 * The part of an entry the scanner needs (id, titles, names, case rules, context rules), read
 * leniently: dates, facts and sources are for `facts:check` and `glossary check`, so a draft with
 * an unchecked fact still scans. What the matcher cannot use is reported and the entry skipped.
 */
import { LANGUAGES, type Entry } from '../../core/facts/types.ts';

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optionalStrings = (x: unknown): boolean => x === undefined || isStrings(x);

/** Why a context rule cannot be compiled, or null. */
function ruleProblem(rule: unknown): string | null {
  if (!isRecord(rule) || !isStrings(rule['names'])) return 'has no list of names';
  for (const part of ['require', 'veto'] as const) {
    const cues = rule[part];
    if (cues === undefined) continue;
    if (!isRecord(cues)) return `has a "${part}" that is not an object`;
    for (const list of ['words', 'entries', 'phrases']) if (!optionalStrings(cues[list])) return `has ${part}.${list} that is not a list of strings`;
    if (cues['scope'] !== undefined && cues['scope'] !== 'block' && cues['scope'] !== 'page') return `has ${part}.scope that is neither "block" nor "page"`;
  }
  return null;
}

/** The entry as the scanner uses it, or why it is unusable. */
function termsPart(raw: unknown): Entry | string {
  if (!isRecord(raw)) return 'is not an object';
  const e = raw;
  if (typeof e['id'] !== 'string' || e['id'] === '') return 'has no id';
  const id = e['id'];
  const title = e['title'];
  if (!isRecord(title) || !Object.values(title).some((t) => typeof t === 'string')) return `"${id}" has no title`;
  const aliases = e['aliases'];
  if (!isRecord(aliases)) return `"${id}" has no aliases object`;
  for (const lang of LANGUAGES) if (!optionalStrings(aliases[lang])) return `"${id}" has aliases.${lang} that is not a list of strings`;
  if (!optionalStrings(e['caseSensitive'])) return `"${id}" has a caseSensitive that is not a list of strings`;
  const short = e['shortForms'];
  if (short !== undefined) {
    if (!isRecord(short)) return `"${id}" has shortForms that is not an object`;
    for (const lang of LANGUAGES) if (!optionalStrings(short[lang])) return `"${id}" has shortForms.${lang} that is not a list of strings`;
  }
  const context = e['context'];
  if (context !== undefined) {
    if (!Array.isArray(context)) return `"${id}" has a context that is not a list`;
    for (const [i, rule] of context.entries()) {
      const problem = ruleProblem(rule);
      if (problem !== null) return `"${id}" has a context[${i}] that ${problem}`;
    }
  }
  // The rest of the entry is not checked here; `related` is namespaced for glossaries, so it must be a list.
  return { ...e, related: isStrings(e['related']) ? e['related'] : [] } as Entry;
}

/**
 * Every usable entry of `list` (the "entries" of a facts or glossary file); problems go to
 * `errors`. `seen` holds the ids already taken (across the files of one folder).
 */
export function usableEntries(list: readonly unknown[], file: string, errors: string[], seen = new Set<string>()): Entry[] {
  const entries: Entry[] = [];
  list.forEach((raw, i) => {
    const entry = termsPart(raw);
    if (typeof entry === 'string') errors.push(`${file}: entries[${i}] ${entry}; skipped`);
    else if (seen.has(entry.id)) errors.push(`${file}: entries[${i}] repeats the id "${entry.id}"; skipped`);
    else {
      seen.add(entry.id);
      entries.push(entry);
    }
  });
  return entries;
}
