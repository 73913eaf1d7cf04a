#!/usr/bin/env node
// web-ext lint on the Firefox build. It must report no errors, and no warnings but these, each
// expected exactly where it is:
//   - BACKGROUND_SERVICE_WORKER_IGNORED: the one manifest names a service worker for Chrome and
//     background scripts for Firefox;
//   - UNSAFE_VAR_ASSIGNMENT "Unsafe call to import" in content.js and content-scan.js: the gate
//     loads the scanner, and the scanner the card, with import() of the extension's own file
//     (runtime.getURL of a constant name), so a page Gloss leaves alone never pays for them
//     (README, "Why web-ext lint shows two warnings"). Any other import() call, or one in another
//     file, still fails.
import webExt from 'web-ext';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourceDir = join(root, 'dist', 'firefox');
const LAZY_IMPORTERS = new Set(['content.js', 'content-scan.js']);
const isExpected = (w) =>
  w.code === 'BACKGROUND_SERVICE_WORKER_IGNORED' ||
  (w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^Unsafe call to import\b/.test(w.message) && LAZY_IMPORTERS.has(w.file));

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
const unexpected = warnings.filter((w) => !isExpected(w));
const show = (m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
for (const m of errors) console.error(`error${show(m)}`);
for (const m of unexpected) console.error(`warning${show(m)}`);
for (const m of warnings.filter(isExpected)) console.log(`expected warning${show(m)}`);
console.log(`lint: ${errors.length} errors, ${warnings.length} warnings (${unexpected.length} unexpected), ${(result.notices ?? []).length} notices`);
if (errors.length || unexpected.length) process.exit(1);
