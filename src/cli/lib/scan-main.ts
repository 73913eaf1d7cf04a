import { loadScanSources } from './scan-dictionary.ts';
import { readPage } from './scan-input.ts';
import { buildNearIndex, findNear, type NearIndex } from './scan-near.ts';
import { scanPage } from './scan-page.ts';
import { explainReport } from './scan-explain.ts';
import { coverage, jsonLine, nearReport, summaryTable, textReport, type FileResult } from './scan-report.ts';

const SCAN_USAGE = `usage: npm run scan -- [--json] [--summary] [--explain] [--near] [--facts DIR]
                       [--glossary FILE]… [--no-builtin] FILE.html…
  (default)   per file: entry id, title, matched text and its count
  --explain   per match: the name it came from, the form found, and the rule that decided it
  --near      per file, after the matches: likely misses, words only one entry's names hold
              (e.g. "Astara") where no match of that entry covers them, with their context
  --json      one JSON object per file per line: {"file","matches":[{"id","title","text"}]}
              (a file that failed also carries "error"; with --near, "near":[{"id","word","context"}])
  --summary   a coverage table across all files instead (with --json: one JSON object)
  --facts     the built-in glossary's facts folder (default: src/facts)
  --glossary  also scan with this glossary file (repeatable); its ids become "GLOSSARY-ID/ENTRY-ID".
              Priority where two claim a name: the built-in glossary, then the files in the order given
  --no-builtin  leave the built-in glossary out (then give at least one --glossary)
exit code: 0 ok, 2 when any file (or the facts or a glossary) could not be read, or on a usage error`;

export interface ScanIo {
  out(line: string): void;
  err(line: string): void;
}

interface Options {
  json: boolean;
  summary: boolean;
  explain: boolean;
  near: boolean;
  facts: string;
  builtin: boolean;
  glossaries: string[];
  files: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  const o: Options = { json: false, summary: false, explain: false, near: false, facts: 'src/facts', builtin: true, glossaries: [], files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === undefined) break;
    const valued = (flag: string): string | undefined => (a === flag ? args[++i] : a.startsWith(`${flag}=`) ? a.slice(flag.length + 1) : undefined);
    if (a === '--') {
      o.files.push(...args.slice(i + 1));
      break;
    }
    else if (a === '--json') o.json = true;
    else if (a === '--summary') o.summary = true;
    else if (a === '--explain') o.explain = true;
    else if (a === '--near') o.near = true;
    else if (a === '--no-builtin') o.builtin = false;
    else if (a === '--facts' || a.startsWith('--facts=')) {
      const dir = valued('--facts');
      if (!dir) return '--facts needs a folder';
      o.facts = dir;
    } else if (a === '--glossary' || a.startsWith('--glossary=')) {
      const file = valued('--glossary');
      if (!file) return '--glossary needs a glossary file';
      o.glossaries.push(file);
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  if (o.files.length === 0) return 'no files given';
  if (!o.builtin && o.glossaries.length === 0) return '--no-builtin needs at least one --glossary FILE';
  if (o.near && o.summary) return '--near lists misses per file; it does not go with --summary';
  return o;
}

/** The command's own name for what it scans with, for messages. */
function sourcesName(o: Options): string {
  return [...(o.builtin ? [o.facts] : []), ...o.glossaries].join(', ');
}

/** The scan command: returns the exit code; all output goes through `io`. */
export async function runScan(args: readonly string[], io: ScanIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    if (options !== '') io.err(`scan: ${options}`);
    io.err(SCAN_USAGE);
    return options === '' ? 0 : 2;
  }
  const dict = await loadScanSources({ facts: options.builtin ? options.facts : null, glossaries: options.glossaries });
  for (const e of dict.errors) io.err(`scan: ${e}`);
  for (const w of dict.warnings) io.err(`scan: warning: ${w}`);
  if (dict.titles.size === 0) {
    io.err(`scan: no usable entries in ${sourcesName(options)}; nothing to look for`);
    return 2;
  }
  const nearIndex: NearIndex | null = options.near ? buildNearIndex(dict.entries) : null;
  let failed = dict.errors.length > 0;
  const results: FileResult[] = [];
  for (const file of options.files) {
    const page = await readPage(file);
    let result: FileResult;
    if (!page.ok) result = { file, matches: [], error: page.error };
    else {
      try {
        const scanned = scanPage(page.html, dict.matcher);
        result = { file, matches: scanned.matches };
        if (nearIndex) result.near = findNear(scanned, nearIndex);
      } catch (e) {
        result = { file, matches: [], error: `could not be scanned (${e instanceof Error ? e.message : String(e)})` };
      }
    }
    if (result.error !== undefined) {
      failed = true;
      io.err(`scan: ${file}: ${result.error}`);
    }
    results.push(result);
    if (options.summary) continue;
    if (options.json) io.out(jsonLine(result, dict.titles));
    else {
      for (const line of options.explain ? explainReport(result, dict.matcher) : textReport(result, dict.titles)) io.out(line);
      for (const line of nearReport(result)) io.out(line);
    }
  }
  if (options.summary) {
    if (options.json) {
      const scanned = results.filter((r) => r.error === undefined).length;
      io.out(JSON.stringify({ files: results.length, scanned, entries: dict.titles.size, coverage: coverage(results, dict.titles) }));
    } else for (const line of summaryTable(results, dict.titles)) io.out(line);
  }
  return failed ? 2 : 0;
}
