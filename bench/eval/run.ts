// npm run eval -- [--json] [--write] [--results FILE]
// Gloss's recall and precision on the real-text development set (../shared/realtext-dev, or the
// folder in GLOSS_REALTEXT), measured through the scan CLI as a maintainer would run it and scored
// as the set's README suggests (see score.ts, and plain-text.ts for how matches are placed).
//   --json     everything as one JSON object
//   --write    also put the tables (numbers and entry ids, no excerpt text) into bench/RESULTS.md,
//              section "Real text (realtext-dev)"; --results FILE writes there instead
// Without the folder it prints a one-line notice and exits 0, so nothing breaks on other machines.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCases } from './cases.ts';
import { evaluateCases } from './evaluate.ts';
import { textReport, writeSection, type EvalResult } from './report.ts';
import { scanPages } from './scan-cli.ts';
import { byEntry, byLanguage } from './score.ts';

/**
 * The repo root. run-ts bundles this file into node_modules/.cache, so import.meta.url cannot
 * tell; it passes the entry's own path as argv[1], which lies in <root>/bench/eval.
 */
function repoRoot(): string {
  const fromEntry = resolve(dirname(process.argv[1] ?? ''), '..', '..');
  return existsSync(join(fromEntry, 'scripts', 'run-ts.mjs')) ? fromEntry : process.cwd();
}

function git(root: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const write = argv.includes('--write');
  const resultsAt = argv.indexOf('--results');
  const unknown = argv.filter((a, i) => !['--json', '--write', '--results'].includes(a) && !(resultsAt >= 0 && i === resultsAt + 1));
  if (unknown.length > 0 || (resultsAt >= 0 && argv[resultsAt + 1] === undefined)) {
    process.stderr.write(`eval: unknown arguments ${unknown.join(' ')}\nusage: npm run eval -- [--json] [--write] [--results FILE]\n`);
    return 2;
  }
  const root = repoRoot();
  // The default is a sibling of the checkout; an override is taken as given (relative to where it was typed).
  const override = process.env.GLOSS_REALTEXT;
  const set = override ? resolve(override) : resolve(root, '..', 'shared', 'realtext-dev');
  if (!existsSync(set) || !statSync(set).isDirectory()) {
    process.stderr.write(`eval: SKIPPED — no real-text set at ${set} (set GLOSS_REALTEXT=/path/to/realtext-dev); nothing measured\n`);
    return 0;
  }

  const cases = readCases(set);
  const pageOf = new Map(cases.map((c) => [c.name, join(set, `${c.name}.html`)]));
  const matches = scanPages(root, [...pageOf.values()]);
  const { inputs, scores } = evaluateCases(cases, (c) => matches.get(pageOf.get(c.name)!) ?? []);
  const lost = inputs.flatMap((c) => c.expected.filter((e) => e.start < 0).map((e) => `${c.name}: “${e.text}”`));
  if (lost.length > 0) throw new Error(`annotations not found in their case's text (run node check.mjs in ${set}):\n  ${lost.join('\n  ')}`);

  const result: EvalResult = {
    set,
    date: new Date().toISOString().slice(0, 10),
    commit: git(root, ['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(root, ['status', '--porcelain', '--', 'src']) !== '',
    cases: cases.length,
    languages: byLanguage(scores),
    entries: byEntry(inputs, scores),
    misses: scores.flatMap((s) => s.misses),
    wrong: scores.flatMap((s) => s.wrongMatches),
    unplaced: scores.flatMap((s) => s.unplaced.map((h) => ({ case: s.name, ...h }))),
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${textReport(result).join('\n')}\n`);
  if (write) {
    const path = resolve(root, resultsAt >= 0 ? argv[resultsAt + 1]! : join('bench', 'RESULTS.md'));
    writeSection(path, result);
    process.stderr.write(`eval: wrote the "Real text (realtext-dev)" section of ${path}\n`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
