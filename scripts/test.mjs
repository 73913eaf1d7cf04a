#!/usr/bin/env node
// `npm test`: typecheck, build what ships, then every vitest project (unit, dom, e2e in real
// browsers). Extra arguments go to vitest, e.g. `npm test -- --project unit`.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();

function step(title, cmd, args) {
  const t = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed after ${secs} s`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${title} (${secs} s)`);
}

step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('build (production, as shipped)', process.execPath, ['build.mjs', '--quiet']);
const vitest = ['run', '--config', 'tests/vitest.config.ts'];
const extra = process.argv.slice(2);
if (extra.length > 0) {
  step(`tests: ${extra.join(' ')}`, bin('vitest'), [...vitest, ...extra]);
} else {
  // The real browsers get the machine to themselves: the e2e tests assert no times, but on 2
  // cores unit and dom workers beside them only make a slow run slower.
  step('tests: unit, dom', bin('vitest'), [...vitest, '--project', 'unit', '--project', 'dom']);
  step('tests: e2e (Chromium, Firefox ESR)', bin('vitest'), [...vitest, '--project', 'e2e']);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
