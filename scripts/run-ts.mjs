#!/usr/bin/env node
// Node 20 cannot run TypeScript, so the project's Node tools (scan, facts:check) are bundled with
// esbuild into a cache file and imported. Usage: node scripts/run-ts.mjs FILE.ts [args...]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const cacheDir = join(root, 'node_modules', '.cache', 'gloss');
mkdirSync(cacheDir, { recursive: true });
const outfile = join(cacheDir, `${basename(entry, '.ts')}-${process.pid}.mjs`);
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
  jsx: 'automatic',
  jsxImportSource: 'preact',
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  // The bundled file is only a vehicle; remove it so runs never see a stale copy.
  const { rmSync } = await import('node:fs');
  process.on('exit', () => rmSync(outfile, { force: true }));
}
