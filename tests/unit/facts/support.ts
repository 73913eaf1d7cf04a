import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FactsFileInput } from '../../../src/core/facts/validate.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const BAD_FIXTURES = join(ROOT, 'tests/fixtures/facts-bad');
export const REAL_FACTS = join(ROOT, 'src/facts');
/** Every date in the crafted examples is on or before this day. */
export const TODAY = '2026-11-01';

const VALID_PATH = join(ROOT, 'tests/unit/facts/valid-example.json');

/** A fresh copy of the crafted valid file, so a test may change it freely. */
export function validExample(): { $schema: string; entries: Array<Record<string, unknown>> } {
  return JSON.parse(readFileSync(VALID_PATH, 'utf8')) as { $schema: string; entries: Array<Record<string, unknown>> };
}

export function asInput(data: unknown, file = 'src/facts/test.json'): FactsFileInput {
  return { file, data };
}

/** The path the CLI and readFactsFiles print for a file: relative to the working directory. */
export function shownPath(absolute: string): string {
  return relative(process.cwd(), absolute) || absolute;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const CLI = join(ROOT, 'src/cli/facts-check.ts');

/** Runs `npm run facts:check -- ARGS` exactly the way npm does: through run-ts.mjs. */
export function runFactsCheck(args: string[]): Promise<CliResult> {
  return runNode([join(ROOT, 'scripts/run-ts.mjs'), CLI, ...args]);
}

/**
 * Bundles the CLI once so many runs cost a Node start each instead of an esbuild run each.
 * The bundle sits where run-ts.mjs puts its own; call the returned cleanup when done.
 */
export async function bundleFactsCheck(): Promise<{ run(args: string[]): Promise<CliResult>; cleanup(): void }> {
  const dir = join(ROOT, 'node_modules/.cache/gloss');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `facts-check-test-${process.pid}-${Date.now()}.mjs`);
  await build({ entryPoints: [CLI], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
  return { run: (args) => runNode([outfile, ...args]), cleanup: () => rmSync(outfile, { force: true }) };
}

function runNode(args: string[]): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}
