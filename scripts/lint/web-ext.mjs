#!/usr/bin/env node
// web-ext lint on the Firefox build. It must report no errors, and no warnings other
// than BACKGROUND_SERVICE_WORKER_IGNORED, which is expected: the one manifest names a service worker
// for Chrome and background scripts for Firefox.
import webExt from 'web-ext';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourceDir = join(root, 'dist', 'firefox');
const EXPECTED = new Set(['BACKGROUND_SERVICE_WORKER_IGNORED']);

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error('lint: dist/firefox is not built; run `npm run build` first.');
  process.exit(1);
}
const result = await webExt.cmd.lint(
  { sourceDir, output: 'text', selfHosted: false, warningsAsErrors: false, boring: true },
  { shouldExitProgram: false },
);
const errors = result.errors ?? [];
const warnings = result.warnings ?? [];
const unexpected = warnings.filter((w) => !EXPECTED.has(w.code));
const show = (m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
for (const m of errors) console.error(`error${show(m)}`);
for (const m of unexpected) console.error(`warning${show(m)}`);
for (const m of warnings.filter((w) => EXPECTED.has(w.code))) console.log(`expected warning${show(m)}`);
console.log(`lint: ${errors.length} errors, ${warnings.length} warnings (${unexpected.length} unexpected), ${(result.notices ?? []).length} notices`);
if (errors.length || unexpected.length) process.exit(1);
