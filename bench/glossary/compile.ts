// The background's side of an import, in Node: the file checked with the real validator (what the
// options page and `npm run glossary -- check` run), then the page cache's compile of the enabled
// glossaries (the built-in one first, then the import, ids namespaced as the store does) into the
// stored typed-array matcher (background/page-cache.ts compileNow: compile + encodeMatcher).
import { namespaced, type Glossary } from '../../src/core/facts/glossary.ts';
import { formatIssue } from '../../src/core/facts/issues.ts';
import type { Entry } from '../../src/core/facts/types.ts';
import { compile, encodeMatcher, termSourcesFromEntries, type StoredMatcher } from '../../src/core/match/index.ts';
import { checkGlossaryFile } from '../../src/cli/lib/glossary-check.ts';
import { median } from '../lib/stats.ts';

export interface NodeCompile {
  /** The real validator over the file (read and JSON.parse included), one run. */
  validateMs: number;
  /** compile + encodeMatcher of built-in + imported entries: median of the rounds, each round listed. */
  compileMs: number;
  compileRuns: number[];
  /** The stored matcher as storage.local keeps it (JSON), bytes. */
  storedBytes: number;
  /** Names the compiler was given (titles and aliases of both glossaries). */
  names: number;
  stored: StoredMatcher;
}

/** Throws, listing the first problems, when the file is not a valid glossary. */
export async function checkedGlossary(file: string, today: string): Promise<{ glossary: Glossary; validateMs: number }> {
  const t = performance.now();
  const { glossary, errors } = await checkGlossaryFile(file, today);
  const validateMs = performance.now() - t;
  if (!glossary) throw new Error(`${file} is not a valid glossary (${errors.length} problems):\n${errors.slice(0, 10).map(formatIssue).join('\n')}`);
  return { glossary, validateMs };
}

export function measureCompile(builtin: readonly Entry[], glossary: Glossary, rounds: number, validateMs: number): NodeCompile {
  const entries = [...builtin, ...namespaced(glossary)];
  const runs: number[] = [];
  let stored: StoredMatcher | undefined;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    stored = encodeMatcher(compile(termSourcesFromEntries(entries)));
    runs.push(performance.now() - t);
  }
  if (!stored) throw new Error('no compile round ran');
  const names = termSourcesFromEntries(entries).reduce((n, s) => n + s.terms.length, 0);
  return { validateMs, compileMs: median(runs), compileRuns: runs, storedBytes: Buffer.byteLength(JSON.stringify(stored)), names, stored };
}
