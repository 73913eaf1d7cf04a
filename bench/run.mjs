#!/usr/bin/env node
// npm run bench: a thin launcher, because Node 20 runs no TypeScript.
//   npm run bench                      the matching benchmark (bench/bench.ts), then the latency one
//   npm run bench -- matching [opts]   only the matching benchmark; see bench/bench.ts for its options
//   npm run bench -- latency [opts]    only search latency, the site switch and main-thread gaps
//                                      (bench/latency/run.ts)
//   npm run bench -- glossary [opts]   glossary compile, matcher-ready, import and live pickup at
//                                      100, 1,000 and 10,000 entries (bench/glossary/run.ts)
//   npm run bench -- --pages DIR ...   options alone go to the matching benchmark, as before
// Each writes its own part of bench/RESULTS.md and leaves the rest of the file alone.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SUITES = { matching: 'bench/bench.ts', latency: 'bench/latency/run.ts', glossary: 'bench/glossary/run.ts' };

function run(suite, args) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/run-ts.mjs'), join(root, SUITES[suite]), ...args], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

const [first, ...rest] = process.argv.slice(2);
let status;
if (first === 'matching' || first === 'latency' || first === 'glossary') status = run(first, rest);
else if (first !== undefined) status = run('matching', process.argv.slice(2));
else {
  const matching = run('matching', []);
  const latency = run('latency', []);
  status = matching || latency;
}
process.exit(status);
