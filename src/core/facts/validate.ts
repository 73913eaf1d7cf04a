import * as v from 'valibot';
import type { LocatedEntry, Report } from './cross-checks.ts';
import { checkCaseSensitive, checkNameOwners, checkRelated, checkShortForms, checkUniqueIds } from './cross-checks.ts';
import { isFullDate } from './dates.ts';
import type { FactsIssue } from './issues.ts';
import { describeValue, joinPath } from './issues.ts';
import { createSchemas, REPEATS, unknownKeyMessage, type FactsSchemas } from './schema.ts';
import type { Entry } from './types.ts';
import { BUILTIN_LANGUAGES, type Language } from './vocabulary.ts';

/** One facts file as read from disk (the shape readFactsFiles returns). */
export interface FactsFileInput {
  file: string;
  data: unknown;
  parseError?: string;
}

export interface ValidateOptions {
  /** YYYY-MM-DD. Dates (asOf, sources, timeline, reviewed) after it are errors. */
  today: string;
  /** The languages every reader-facing text needs; the built-in glossary's (English and German) by default. */
  languages?: readonly Language[];
}

export interface ValidationResult {
  /** Entries with no error of their own, in file order. Use them only when `errors` is empty. */
  entries: Entry[];
  /** Any error means the facts must not ship. */
  errors: FactsIssue[];
  /** Harmless oddities (an alias repeated inside one entry); never fail the check. */
  warnings: FactsIssue[];
}

function issueFor(entry: LocatedEntry, path: string, message: string): FactsIssue {
  if (entry.id !== undefined) return { file: entry.file, id: entry.id, field: path, message };
  const base = `entries[${entry.index}]`;
  return { file: entry.file, field: path === '' ? base : `${base}.${path}`, message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs `schema` over `value` and reports every issue at its field path ("facts[1].source.url"). */
export function reportIssues(schema: v.GenericSchema, value: unknown, report: (path: string, message: string) => void): boolean {
  const result = v.safeParse(schema, value);
  if (result.success) return true;
  for (const issue of result.issues) {
    const path = (issue.path ?? []).reduce<string>((p, item) => joinPath(p, item.key as string | number), '');
    report(path, messageAt(path, issue.message));
  }
  return false;
}

/** A repeat in a list names its first use by full path, which valibot adds only after the message is made. */
function messageAt(path: string, message: string): string {
  if (!message.startsWith(REPEATS)) return message;
  const list = path.replace(/\[\d+\]$/, '');
  return `repeats ${list}[${message.slice(REPEATS.length)}`;
}

/** Array.isArray that narrows to unknown[], never to an untyped array: the file's contents are not checked yet. */
function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function idOf(raw: unknown): string | undefined {
  if (!isPlainObject(raw)) return undefined;
  const id = raw['id'];
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/** Checks the file's own level and returns its raw entries, or undefined when there are none to check. */
function entriesOfFile(input: FactsFileInput, schemas: FactsSchemas, errors: FactsIssue[]): unknown[] | undefined {
  const { file } = input;
  if (input.parseError !== undefined) {
    errors.push({ file, field: '', message: `is not valid JSON: ${input.parseError}` });
    return undefined;
  }
  const data = input.data;
  if (!isPlainObject(data)) {
    errors.push({ file, field: '', message: `must be a JSON object with an "entries" list (got ${describeValue(data)})` });
    return undefined;
  }
  const known = ['$schema', 'entries'];
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) errors.push({ file, field: key, message: unknownKeyMessage(key, known) });
  }
  if (data['$schema'] !== undefined) {
    reportIssues(schemas.schemaRef, data['$schema'], (_, message) => errors.push({ file, field: '$schema', message }));
  }
  const entries = data['entries'];
  if (entries === undefined) {
    errors.push({ file, field: 'entries', message: 'is required' });
    return undefined;
  }
  if (!isList(entries)) {
    errors.push({ file, field: 'entries', message: `must be a list (got ${describeValue(entries)})` });
    return undefined;
  }
  return entries;
}

/**
 * Validates every facts file together (ids and names must be unique across files) and reports
 * every problem at once, each naming the file, the entry and the exact field.
 */
export function validateFacts(files: readonly FactsFileInput[], options: ValidateOptions): ValidationResult {
  if (!isFullDate(options.today)) {
    throw new RangeError(`validateFacts: today must be a real date as YYYY-MM-DD (got ${describeValue(options.today)})`);
  }
  const schemas = createSchemas({ today: options.today, languages: options.languages ?? BUILTIN_LANGUAGES });
  const errors: FactsIssue[] = [];
  const warnings: FactsIssue[] = [];
  const located: LocatedEntry[] = [];
  const shapeOk = new Set<LocatedEntry>();
  const faulty = new Set<LocatedEntry>();
  const report: Report = (entry, path, message) => {
    faulty.add(entry);
    errors.push(issueFor(entry, path, message));
  };

  for (const input of files) {
    const raws = entriesOfFile(input, schemas, errors);
    raws?.forEach((raw, index) => {
      const entry: LocatedEntry = { file: input.file, index, id: idOf(raw), raw };
      located.push(entry);
      const ok = reportIssues(schemas.entry, raw, (path, message) => report(entry, path, message));
      if (ok) shapeOk.add(entry);
    });
  }

  checkUniqueIds(located, report);
  checkCaseSensitive(located, report);
  checkNameOwners(located, report, (entry, path, message) => warnings.push(issueFor(entry, path, message)));
  checkShortForms(located, report);
  checkRelated(located, report);

  // Cross-entry errors are found after all shape errors; list each file's problems together.
  const order = new Map(files.map((f, i) => [f.file, i]));
  const byFile = (a: FactsIssue, b: FactsIssue): number => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0);
  errors.sort(byFile);
  warnings.sort(byFile);

  // The entry schema accepted these, and Entry is inferred from it.
  const entries = located.filter((e) => shapeOk.has(e) && !faulty.has(e)).map((e) => e.raw as Entry);
  return { entries, errors, warnings };
}
