/** Small, valid glossary entries and files for the CLI tests (scan, glossary), written to temp folders. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
/** Every date below is on or before this day. */
export const FIXTURE_TODAY = '2026-11-01';

type Names = { en?: string[]; de?: string[]; ru?: string[]; fa?: string[] };

/** A valid entry with text in `languages`; `names` are its aliases. */
export function entry(id: string, title: string, names: Names = {}, languages: readonly string[] = ['en'], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const text = (en: string): Record<string, string> => Object.fromEntries(languages.map((l) => [l, l === 'en' ? en : `${en} (${l})`]));
  const fact = (n: number): Record<string, unknown> => ({
    label: text(`Figure ${n}`),
    value: n * 10,
    asOf: '2026-10',
    source: { publisher: 'Example News', title: `Report number ${n}`, url: `https://example.org/${id}/${n}`, date: '2026-10-01' },
  });
  return {
    id,
    category: 'place',
    title: text(title),
    summary: text(`${title}, a place used in tests.`),
    aliases: { en: names.en ?? [], de: names.de ?? [], ru: names.ru ?? [], fa: names.fa ?? [] },
    caseSensitive: [],
    facts: [fact(1), fact(2), fact(3)],
    related: [],
    reviewed: '2026-10-15',
    ...extra,
  };
}

export function header(id: string, languages: readonly string[] = ['en']): Record<string, unknown> {
  return {
    format: 'gloss-glossary',
    version: 1,
    id,
    name: `Test glossary ${id}`,
    description: 'A glossary made for the tests.',
    languages: [...languages],
    publisher: 'Gloss tests',
    license: 'CC0',
    updated: '2026-10-20',
  };
}

export function glossary(id: string, entries: Array<Record<string, unknown>>, languages: readonly string[] = ['en']): Record<string, unknown> {
  return { ...header(id, languages), entries };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI the way its npm script does: `node scripts/run-ts.mjs src/cli/NAME.ts ARGS`. */
export function runCli(name: string, args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/run-ts.mjs'), join(ROOT, `src/cli/${name}.ts`), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
