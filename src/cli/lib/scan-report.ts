import type { NearMiss } from './scan-near.ts';
import type { PageMatch } from './scan-page.ts';

export interface FileResult {
  file: string;
  matches: PageMatch[];
  error?: string;
  /** With --near: the likely misses. */
  near?: NearMiss[];
}

/**
 * The --json line for one file: a format other tools read, so keep it stable:
 * {"file","matches":[{"id","title","text"}]}, plus "error" when the file failed and "near" with --near.
 */
export function jsonLine(result: FileResult, titles: Map<string, string>): string {
  const matches = result.matches.map((m) => ({ id: m.id, title: titles.get(m.id) ?? m.id, text: m.text }));
  const line: Record<string, unknown> = { file: result.file, matches };
  if (result.error !== undefined) line['error'] = result.error;
  if (result.near !== undefined) line['near'] = result.near.map((n) => ({ id: n.id, word: n.word, context: n.context }));
  return JSON.stringify(line);
}

/** --near in text: the file, then per likely miss the word, the entry it would be, and its context. */
export function nearReport(result: FileResult): string[] {
  if (result.error !== undefined || result.near === undefined) return [];
  if (result.near.length === 0) return [`${result.file}: no likely misses`];
  const lines = [`${result.file}: ${plural(result.near.length, 'likely miss', 'likely misses')}`];
  const wordWidth = Math.max(...result.near.map((n) => Array.from(JSON.stringify(n.word)).length));
  const idWidth = Math.max(...result.near.map((n) => n.id.length));
  for (const n of result.near) lines.push(`  ${pad(JSON.stringify(n.word), wordWidth)}  ${pad(n.id, idWidth)}  ${n.context}`);
  return lines;
}

/** Right-pads to a width, for plain-text columns (counted in code points, near enough to columns). */
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - Array.from(s).length));

/** Default output: per file, each entry and the text it matched as, with counts. */
export function textReport(result: FileResult, titles: Map<string, string>): string[] {
  if (result.error !== undefined) return [];
  const counts = new Map<string, { id: string; text: string; count: number }>();
  for (const m of result.matches) {
    const key = `${m.id}\u0000${m.text}`;
    const row = counts.get(key);
    if (row) row.count++;
    else counts.set(key, { id: m.id, text: m.text, count: 1 });
  }
  const rows = [...counts.values()];
  const entries = new Set(rows.map((r) => r.id)).size;
  if (rows.length === 0) return [`${result.file}: no terms found`];
  const lines = [`${result.file}: ${plural(result.matches.length, 'match', 'matches')} of ${plural(entries, 'entry', 'entries')}`];
  const idWidth = Math.max(0, ...rows.map((r) => r.id.length));
  const titleWidth = Math.max(0, ...rows.map((r) => Array.from(titles.get(r.id) ?? '').length));
  for (const r of rows) {
    lines.push(`  ${pad(r.id, idWidth)}  ${pad(titles.get(r.id) ?? '', titleWidth)}  ${JSON.stringify(r.text)} ×${r.count}`);
  }
  return lines;
}

export interface CoverageRow {
  id: string;
  title: string;
  occurrences: number;
  files: number;
}

/** Which entries occur across all scanned files, how often, and in how many files. */
export function coverage(results: FileResult[], titles: Map<string, string>): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const result of results) {
    const inFile = new Set<string>();
    for (const m of result.matches) {
      let row = rows.get(m.id);
      if (!row) rows.set(m.id, (row = { id: m.id, title: titles.get(m.id) ?? m.id, occurrences: 0, files: 0 }));
      row.occurrences++;
      if (!inFile.has(m.id)) {
        inFile.add(m.id);
        row.files++;
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.files - a.files || b.occurrences - a.occurrences || (a.id < b.id ? -1 : 1));
}

export function summaryTable(results: FileResult[], titles: Map<string, string>): string[] {
  const rows = coverage(results, titles);
  const scanned = results.filter((r) => r.error === undefined).length;
  const header = { id: 'entry', title: 'title', occurrences: 'occurrences', files: 'files' };
  const w = {
    id: Math.max(header.id.length, ...rows.map((r) => r.id.length)),
    title: Math.max(header.title.length, ...rows.map((r) => Array.from(r.title).length)),
    occ: header.occurrences.length,
  };
  const line = (id: string, title: string, occ: string, files: string): string =>
    `${pad(id, w.id)}  ${pad(title, w.title)}  ${occ.padStart(w.occ)}  ${files.padStart(5)}`.trimEnd();
  const out = [line(header.id, header.title, header.occurrences, header.files)];
  for (const r of rows) out.push(line(r.id, r.title, String(r.occurrences), String(r.files)));
  const missing = [...titles.keys()].filter((id) => !rows.some((r) => r.id === id)).length;
  out.push(`${plural(rows.length, 'entry', 'entries')} found in ${plural(scanned, 'scanned file', 'scanned files')}; ${missing} of ${titles.size} not found`);
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
