import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createGlossarySchemas, type GlossaryHeader } from '../../core/facts/glossary.ts';
import { reportIssues } from '../../core/facts/validate.ts';
import { localToday } from '../../core/facts/dates.ts';
import type { FactsIssue } from '../../core/facts/issues.ts';
import { formatIssue } from '../../core/facts/issues.ts';
import type { Entry } from '../../core/facts/types.ts';
import { compile, encodeMatcher, termSourcesFromEntries, type StoredMatcher } from '../../core/match/index.ts';
import type { ValidationResult } from '../../core/facts/validate.ts';
import { validateFacts } from '../../core/facts/validate.ts';
import type { RawFactsFile } from './facts-files.ts';
import { GLOSSARY_HEADER_FILE, readFactsFiles } from './facts-files.ts';

export interface FactsDirCheck extends ValidationResult {
  files: RawFactsFile[];
}

/** Reads and validates every facts file in `factsDir`. A missing or empty folder is an error too. */
export async function checkFactsDir(factsDir: string, today: string): Promise<FactsDirCheck> {
  const where = relative(process.cwd(), factsDir) || factsDir;
  let files: RawFactsFile[];
  try {
    files = await readFactsFiles(factsDir);
  } catch (e) {
    const message = `cannot read the facts folder: ${e instanceof Error ? e.message : String(e)}`;
    return { files: [], entries: [], warnings: [], errors: [{ file: where, field: '', message }] };
  }
  const result = validateFacts(files, { today });
  if (files.length === 0) {
    const issue: FactsIssue = { file: where, field: '', message: 'has no facts files (*.json)' };
    return { ...result, files, errors: [issue, ...result.errors] };
  }
  return { ...result, files };
}

export interface BuildData {
  /** The built-in glossary: its header and every validated entry (the background serves them). */
  glossary: { header: GlossaryHeader; entries: Entry[] };
  /** Every validated entry (the same as glossary.entries). */
  entries: Entry[];
  /** The compiled terms of the built-in glossary (the options page's live preview reads them). */
  dictionary: StoredMatcher;
}

/**
 * The build hook: the validated entries and their compiled dictionary, or an Error listing every
 * problem (one per line) so the build prints it and stops.
 */
export async function loadBuildData(opts: { factsDir: string; today?: string }): Promise<BuildData> {
  const { entries, errors } = await checkFactsDir(opts.factsDir, opts.today ?? localToday());
  if (errors.length > 0) {
    const lines = errors.map(formatIssue);
    throw new Error(`The facts files have ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
  }
  const header = await readHeader(opts.factsDir, opts.today ?? localToday());
  return { glossary: { header, entries }, entries, dictionary: encodeMatcher(compile(termSourcesFromEntries(entries))) };
}

/** The built-in glossary's header file, checked like an imported glossary's header. */
async function readHeader(factsDir: string, today: string): Promise<GlossaryHeader> {
  const path = join(factsDir, GLOSSARY_HEADER_FILE);
  const file = relative(process.cwd(), path) || path;
  let raw: unknown;
  try {
    raw = { ...(JSON.parse(await readFile(path, 'utf8')) as object), entries: [] };
  } catch (e) {
    throw new Error(`${file}: cannot read the built-in glossary's header (${e instanceof Error ? e.message : String(e)})`);
  }
  const problems: string[] = [];
  reportIssues(createGlossarySchemas(today).header, raw, (field, message) => problems.push(formatIssue({ file, field, message })));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const { entries: _none, ...header } = raw as GlossaryHeader & { entries: unknown };
  return header;
}
