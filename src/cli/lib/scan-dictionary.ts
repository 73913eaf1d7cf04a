import type { Entry } from '../../core/facts/types.ts';
import { compile, createMatcher, termSourcesFromEntries, type Matcher } from '../../core/match/index.ts';
import { titleOf } from '../../core/facts/localize.ts';
import { readFactsFiles } from './facts-files.ts';
import { usableEntries } from './scan-entries.ts';
import { loadScanGlossary } from './scan-glossaries.ts';

export interface ScanDictionary {
  matcher: Matcher;
  /** Every entry the matcher was compiled from, in priority order (glossary entries namespaced). */
  entries: Entry[];
  /** Entry id → title, for the report. */
  titles: Map<string, string>;
  /** Problems with the facts ("facts: …") or glossary files ("glossary: …"): reported, never fatal while some entries are usable. */
  errors: string[];
  /** Worth saying, not a failure (a glossary the options page would refuse). */
  warnings: string[];
}

export interface ScanSources {
  /** The built-in glossary's facts folder, or null to leave it out. */
  facts: string | null;
  /** Glossary files, after the built-in one, in priority order. */
  glossaries?: readonly string[];
}

/**
 * Reads the facts folder raw (titles, aliases and case rules are all a scan needs; dates and
 * sources are facts:check's business).
 */
async function builtinEntries(dir: string, errors: string[]): Promise<Entry[]> {
  let files: Awaited<ReturnType<typeof readFactsFiles>> = [];
  try {
    files = await readFactsFiles(dir);
  } catch (e) {
    errors.push(`${dir}: cannot read the facts folder (${e instanceof Error ? e.message : String(e)})`);
    return [];
  }
  if (files.length === 0) errors.push(`${dir}: no facts files (*.json)`);
  const entries: Entry[] = [];
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
    // Ids are unique across the folder, as facts:check requires.
    entries.push(...usableEntries(list, file.file, errors, seen));
  }
  return entries;
}

/**
 * The matcher for a scan: the built-in glossary first, then each glossary file in order, which is
 * their priority when two claim a name (core/match/README.md, rule 7), as in the extension.
 */
export async function loadScanSources(sources: ScanSources): Promise<ScanDictionary> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const factsErrors: string[] = [];
  const entries: Entry[] = sources.facts === null ? [] : await builtinEntries(sources.facts, factsErrors);
  errors.push(...factsErrors.map((e) => `facts: ${e}`));
  const taken = new Set<string>();
  for (const file of sources.glossaries ?? []) {
    const load = await loadScanGlossary(file, taken);
    errors.push(...load.errors.map((e) => `glossary: ${e}`));
    warnings.push(...load.warnings);
    if (load.glossary === null) continue;
    taken.add(load.glossary.id);
    entries.push(...load.glossary.entries);
  }
  return {
    matcher: createMatcher(compile(termSourcesFromEntries(entries), { explain: true })),
    entries,
    titles: new Map(entries.map((e) => [e.id, titleOf(e)])),
    errors,
    warnings,
  };
}

/** The built-in glossary alone, from its facts folder. */
export function loadScanDictionary(dir: string): Promise<ScanDictionary> {
  return loadScanSources({ facts: dir });
}
