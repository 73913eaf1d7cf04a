// npm run glossary -- check FILE… | build DIR --out FILE [--id …] | schema
// For glossary makers: validate glossary files as the import does, build one from a folder of
// facts files, and write the JSON Schema editors check glossary files against.
import { runGlossary } from './lib/glossary-main.ts';

// exitCode rather than process.exit(): output on a pipe must finish flushing.
process.exitCode = await runGlossary(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
