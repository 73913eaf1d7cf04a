import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readdirSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../src/cli/lib/scan-main.ts';

const FIX = 'tests/fixtures/scan';
const FACTS = `${FIX}/facts`;

async function scan(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan(['--facts', FACTS, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), 'gloss-scan-'));

describe('scan --json', () => {
  it('lists every occurrence in document order, as written, skipping what the walker skips', async () => {
    const { code, out, err } = await scan(['--json', `${FIX}/article.html`]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toEqual({
      file: `${FIX}/article.html`,
      matches: [
        { id: 'power-of-siberia-2', title: 'Power of Siberia 2', text: 'Power of Siberia 2' },
        { id: 'nord-stream-2', title: 'Nord Stream 2', text: 'NORD STREAM 2' },
        { id: 'instc', title: 'International North–South Transport Corridor', text: 'North–South Transport Corridor' },
        { id: 'swift', title: 'SWIFT', text: 'SWIFT' },
        { id: 'mir', title: 'Mir (payment system)', text: 'Mir' },
        { id: 'nord-stream', title: 'Nord Stream', text: 'Nord\u00a0Stream' },
        { id: 'nord-stream-2', title: 'Nord Stream 2', text: 'Nord Stream 2' },
        { id: 'hezbollah', title: 'Hezbollah', text: 'Hezbollah' },
        { id: 'hezbollah', title: 'Hezbollah', text: 'Hezbollah' },
        { id: 'power-of-siberia-2', title: 'Power of Siberia 2', text: 'نیروی سیبری ۲' },
        { id: 'hezbollah', title: 'Hezbollah', text: 'حزب‌الله' },
        { id: 'nord-stream-2', title: 'Nord Stream 2', text: 'Северный поток — 2' },
        { id: 'mir', title: 'Mir (payment system)', text: 'Мир' },
      ],
    });
  });

  it('prints one line per file, in the order given, and keeps going after a bad file', async () => {
    const binary = join(tmp, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const text = join(tmp, 'notes.txt');
    writeFileSync(text, 'Nord Stream 2 is mentioned here, but this is no web page.\n');
    const { code, out, err } = await scan(['--json', `${FIX}/missing.html`, binary, text, tmp, `${FIX}/second.html`]);
    expect(code).toBe(2);
    expect(err).toEqual([
      `scan: ${FIX}/missing.html: no such file`,
      `scan: ${binary}: is a binary file, not HTML`,
      `scan: ${text}: does not look like HTML (no HTML tags found)`,
      `scan: ${tmp}: is a folder, not an HTML file`,
    ]);
    const lines = out.map((l) => JSON.parse(l) as { file: string; matches: Array<{ id: string }>; error?: string });
    expect(lines.map((l) => l.file)).toEqual([`${FIX}/missing.html`, binary, text, tmp, `${FIX}/second.html`]);
    expect(lines.slice(0, 4).every((l) => l.matches.length === 0 && typeof l.error === 'string')).toBe(true);
    // Case-sensitive INSTC, German alias, and no term across two divs.
    expect(lines[4]!.matches.map((m) => m.id)).toEqual(['hezbollah', 'power-of-siberia-2', 'instc', 'nord-stream']);
    expect(lines[4]!.error).toBeUndefined();
  });

  it('decodes a legacy-encoded page by its declared charset', async () => {
    const page = join(tmp, 'cp1251.html');
    // "карты Мир" in windows-1251 (not valid UTF-8): М=0xCC, и=0xE8, р=0xF0.
    const words = Buffer.from([0xea, 0xe0, 0xf0, 0xf2, 0xfb, 0x20, 0xcc, 0xe8, 0xf0]);
    writeFileSync(page, Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), words, Buffer.from('</p></body></html>')]));
    const { out } = await scan(['--json', page]);
    expect(JSON.parse(out[0]!).matches).toEqual([{ id: 'mir', title: 'Mir (payment system)', text: 'Мир' }]);
  });
});

