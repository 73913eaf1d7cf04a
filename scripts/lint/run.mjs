#!/usr/bin/env node
// `npm run lint`: every static check, in order, all of them run even when one fails:
//   1. tsc: the types of src, tests, bench and scripts;
//   2. ESLint (typescript-eslint, type-aware; scripts/lint/eslint.config.mjs);
//   3. knip: no unused files, exports or dependencies (its settings are the "knip" key of package.json);
//   4. web-ext lint on the Firefox build (web-ext.mjs), with only the warnings it names allowed.
// `npm run lint -- --only eslint,knip` runs a subset.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const STEPS = {
  tsc: [bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  eslint: [bin('eslint'), ['--config', 'scripts/lint/eslint.config.mjs', '--max-warnings', '0', 'src', 'tests', 'bench', 'scripts']],
  knip: [bin('knip'), ['--no-progress']],
  'web-ext': [process.execPath, [join(root, 'scripts', 'lint', 'web-ext.mjs')]],
};

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? new Set(process.argv[onlyIndex + 1]?.split(',')) : null;
const failed = [];
for (const [name, [cmd, args]] of Object.entries(STEPS)) {
  if (only && !only.has(name)) continue;
  console.log(`\nlint: ${name}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nlint: failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nlint: all clean');
