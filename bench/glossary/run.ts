// npm run bench -- glossary [--sizes 100,1000,10000] [--browsers chromium,firefox] [--compile-rounds 3]
//                           [--page-rounds 7] [--import-rounds 3] [--json] [--no-write]
// Issue 13's glossary figures: generated glossaries of each size (valid files, checked with the
// real validator), then per size the background's compile in Node, matcher-ready on a Chromium
// page, and import plus live pickup on an open tab with the real extension in both browsers.
// Printed as a table against the targets and written to the "glossary" section of
// bench/RESULTS.md. Never a pass/fail test: the exit code is 0 unless the run itself broke.
//
// The extension: $GLOSS_DIST if set (a private build, taken as built; see scripts/harness/paths.ts),
// else a fresh build into a temporary folder right before each browser starts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { browserAvailable, type BrowserName } from '../../scripts/harness/browsers.ts';
import { localToday } from '../../src/core/facts/dates.ts';
import { createMatcher, nameKey, termSourcesFromEntries } from '../../src/core/match/index.ts';
import { checkFactsDir } from '../../src/cli/lib/build-data.ts';
import { writeSection } from '../lib/sections.ts';
import { checkedGlossary, measureCompile } from './compile.ts';
import { writeGeneratedGlossary, type GeneratedGlossary } from './generate.ts';
import { measureImports, type BrowserImport } from './import.ts';
import { bundlePage, measurePageReady } from './ready.ts';
import { markdown, summaryLines, type GlossaryBench, type SizeResult } from './report.ts';

// npm runs scripts from the package root; run-ts bundles this file elsewhere, so import.meta.url cannot tell.
const ROOT = process.cwd();
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const count = (name: string, fallback: number): number => {
  const n = Number(option(name) ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive whole number`);
  return n;
};
const sizes = (option('--sizes') ?? '100,1000,10000').split(',').map(Number);
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error('--sizes needs positive whole numbers, e.g. 100,1000,10000');
const browsers = (option('--browsers') ?? 'chromium,firefox').split(',').filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');
const compileRounds = count('--compile-rounds', 3);
const pageRounds = count('--page-rounds', 7);
const importRounds = count('--import-rounds', 3);
const write = !argv.includes('--no-write');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Fewer rounds at 10,000 entries and over: each takes seconds in the browsers and in Node. */
const roundsAt = (size: number, rounds: number): number => (size >= 10_000 ? Math.min(rounds, 2) : rounds);

function build(outdir: string): void {
  const r = spawnSync(process.execPath, ['build.mjs', '--outdir', outdir, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = loadavg()[0] ?? 0;
  const today = localToday();
  const errors: string[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'gloss-bench-glossary-'));
  try {
    // The built-in glossary, as the background has it (a facts file another developer is midway
    // through editing drops only its faulty entries, and the run says so).
    const builtin = await checkFactsDir(join(ROOT, 'src', 'facts'), today);
    if (builtin.errors.length > 0) errors.push(`src/facts has ${builtin.errors.length} problems now; the built-in glossary was taken without the faulty entries (${builtin.entries.length} entries)`);
    const avoid = new Set(termSourcesFromEntries(builtin.entries).flatMap((s) => s.terms.map((t) => nameKey(t.text))));

    const generated: GeneratedGlossary[] = [];
    const results: SizeResult[] = [];
    const base = measureCompile(builtin.entries, { id: 'none', name: '', description: '', languages: ['en'], publisher: '', license: '', updated: today, entries: [] }, compileRounds, 0);
    const dicts = [{ label: '0', stored: base.stored, probe: 'Tankers load gas for Arctic LNG 2 at the plant.' }];
    const { stored: _baseStored, ...baseCompile } = base;
    results.push({ size: 0, aliases: 0, fileBytes: 0, compile: baseCompile, ready: null });
    log(`bench: built-in only (${builtin.entries.length} entries): compile ${base.compileMs.toFixed(0)} ms`);
    for (const size of sizes) {
      const g = writeGeneratedGlossary(tmp, size, avoid);
      generated.push(g);
      const { glossary, validateMs } = await checkedGlossary(g.file, today);
      const c = measureCompile(builtin.entries, glossary, roundsAt(size, compileRounds), validateMs);
      // The probe names must be found by this very matcher, or the page and the open tab would wait for nothing.
      const probe = `Analysts also follow ${g.probes.join(', ')} closely.`;
      const found = createMatcher(c.stored).scan(probe).map((m) => probe.slice(m.start, m.end));
      if (!g.probes.every((p) => found.includes(p))) errors.push(`${size} entries: the compiled matcher finds ${JSON.stringify(found)} in the probe text, not every one of ${JSON.stringify(g.probes)}`);
      dicts.push({ label: String(size), stored: c.stored, probe });
      const { stored: _stored, ...compile } = c;
      results.push({ size, aliases: g.aliases, fileBytes: g.bytes, compile, ready: null });
      log(`bench: ${size} entries (${(g.bytes / 1024 / 1024).toFixed(1)} MB): valid; validate ${validateMs.toFixed(0)} ms, compile ${c.compileMs.toFixed(0)} ms (${c.compileRuns.map((x) => x.toFixed(0)).join(', ')})`);
    }

    const script = await bundlePage(ROOT);
    const ready = await measurePageReady(script, dicts, pageRounds);
    for (const x of results) x.ready = ready.results.get(String(x.size)) ?? null;
    for (const x of results) if (x.ready && x.ready.probeMatches === 0) errors.push(`${x.size} entries: the matcher on the page found nothing in the probe text`);
    log(`bench: matcher ready on a page measured (${results.map((x) => `${x.size}: ${x.ready?.coldMs.toFixed(2) ?? '–'} ms`).join(', ')})`);

    const imports: BrowserImport[] = [];
    const privateDist = process.env['GLOSS_DIST'];
    for (const name of browsers) {
      if (!browserAvailable(name)) {
        errors.push(`${name} is not installed; its import was not measured`);
        continue;
      }
      const dist = privateDist ? resolve(privateDist) : join(tmp, 'dist');
      if (!privateDist) build(dist);
      imports.push(await measureImports(name, dist, join(ROOT, 'tests', 'fixtures'), generated.map((g) => ({ g, rounds: roundsAt(g.entries, importRounds) })), log));
    }

    const bench: GlossaryBench = {
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      node: process.version,
      cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
      load,
      builtinEntries: builtin.entries.length,
      chromiumPage: ready.version,
      sizes: results,
      browsers: imports,
      errors,
    };
    for (const line of summaryLines(bench)) log(line);
    if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(bench, null, 2)}\n`);
    if (write) {
      writeSection(join(ROOT, 'bench', 'RESULTS.md'), 'glossary', markdown(bench));
      log('bench: wrote the glossary section of bench/RESULTS.md');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
