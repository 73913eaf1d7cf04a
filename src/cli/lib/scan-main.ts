import { loadScanDictionary } from './scan-dictionary.ts';
import { readPage } from './scan-input.ts';
import { scanHtml } from './scan-page.ts';
import { explainReport } from './scan-explain.ts';
import { coverage, jsonLine, summaryTable, textReport, type FileResult } from './scan-report.ts';

export const SCAN_USAGE = `usage: npm run scan -- [--json] [--summary] [--explain] [--facts DIR] FILE.html…
  (default)  per file: entry id, title, matched text and its count
  --explain  per match: the name it came from, the form found, and the rule that decided it
  --json     one JSON object per file per line: {"file","matches":[{"id","title","text"}]}
             (a file that failed also carries "error")
  --summary  a coverage table across all files instead (with --json: one JSON object)
  --facts    the facts folder (default: src/facts)
exit code: 0 ok, 2 when any file (or the facts) could not be read, or on a usage error`;

export interface ScanIo {
  out(line: string): void;
  err(line: string): void;
}

interface Options {
  json: boolean;
  summary: boolean;
  explain: boolean;
  facts: string;
  files: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  const o: Options = { json: false, summary: false, explain: false, facts: 'src/facts', files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') o.files.push(...args.slice(i + 1)), (i = args.length);
    else if (a === '--json') o.json = true;
    else if (a === '--summary') o.summary = true;
    else if (a === '--explain') o.explain = true;
    else if (a === '--facts' || a.startsWith('--facts=')) {
      const dir = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!dir) return '--facts needs a folder';
      o.facts = dir;
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  if (o.files.length === 0) return 'no files given';
  return o;
}

/** The scan command: returns the exit code; all output goes through `io`. */
export async function runScan(args: readonly string[], io: ScanIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    if (options !== '') io.err(`scan: ${options}`);
    io.err(SCAN_USAGE);
    return options === '' ? 0 : 2;
  }
  const dict = await loadScanDictionary(options.facts);
  for (const e of dict.errors) io.err(`scan: facts: ${e}`);
  if (dict.titles.size === 0) {
    io.err(`scan: no usable entries in ${options.facts}; nothing to look for`);
    return 2;
  }
  let failed = dict.errors.length > 0;
  const results: FileResult[] = [];
  for (const file of options.files) {
    const page = await readPage(file);
    let result: FileResult;
    if (!page.ok) result = { file, matches: [], error: page.error };
    else {
      try {
        result = { file, matches: scanHtml(page.html, dict.matcher) };
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
    else if (options.explain) for (const line of explainReport(result, dict.matcher)) io.out(line);
    else for (const line of textReport(result, dict.titles)) io.out(line);
  }
  if (options.summary) {
    if (options.json) {
      const scanned = results.filter((r) => r.error === undefined).length;
      io.out(JSON.stringify({ files: results.length, scanned, entries: dict.titles.size, coverage: coverage(results, dict.titles) }));
    } else for (const line of summaryTable(results, dict.titles)) io.out(line);
  }
  return failed ? 2 : 0;
}
