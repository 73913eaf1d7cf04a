// What `npm run eval` prints, its --json object, and its section of bench/RESULTS.md. The section
// carries numbers and entry ids only: excerpt text (misses, wrong matches) is printed, never written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { EntryRow, Highlight, LanguageRow, Miss, WrongMatch } from './score.ts';

export interface EvalResult {
  /** The realtext-dev folder that was read. */
  set: string;
  date: string;
  commit: string;
  /** True when src/ had uncommitted changes: the numbers are then for the working tree. */
  dirty: boolean;
  cases: number;
  languages: LanguageRow[];
  entries: EntryRow[];
  misses: Miss[];
  wrong: WrongMatch[];
  /** Highlights whose text was not found in the case's plain text (should stay empty). */
  unplaced: Array<Highlight & { case: string }>;
}

const ratio = (x: number | null): string => (x === null ? '–' : x.toFixed(3));
const commitText = (r: EvalResult): string => `${r.commit}${r.dirty ? ' with uncommitted changes in src/' : ''}`;

/** Left-aligns the first column and right-aligns the others. */
function table(header: string[], rows: string[][]): string[] {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** How the wrong matches split between the two rules that make a highlight wrong. */
function wrongSplit(r: EvalResult): string {
  const traps = r.wrong.filter((w) => w.why === 'trap').length;
  return `Wrong matches: ${traps} on trap pages, ${r.wrong.length - traps} over an annotation that expects another entry.`;
}

const LANG_HEADER = ['language', 'cases', 'expected', 'paired', 'recall', 'highlights', 'wrong', 'precision'];
const langCells = (r: LanguageRow): string[] => [r.lang, `${r.cases}`, `${r.expected}`, `${r.paired}`, ratio(r.recall), `${r.highlights}`, `${r.wrong}`, ratio(r.precision)];
const ENTRY_HEADER = ['entry', 'expected', 'paired', 'recall', 'wrong'];
const entryCells = (e: EntryRow): string[] => [e.id, `${e.expected}`, `${e.paired}`, ratio(e.expected > 0 ? e.paired / e.expected : null), `${e.wrong}`];

export function textReport(r: EvalResult): string[] {
  const out = [
    `Gloss on real text: ${r.cases} cases from ${r.set}, commit ${commitText(r)}, ${r.date}`,
    '',
    ...table(LANG_HEADER, r.languages.map(langCells)),
    wrongSplit(r),
    '',
    'Per entry (an annotation that accepts two entries counts for both):',
    ...table(ENTRY_HEADER, r.entries.map(entryCells)).map((l) => `  ${l}`),
    '',
    `Misses (${r.misses.length}): case, expected text, id pattern`,
    ...r.misses.map((m) => `  ${m.case}  “${m.text}”  ${m.pattern}`),
    '',
    `Wrong matches (${r.wrong.length}): case, highlighted text, id`,
    ...r.wrong.map((w) => `  ${w.case}  “${w.text}”  ${w.id}  (${w.why})`),
  ];
  if (r.unplaced.length > 0) {
    out.push('', `WARNING: ${r.unplaced.length} highlight(s) not found in their case's plain text (counted, never paired):`);
    out.push(...r.unplaced.map((h) => `  ${h.case}  “${h.text}”  ${h.id}`));
  }
  return out;
}

const START = '<!-- bench:eval -->';
const END = '<!-- /bench:eval -->';
export const HEADING = '## Real text (realtext-dev)';

const mdRow = (cells: string[]): string => `| ${cells.join(' | ')} |`;

export function markdownSection(r: EvalResult): string {
  return [
    START,
    HEADING,
    '',
    `Measured ${r.date} at commit ${commitText(r)} with \`npm run eval\`: \`npm run scan -- --json\` on the ${r.cases} pages of \`../shared/realtext-dev\`, scored as its README suggests. Recall: expected annotations paired with a highlight that equals, lies inside or contains them and carries an accepted entry id. Precision: 1 − wrong matches / all highlights, where wrong matches are the highlights on the trap pages plus highlights over an annotation with an id it does not accept. \`npm run eval\` lists the misses and wrong matches.`,
    '',
    mdRow(LANG_HEADER),
    mdRow(['---', ...LANG_HEADER.slice(1).map(() => '---:')]),
    ...r.languages.map((l) => mdRow(l.lang === 'all' ? langCells(l).map((c) => `**${c}**`) : langCells(l))),
    '',
    wrongSplit(r),
    '',
    '<details><summary>Per entry (an annotation that accepts two entries counts for both)</summary>',
    '',
    mdRow(ENTRY_HEADER),
    mdRow(['---', ...ENTRY_HEADER.slice(1).map(() => '---:')]),
    ...r.entries.map((e) => mdRow(entryCells(e).map((c, i) => (i === 0 ? `\`${c}\`` : c)))),
    '',
    '</details>',
    END,
  ].join('\n');
}

/**
 * Puts the section into `current`: between its markers if they are there, else in place of a
 * hand-kept "Real text (realtext-dev)" section (up to the next "## " heading), else at the end.
 */
export function withSection(current: string, section: string): string {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start >= 0 && end > start) return `${current.slice(0, start)}${section}${current.slice(end + END.length)}`;
  const heading = current.search(new RegExp(`^${HEADING.replace(/[()]/g, '\\$&')}[ \\t]*$`, 'm'));
  if (heading >= 0) {
    const next = current.slice(heading + HEADING.length).search(/^## /m);
    const rest = next >= 0 ? `\n\n${current.slice(heading + HEADING.length + next)}` : '\n';
    return `${current.slice(0, heading)}${section}${rest}`;
  }
  return current.trim() === '' ? `${section}\n` : `${current.replace(/\s*$/, '')}\n\n${section}\n`;
}

export function writeSection(path: string, r: EvalResult): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, withSection(current, markdownSection(r)));
}
