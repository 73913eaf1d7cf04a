import { LANGUAGES, type Entry } from '../../core/facts/types.ts';
import { compile, createMatcher, termSourcesFromEntries, type Matcher } from '../../core/match/index.ts';
import { titleOf } from '../../core/facts/localize.ts';
import { readFactsFiles } from './facts-files.ts';

export interface ScanDictionary {
  matcher: Matcher;
  /** Entry id → title, for the report. */
  titles: Map<string, string>;
  /** Problems with the facts files: reported, never fatal while some entries are usable. */
  errors: string[];
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The part of an entry the scanner needs, or why it is unusable. */
function termsPart(raw: unknown): Entry | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'is not an object';
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || e.id === '') return 'has no id';
  if (typeof e.title !== 'object' || e.title === null || !Object.values(e.title).some((t) => typeof t === 'string')) return `"${e.id}" has no title`;
  const aliases = e.aliases;
  if (typeof aliases !== 'object' || aliases === null) return `"${e.id}" has no aliases object`;
  for (const lang of LANGUAGES) {
    const list = (aliases as Record<string, unknown>)[lang];
    if (list !== undefined && !isStrings(list)) return `"${e.id}" has aliases.${lang} that is not a list of strings`;
  }
  if (e.caseSensitive !== undefined && !isStrings(e.caseSensitive)) return `"${e.id}" has a caseSensitive that is not a list of strings`;
  return raw as Entry;
}

/**
 * Reads the facts folder raw (titles, aliases and case rules are all a scan needs; dates and
 * sources are facts:check's business) and compiles the matcher from every usable entry.
 */
export async function loadScanDictionary(dir: string): Promise<ScanDictionary> {
  const errors: string[] = [];
  const entries: Entry[] = [];
  let files: Awaited<ReturnType<typeof readFactsFiles>> = [];
  try {
    files = await readFactsFiles(dir);
  } catch (e) {
    errors.push(`${dir}: cannot read the facts folder (${e instanceof Error ? e.message : String(e)})`);
  }
  if (files.length === 0 && errors.length === 0) errors.push(`${dir}: no facts files (*.json)`);
  const seen = new Set<string>();
  for (const file of files) {
    if (file.parseError !== undefined) {
      errors.push(`${file.file}: not valid JSON (${file.parseError})`);
      continue;
    }
    const list = (file.data as { entries?: unknown } | null)?.entries;
    if (typeof file.data !== 'object' || file.data === null || !Array.isArray(list)) {
      errors.push(`${file.file}: not a facts file (expected an object with an "entries" list)`);
      continue;
    }
    list.forEach((raw, i) => {
      const entry = termsPart(raw);
      if (typeof entry === 'string') errors.push(`${file.file}: entries[${i}] ${entry}; skipped`);
      else if (seen.has(entry.id)) errors.push(`${file.file}: entries[${i}] repeats the id "${entry.id}"; skipped`);
      else {
        seen.add(entry.id);
        entries.push(entry);
      }
    });
  }
  return {
    matcher: createMatcher(compile(termSourcesFromEntries(entries), { explain: true })),
    titles: new Map(entries.map((e) => [e.id, titleOf(e)])),
    errors,
  };
}
