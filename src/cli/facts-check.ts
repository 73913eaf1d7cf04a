// npm run facts:check [-- --json] [--stale] [--dir DIR] [--today YYYY-MM-DD] [--write-schema]
// Validates every facts file; exits 1 naming file, entry and field for each problem.
// --stale lists the entries due for review (past their category's freshness, see freshness.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isFullDate, localToday } from '../core/facts/dates.ts';
import type { FactsIssue } from '../core/facts/issues.ts';
import { formatIssue } from '../core/facts/issues.ts';
import { renderJsonSchema, SCHEMA_FILE_NAME } from '../core/facts/json-schema.ts';
import { stalenessOf } from '../core/facts/freshness.ts';
import { titleOf } from '../core/facts/localize.ts';
import { LANGUAGES, type Entry } from '../core/facts/types.ts';
import { checkFactsDir } from './lib/build-data.ts';

const USAGE = 'usage: npm run facts:check -- [--json] [--stale] [--dir DIR] [--today YYYY-MM-DD] [--write-schema]';

interface Options {
  json: boolean;
  stale: boolean;
  dir: string;
  today: string;
  writeSchema: boolean;
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { json: false, stale: false, dir: 'src/facts', today: localToday(), writeSchema: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--json') options.json = true;
    else if (flag === '--stale') options.stale = true;
    else if (flag === '--write-schema') options.writeSchema = true;
    else if (flag === '--dir') {
      const dir = value();
      if (dir === undefined || dir === '') return '--dir needs a folder';
      options.dir = dir;
    } else if (flag === '--today') {
      const today = value();
      if (today === undefined || !isFullDate(today)) return `--today needs a real date as YYYY-MM-DD (got ${today ?? 'nothing'})`;
      options.today = today;
    } else if (flag === '--help' || flag === '-h') return '';
    else return `unknown argument: ${arg}`;
  }
  return options;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The committed schema must equal the generated one, or editors check against stale rules. */
function schemaIssues(dir: string, write: boolean): FactsIssue[] {
  const path = join(dir, SCHEMA_FILE_NAME);
  const file = relative(process.cwd(), path) || path;
  const expected = renderJsonSchema();
  if (write) {
    writeFileSync(path, expected);
    console.error(`facts:check: wrote ${file}`);
    return [];
  }
  if (!existsSync(path) || readFileSync(path, 'utf8') === expected) return [];
  return [{ file, field: '', message: 'is out of date; run `npm run facts:check -- --write-schema`' }];
}

function summary(entries: readonly Entry[], fileCount: number): string {
  const facts = entries.reduce((n, e) => n + e.facts.length, 0);
  const aliases = entries.reduce((n, e) => n + LANGUAGES.reduce((m, lang) => m + e.aliases[lang].length, 0), 0);
  return `${plural(entries.length, 'entry', 'entries')}, ${plural(facts, 'fact')}, ${plural(aliases, 'alias', 'aliases')} in ${plural(fileCount, 'file')}`;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed !== '') console.error(`facts:check: ${parsed}`);
    console.error(USAGE);
    return parsed === '' ? 0 : 2;
  }
  const dir = resolve(parsed.dir);
  const result = await checkFactsDir(dir, parsed.today);
  const errors = [...result.errors, ...schemaIssues(dir, parsed.writeSchema)];
  for (const issue of errors) console.error(formatIssue(issue));
  for (const issue of result.warnings) console.error(`warning: ${formatIssue(issue)}`);
  if (errors.length > 0) {
    console.error(`facts:check: ${plural(errors.length, 'error')}, ${plural(result.warnings.length, 'warning')} in ${plural(result.files.length, 'file')}`);
    return 1;
  }
  const line = `facts:check: ok: ${summary(result.entries, result.files.length)}`;
  if (parsed.stale) {
    const due = result.entries
      .map((entry) => ({ entry, staleness: stalenessOf(entry, parsed.today) }))
      .filter((d) => d.staleness.stale)
      .sort((a, b) => (a.staleness.since ?? '').localeCompare(b.staleness.since ?? ''));
    for (const { entry, staleness } of due) {
      console.log(`${entry.id}\t${titleOf(entry)}\treviewed ${entry.reviewed}\tstale since ${staleness.since} (${entry.category}, ${staleness.afterDays} days)`);
    }
    console.error(`facts:check: ${plural(due.length, 'entry', 'entries')} due for review of ${result.entries.length}`);
    return 0;
  }
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify(result.entries, null, 2)}\n`);
    console.error(line);
  } else {
    console.log(line);
  }
  return 0;
}

// exitCode rather than process.exit(): a large --json output on a pipe must finish flushing.
process.exitCode = await main();
