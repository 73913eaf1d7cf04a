import { writeFile } from 'node:fs/promises';
import { isFullDate, localToday } from '../../core/facts/dates.ts';
import { formatIssue } from '../../core/facts/issues.ts';
import { buildGlossary, HEADER_FIELDS, type HeaderField, type HeaderOverrides } from './glossary-build.ts';
import { checkGlossaryFile, describeGlossary } from './glossary-check.ts';
import { GLOSSARY_SCHEMA_PATH, renderGlossaryJsonSchema } from './glossary-schema.ts';

const GLOSSARY_USAGE = `usage: npm run glossary -- COMMAND …
  check FILE…            validate glossary files as the options page's import does;
                         one line per problem (file, entry, field), exit 1 if any
  build DIR --out FILE   a glossary file from the facts files in DIR and DIR/glossary.header.json;
        [--id ID] [--name NAME] [--description TEXT] [--languages en,de] [--publisher TEXT]
        [--license TEXT] [--updated YYYY-MM-DD] [--homepage URL]   (override the header's fields;
                         "updated" defaults to today)
  schema [--out FILE]    write the glossary JSON Schema for editors (default ${GLOSSARY_SCHEMA_PATH})
  --today YYYY-MM-DD     check dates against this day instead of today (check, build)
exit code: 0 ok, 1 when a glossary has problems, 2 on a usage error`;

export interface GlossaryIo {
  out(line: string): void;
  err(line: string): void;
}

interface Parsed {
  command: string;
  positional: string[];
  today: string;
  out?: string;
  overrides: HeaderOverrides;
}

const VALUE_FLAGS = new Set<string>(['--out', '--today', ...HEADER_FIELDS.map((f) => `--${f}`)]);

function parseArgs(args: readonly string[]): Parsed | string {
  const [command, ...rest] = args;
  if (command === undefined) return 'no command given';
  if (command === '--help' || command === '-h') return '';
  const parsed: Parsed = { command, positional: [], today: localToday(), overrides: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--') {
      parsed.positional.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (flag === '--help') return '';
    if (!VALUE_FLAGS.has(flag)) return `unknown option ${flag}`;
    const value = eq < 0 ? rest[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return `${flag} needs a value`;
    if (flag === '--out') parsed.out = value;
    else if (flag === '--today') {
      if (!isFullDate(value)) return `--today needs a real date as YYYY-MM-DD (got ${value})`;
      parsed.today = value;
    } else parsed.overrides[flag.slice(2) as HeaderField] = value;
  }
  return parsed;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

async function check(p: Parsed, io: GlossaryIo): Promise<number> {
  if (p.positional.length === 0) return usage(io, 'check needs at least one file');
  if (p.out !== undefined || Object.keys(p.overrides).length > 0) return usage(io, 'check takes only files and --today');
  let problems = 0;
  let bad = 0;
  for (const file of p.positional) {
    const result = await checkGlossaryFile(file, p.today);
    if (result.glossary !== null) io.out(`${file}: ok: ${describeGlossary(result.glossary)}`);
    else {
      bad++;
      problems += result.errors.length;
      for (const issue of result.errors) io.err(formatIssue(issue));
    }
  }
  if (bad === 0) return 0;
  io.err(`glossary check: ${plural(problems, 'problem')} in ${plural(bad, 'file')} of ${p.positional.length}`);
  return 1;
}

async function build(p: Parsed, io: GlossaryIo): Promise<number> {
  const [dir, ...extra] = p.positional;
  if (dir === undefined || extra.length > 0) return usage(io, 'build needs exactly one folder');
  if (p.out === undefined) return usage(io, 'build needs --out FILE');
  const outcome = await buildGlossary({ dir, out: p.out, today: p.today, overrides: p.overrides });
  if (!outcome.ok) {
    for (const issue of outcome.errors) io.err(formatIssue(issue));
    io.err(`glossary build: ${plural(outcome.errors.length, 'problem')}; nothing written`);
    return 1;
  }
  io.out(`${outcome.out}: written: ${describeGlossary(outcome.glossary)}, ${(outcome.bytes / 1024).toFixed(0)} KB`);
  return 0;
}

async function schema(p: Parsed, io: GlossaryIo): Promise<number> {
  if (p.positional.length > 0 || Object.keys(p.overrides).length > 0) return usage(io, 'schema takes only --out');
  const out = p.out ?? GLOSSARY_SCHEMA_PATH;
  await writeFile(out, renderGlossaryJsonSchema());
  io.out(`${out}: written`);
  return 0;
}

function usage(io: GlossaryIo, problem: string): number {
  if (problem !== '') io.err(`glossary: ${problem}`);
  io.err(GLOSSARY_USAGE);
  return problem === '' ? 0 : 2;
}

/** The glossary command: returns the exit code; all output goes through `io`. */
export async function runGlossary(args: readonly string[], io: GlossaryIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usage(io, parsed);
  switch (parsed.command) {
    case 'check':
      return check(parsed, io);
    case 'build':
      return build(parsed, io);
    case 'schema':
      return schema(parsed, io);
    default:
      return usage(io, `unknown command ${parsed.command}`);
  }
}
