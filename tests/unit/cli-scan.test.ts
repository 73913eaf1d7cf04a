import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readdirSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../src/cli/lib/scan-main.ts';
import { entry, glossary } from './cli-fixtures.ts';

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
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ entries: [{ id: 'x', title: { en: 'X' }, aliases: { en: 'not a list' } }, 7] }));
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

/** Writes a page whose body is `paragraphs`, one <p> each. */
function page(name: string, ...paragraphs: string[]): string {
  const path = join(tmp, name);
  writeFileSync(path, `<!DOCTYPE html><html><body><main>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`);
  return path;
}

function glossaryFile(name: string, data: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

type JsonMatch = { id: string; title: string; text: string };
const lineOf = (out: string[], i = 0): { file: string; matches: JsonMatch[]; near?: Array<{ id: string; word: string; context: string }> } => JSON.parse(out[i]!);

const caspian = glossaryFile('caspian.json', glossary('caspian', [
  entry('port-of-astara', 'Port of Astara', { ru: ['порт Астара'] }),
  entry('shetab-network', 'Shetab Information Network'),
  entry('nord-stream-ag', 'Nord Stream AG', { en: ['Nord Stream'] }),
]));
const rivals = glossaryFile('rivals.json', glossary('rivals', [entry('astara-terminal', 'Port of Astara')]));

describe('scan --glossary and --no-builtin', () => {
  const text = page('caspian.html', 'Nord Stream 2 and the Port of Astara.', 'Hezbollah.');

  it('scans with the glossary after the built-in one, its ids namespaced, and keeps the --json line exactly', async () => {
    const { code, out, err } = await scan(['--json', '--glossary', caspian, text]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toBe(JSON.stringify({
      file: text,
      matches: [
        { id: 'nord-stream-2', title: 'Nord Stream 2', text: 'Nord Stream 2' },
        { id: 'caspian/port-of-astara', title: 'Port of Astara', text: 'Port of Astara' },
        { id: 'hezbollah', title: 'Hezbollah', text: 'Hezbollah' },
      ],
    }));
  });

  it('gives a name two glossaries claim to the higher one: the built-in first, then the files in the order given', async () => {
    const nordStream = page('nord-stream.html', 'Nord Stream was built.');
    const withBuiltin = await scan(['--json', '--glossary', caspian, nordStream]);
    expect(lineOf(withBuiltin.out).matches.map((m) => m.id)).toEqual(['nord-stream']);
    const glossaryOnly = await scan(['--json', '--no-builtin', '--glossary', caspian, nordStream]);
    expect(lineOf(glossaryOnly.out).matches.map((m) => m.id)).toEqual(['caspian/nord-stream-ag']);

    const astara = page('astara.html', 'The Port of Astara.');
    const first = await scan(['--json', '--no-builtin', `--glossary=${rivals}`, '--glossary', caspian, astara]);
    expect(lineOf(first.out).matches).toEqual([{ id: 'rivals/astara-terminal', title: 'Port of Astara', text: 'Port of Astara' }]);
    const second = await scan(['--json', '--no-builtin', '--glossary', caspian, '--glossary', rivals, astara]);
    expect(lineOf(second.out).matches.map((m) => m.id)).toEqual(['caspian/port-of-astara']);
  });

  it('leaves the built-in glossary out with --no-builtin, and needs a glossary then', async () => {
    const { code, out } = await scan(['--json', '--no-builtin', '--glossary', caspian, text]);
    expect(code).toBe(0);
    expect(lineOf(out).matches.map((m) => m.id)).toEqual(['caspian/nord-stream-ag', 'caspian/port-of-astara']);
    const none = await scan(['--no-builtin', text]);
    expect(none.code).toBe(2);
    expect(none.err[0]).toBe('scan: --no-builtin needs at least one --glossary FILE');
  });

  it('reports a glossary it cannot use and scans with the rest; warns of one the options page would refuse', async () => {
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{ "id": "broken", oops');
    const twin = glossaryFile('twin.json', glossary('caspian', [entry('other', 'Other Place')]));
    const draft = glossaryFile('draft.json', glossary('draft', [{ ...entry('hezbollah-draft', 'Hezbollah Draft', { en: ['Hisbollah'] }), facts: [] }]));
    const { code, out, err } = await scan(['--json', '--glossary', broken, '--glossary', caspian, '--glossary', twin, '--glossary', draft, text]);
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^scan: glossary: ${broken}: is not a glossary: not valid JSON \\(.+\\)$`)),
      `scan: glossary: ${twin}: repeats the glossary id "caspian" of an earlier glossary; skipped`,
      `scan: warning: ${draft}: 1 problem the options page would refuse the file for (npm run glossary -- check ${draft}); scanning with its usable entries`,
    ]);
    expect(lineOf(out).matches.map((m) => m.id)).toEqual(['nord-stream-2', 'caspian/port-of-astara', 'hezbollah']);
    const warnedOnly = await scan(['--json', '--no-builtin', '--glossary', draft, page('hisbollah.html', 'Die Hisbollah.')]);
    expect(warnedOnly.code).toBe(0);
    expect(lineOf(warnedOnly.out).matches.map((m) => m.id)).toEqual(['draft/hezbollah-draft']);
  });
});

describe('scan --near', () => {
  const near = async (...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> => scan(['--no-builtin', '--glossary', caspian, '--near', ...args]);

  it('lists a distinctive word no match of its entry covers, with its context and the entry id', async () => {
    const file = page('near.html', 'Trains now reach Astara from the north, and the Port of Astara is busy.');
    const { code, out } = await near(file);
    expect(code).toBe(0);
    expect(out).toEqual([
      `${file}: 1 match of 1 entry`,
      expect.stringMatching(/^ {2}caspian\/port-of-astara +Port of Astara +"Port of Astara" ×1$/),
      `${file}: 1 likely miss`,
      '  "Astara"  caspian/port-of-astara  Trains now reach Astara from the north, and the Port of Astara…',
    ]);
  });

  it('finds inflected forms, and gives the misses in the --json line', async () => {
    const file = page('near-ru.html', 'Поезда идут к Астаре, а у Shetab — новые карты.');
    const { out } = await near('--json', file);
    expect(lineOf(out)).toEqual({
      file,
      matches: [],
      near: [
        { id: 'caspian/port-of-astara', word: 'Астаре', context: 'Поезда идут к Астаре, а у Shetab — новые карты.' },
        { id: 'caspian/shetab-network', word: 'Shetab', context: 'Поезда идут к Астаре, а у Shetab — новые карты.' },
      ],
    });
  });

  it('cuts the context at 40 characters each side', async () => {
    const before = 'a'.repeat(50);
    const file = page('near-long.html', `${before} Shetab ${'b'.repeat(50)}`);
    const { out } = await near('--json', file);
    expect(lineOf(out).near).toEqual([{ id: 'caspian/shetab-network', word: 'Shetab', context: `…${'a'.repeat(39)} Shetab ${'b'.repeat(39)}…` }]);
  });

  it('skips common words, words two entries share, lower-case uses of a capitalised name, and vetoed phrases', async () => {
    const mongolia = glossaryFile('steppe.json', glossary('steppe', [
      entry('mongolia', 'Mongolia', { de: ['Mongolei'] }, ['en'], { context: [{ names: ['Mongolei'], veto: { phrases: ['Innere Mongolei'] } }] }),
      entry('swift-bank', 'Swiftline Bank'),
    ]));
    const file = page('near-not.html',
      'Information about the network, the information network.', // stopword and lower case
      'In der Inneren Mongolei, nicht in der Mongolei.', // vetoed, then matched
      'A swiftline of cars; the Swiftline.', // lower-case use of a capitalised name
    );
    const { out } = await scan(['--no-builtin', '--glossary', caspian, '--glossary', rivals, '--glossary', mongolia, '--near', '--json', file]);
    expect(lineOf(out).near).toEqual([{ id: 'steppe/swift-bank', word: 'Swiftline', context: 'A swiftline of cars; the Swiftline.' }]);
    // "Astara" is in two entries' names (caspian's and rivals'): no longer distinctive.
    const astara = await scan(['--no-builtin', '--glossary', caspian, '--glossary', rivals, '--near', '--json', page('astara-2.html', 'Astara.')]);
    expect(lineOf(astara.out).near).toEqual([]);
  });

  it('says when a file has no likely misses, and does not go with --summary', async () => {
    const file = page('near-none.html', 'Nothing to see.');
    expect((await near(file)).out).toEqual([`${file}: no terms found`, `${file}: no likely misses`]);
    const r = await near('--summary', file);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('scan: --near lists misses per file; it does not go with --summary');
  });
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