describe('scan default and --summary output', () => {
  it('shows id, title, matched text and count per file', async () => {
    const { code, out } = await scan([`${FIX}/article.html`, `${FIX}/second.html`]);
    expect(code).toBe(0);
    expect(out[0]).toBe(`${FIX}/article.html: 13 matches of 7 entries`);
    expect(out).toContainEqual(expect.stringMatching(/^ {2}hezbollah +Hezbollah +"Hezbollah" ×2$/));
    expect(out).toContainEqual(expect.stringMatching(/^ {2}nord-stream-2 +Nord Stream 2 +"NORD STREAM 2" ×1$/));
    expect(out).toContain(`${FIX}/second.html: 4 matches of 4 entries`);
  });

  it('summarises coverage across files: occurrences and files per entry', async () => {
    const { code, out } = await scan(['--summary', `${FIX}/article.html`, `${FIX}/second.html`]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^entry +title +occurrences +files$/);
    const row = (id: string): string[] | undefined => out.find((l) => l.startsWith(id + ' '))?.trim().split(/ {2,}/);
    expect(row('hezbollah')).toEqual(['hezbollah', 'Hezbollah', '4', '2']);
    expect(row('swift')).toEqual(['swift', 'SWIFT', '1', '1']);
    expect(out.at(-1)).toBe('7 entries found in 2 scanned files; 0 of 7 not found');
  });

  it('gives the summary as one JSON object with --json', async () => {
    const { out } = await scan(['--summary', '--json', `${FIX}/second.html`, `${FIX}/nope.html`]);
    expect(out).toHaveLength(1);
    const s = JSON.parse(out[0]!);
    expect(s).toMatchObject({ files: 2, scanned: 1, entries: 7 });
    expect(s.coverage).toContainEqual({ id: 'instc', title: 'International North–South Transport Corridor', occurrences: 1, files: 1 });
  });
});

describe('scan arguments and facts', () => {
  it('fails with usage on no files or an unknown option', async () => {
    expect((await scan([])).code).toBe(2);
    const r = await scan(['--frobnicate', 'x.html']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('scan: unknown option --frobnicate');
  });

  it('reports broken facts files by name and scans with the entries that are usable', async () => {
    const dir = join(tmp, 'facts');
    mkdirSync(dir, { recursive: true });
    copyFileSync(`${FACTS}/terms.json`, join(dir, 'a.json'));
    writeFileSync(join(dir, 'b.json'), '{ "entries": [ oops');
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ entries: [{ id: 'x', title: 'X', aliases: { en: 'not a list' } }, 7] }));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runScan(['--facts', dir, '--json', `${FIX}/second.html`], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(2);
    expect(err.some((l) => l.includes('b.json: not valid JSON'))).toBe(true);
    expect(err.some((l) => l.includes('c.json: entries[0] "x" has aliases.en that is not a list of strings'))).toBe(true);
    expect(err.some((l) => l.includes('c.json: entries[1] is not an object'))).toBe(true);
    expect(JSON.parse(out[0]!).matches).toHaveLength(4);
  });

  it('runs as npm run scan does, with the exit code', () => {
    const r = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/scan.ts', '--facts', FACTS, '--json', `${FIX}/second.html`, `${FIX}/missing.html`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr.trim()).toBe(`scan: ${FIX}/missing.html: no such file`);
  }, 30_000);
});

const CORPUS = '/work/shared/corpus/pages';
describe.skipIf(!existsSync(CORPUS))('scan on the real corpus pages', () => {
  it('reads every page without an error', async () => {
    // A sample keeps the unit run fast; `npm run scan -- ../shared/corpus/pages/*.html` reads all 60.
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).filter((_, i) => i % 10 === 0).map((f) => join(CORPUS, f));
    const { code, out, err } = await scan(['--json', ...files]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toHaveLength(files.length);
  }, 60_000);
});
if (!existsSync(CORPUS)) console.warn(`cli-scan: corpus tests SKIPPED, ${CORPUS} is missing`);
