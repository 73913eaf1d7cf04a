// Runs the scan CLI the way a glossary maintainer would, one process for all pages, and reads its
// --json output: one line per file, {"file","matches":[{"id","title","text"}]} in document order.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface ScannedMatch {
  id: string;
  text: string;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseLine(line: string): { file: string; matches: ScannedMatch[]; error?: string } {
  const data: unknown = JSON.parse(line);
  if (!isRecord(data) || typeof data.file !== 'string' || !Array.isArray(data.matches)) throw new Error(`unexpected scan output: ${line.slice(0, 200)}`);
  const file = data.file;
  const matches = data.matches.map((m: unknown): ScannedMatch => {
    if (!isRecord(m) || typeof m.id !== 'string' || typeof m.text !== 'string') throw new Error(`unexpected match in scan output for ${file}`);
    return { id: m.id, text: m.text };
  });
  return typeof data.error === 'string' ? { file, matches, error: data.error } : { file, matches };
}

/** The matches of each page, keyed by the path as given; throws when the CLI or any page failed. */
export function scanPages(root: string, pages: readonly string[]): Map<string, ScannedMatch[]> {
  // GLOSS_FACTS measures another facts folder (a draft) without touching src/facts.
  const facts = process.env.GLOSS_FACTS ? ['--facts', process.env.GLOSS_FACTS] : [];
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'run-ts.mjs'), 'src/cli/scan.ts', '--json', ...facts, ...pages], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  const lines = r.stdout.split('\n').filter((l) => l.trim() !== '');
  const byFile = new Map<string, ScannedMatch[]>();
  const failures: string[] = [];
  for (const line of lines) {
    const result = parseLine(line);
    if (result.error !== undefined) failures.push(`${result.file}: ${result.error}`);
    byFile.set(result.file, result.matches);
  }
  const missing = pages.filter((p) => !byFile.has(p));
  if (r.status !== 0 || failures.length > 0 || missing.length > 0) {
    const detail = [...failures, ...missing.map((p) => `${p}: no output`), r.stderr.trim()].filter(Boolean).join('\n  ');
    throw new Error(`the scan CLI failed (exit ${r.status}):\n  ${detail}`);
  }
  return byFile;
}
