// npm run scan -- [--json] [--summary] [--explain] [--near] [--facts DIR] [--glossary FILE]… [--no-builtin] FILE.html…
// Shows which glossary terms a saved page contains, with the content script's walker and matcher.
import { runScan } from './lib/scan-main.ts';

// exitCode rather than process.exit(): a large --json output on a pipe must finish flushing.
process.exitCode = await runScan(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
