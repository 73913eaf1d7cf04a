import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGlossary } from '../../src/cli/lib/glossary-main.ts';
import { generateGlossaryJsonSchema, renderGlossaryJsonSchema } from '../../src/cli/lib/glossary-schema.ts';
import { MAX_GLOSSARY_BYTES } from '../../src/core/facts/glossary.ts';
import { generateJsonSchema } from '../../src/core/facts/json-schema.ts';
import { entry, FIXTURE_TODAY, glossary, header, ROOT, runCli } from './cli-fixtures.ts';
import { evaluateSchema } from './cli-json-schema-eval.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-glossary-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EXAMPLE = 'examples/glossaries/arctic-shipping.json';
const shown = (path: string): string => relative(process.cwd(), path) || path;

async function glossaryCli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGlossary(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function writeJson(path: string, data: unknown): string {
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}

const ports = entry('port-alpha', 'Port Alpha', { en: ['Alpha harbour'] }, ['en', 'de']);
const strait = entry('beta-strait', 'Beta Strait', {}, ['en', 'de'], { related: ['port-alpha'] });

describe('glossary check', () => {
  it('passes the example glossary in examples/ (via npm)', { timeout: 60_000 }, async () => {
    const r = await runCli('glossary', ['check', EXAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^examples\/glossaries\/arctic-shipping\.json: ok: arctic-shipping \(Arctic shipping; en\): 13 entries, \d+ facts\n$/);
  });

  it('passes the example file of the README\'s "Write your own glossary"', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Write your own glossary'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const file = join(tmp, 'readme-example.json');
    writeFileSync(file, example ?? '');
    const r = await glossaryCli(['check', file]);
    expect(r.err).toEqual([]);
    expect(r.out).toEqual([`${file}: ok: arctic-ports (Arctic ports; en): 1 entry, 3 facts`]);
  });

  it('names file, entry and field for every problem and exits 1 (via npm)', { timeout: 60_000 }, async () => {
    const badHeader = writeJson(join(tmp, 'bad-header.json'), glossary('Bad_Id', [entry('port-alpha', 'Port Alpha')]));
    const badEntries = writeJson(join(tmp, 'bad-entries.json'), glossary('bad-entries', [
      entry('port-alpha', 'Port Alpha', {}, ['en'], { summary: { en: 'Has <b>markup</b>.' } }),
      { ...entry('beta-strait', 'Beta Strait'), facts: [] },
    ]));
    const goodFile = writeJson(join(tmp, 'good.json'), glossary('good-one', [entry('port-alpha', 'Port Alpha')]));
    const r = await runCli('glossary', ['check', '--today', FIXTURE_TODAY, goodFile, badHeader, badEntries]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${goodFile}: ok: good-one (Test glossary good-one; en): 1 entry, 3 facts\n`);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `${badHeader}: id: must be kebab-case: lower-case letters and digits joined by single hyphens, like "power-of-siberia-2" (got "Bad_Id")`,
      `${badEntries}: entry "port-alpha": summary.en: must be plain text, not HTML (got "Has <b>markup</b>.")`,
      `${badEntries}: entry "beta-strait": facts: must have at least 3 items (has 0)`,
      'glossary check: 3 problems in 2 files of 3',
    ]);
  });

  it('checks entries against the languages the glossary declares', async () => {
    const file = writeJson(join(tmp, 'languages.json'), glossary('two-languages', [entry('port-alpha', 'Port Alpha')], ['en', 'de']));
    const r = await glossaryCli(['check', '--today', FIXTURE_TODAY, file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}: entry "port-alpha": title: needs text in de (has en)`);
  });

  it('refuses a file over 20 MB unread, and text that is not JSON, with the reason', async () => {
    const huge = join(tmp, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_GLOSSARY_BYTES + 1);
    const notJson = join(tmp, 'notes.json');
    writeFileSync(notJson, '{ "format": "gloss-glossary", oops');
    const r = await glossaryCli(['check', huge, notJson, join(tmp, 'missing.json'), tmp]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${huge}: is 20.0 MB, larger than 20 MB; Gloss does not import a file that size`,
      expect.stringMatching(new RegExp(`^${notJson}: is not a glossary: not valid JSON \\(.+\\)$`)),
      `${join(tmp, 'missing.json')}: no such file`,
      `${tmp}: is a folder, not a glossary file`,
      'glossary check: 4 problems in 4 files of 4',
    ]);
  });

  it('reads a file with a UTF-8 byte-order mark, as the browser does', async () => {
    const file = join(tmp, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(glossary('with-bom', [entry('port-alpha', 'Port Alpha')]))}`);
    expect((await glossaryCli(['check', '--today', FIXTURE_TODAY, file])).code).toBe(0);
  });

  it('fails with usage on no command, no files, an unknown command or option', async () => {
    expect((await glossaryCli([])).code).toBe(2);
    expect((await glossaryCli(['check'])).err[0]).toBe('glossary: check needs at least one file');
    expect((await glossaryCli(['frobnicate'])).err[0]).toBe('glossary: unknown command frobnicate');
    expect((await glossaryCli(['check', '--frobnicate', 'x.json'])).code).toBe(2);
    expect((await glossaryCli(['check', '--today', '2026-02-30', 'x.json'])).err[0]).toContain('--today needs a real date');
    expect((await glossaryCli(['--help'])).code).toBe(0);
  });
});

describe('glossary build', () => {
  function factsDir(name: string, withHeader: Record<string, unknown> | null): string {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    writeJson(join(dir, 'places.json'), { entries: [ports] });
    writeJson(join(dir, 'straits.json'), { $schema: './facts.schema.json', entries: [strait] });
    if (withHeader) writeJson(join(dir, 'glossary.header.json'), withHeader);
    return dir;
  }

  it('writes a valid glossary from the facts files and the header, which check then passes (via npm)', { timeout: 60_000 }, async () => {
    const { format: _f, version: _v, ...bare } = header('baltic-ports', ['en', 'de']);
    const dir = factsDir('build-ok', bare);
    const out = join(tmp, 'out', 'baltic.json');
    const r = await runCli('glossary', ['build', dir, '--out', out, '--today', FIXTURE_TODAY]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/baltic\.json: written: baltic-ports \(Test glossary baltic-ports; en, de\): 2 entries, 6 facts, \d+ KB\n$/);
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(`${JSON.stringify(glossary('baltic-ports', [ports, strait], ['en', 'de']), null, 2)}\n`);
    expect((await glossaryCli(['check', '--today', FIXTURE_TODAY, out])).code).toBe(0);
  });

  it('lets flags override the header, and "updated" defaults to the day of the build', async () => {
    const { updated: _u, ...noDate } = header('baltic-ports', ['en', 'de']);
    const dir = factsDir('build-flags', noDate);
    const out = join(tmp, 'flags.json');
    const r = await glossaryCli(['build', dir, '--out', out, '--today', FIXTURE_TODAY, '--id', 'north-sea', '--name', 'North Sea', '--languages', 'en, de', '--homepage=https://example.org/gloss']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const built = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(built)).toEqual(['format', 'version', 'id', 'name', 'description', 'languages', 'publisher', 'license', 'updated', 'homepage', 'entries']);
    expect(built).toMatchObject({ id: 'north-sea', name: 'North Sea', languages: ['en', 'de'], updated: FIXTURE_TODAY, homepage: 'https://example.org/gloss' });
  });

  it('names the facts file, entry and field of each problem, says where a header field is missing, and writes nothing', async () => {
    const dir = factsDir('build-bad', null);
    writeJson(join(dir, 'places.json'), { entries: [{ ...ports, related: ['nowhere'] }] });
    const out = join(tmp, 'never.json');
    const r = await glossaryCli(['build', dir, '--out', out, '--today', FIXTURE_TODAY, '--id', 'baltic', '--languages', 'en,de']);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const headerFile = shown(join(dir, 'glossary.header.json'));
    expect(r.err).toContain(`${headerFile}: name: is required (in glossary.header.json, or give --name)`);
    expect(r.err.find((l) => l.includes('related[0]'))).toMatch(new RegExp(`^${shown(join(dir, 'places.json'))}: entry "port-alpha": related\\[0\\]: `));
    expect(r.err.at(-1)).toMatch(/^glossary build: \d+ problems; nothing written$/);
  });

  it('refuses an id that is not valid and an output inside the facts folder', async () => {
    const dir = factsDir('build-refuse', header('builtin', ['en', 'de']));
    const inside = await glossaryCli(['build', dir, '--out', join(dir, 'out.json'), '--today', FIXTURE_TODAY]);
    expect(inside.code).toBe(1);
    expect(inside.err[0]).toContain('where the next build would read it as a facts file');
    const builtin = await glossaryCli(['build', dir, '--out', join(tmp, 'builtin.json'), '--today', FIXTURE_TODAY]);
    expect(builtin.code).toBe(1);
    expect(builtin.err[0]).toContain('id: "builtin" is the built-in glossary\'s id; choose another');
    expect((await glossaryCli(['build', dir])).err[0]).toBe('glossary: build needs --out FILE');
  });
});

describe('glossary JSON Schema', () => {
  it('is committed exactly as generated (run `npm run glossary -- schema` after changing the schemas)', () => {
    expect(readFileSync(join(ROOT, 'src/facts/glossary.schema.json'), 'utf8')).toBe(renderGlossaryJsonSchema());
  });

  it('has the facts schema\'s entry definitions, and the header fields', () => {
    const schema = generateGlossaryJsonSchema();
    expect(generateGlossaryJsonSchema(['en', 'de'])['$defs']).toEqual(generateJsonSchema()['$defs']);
    expect(schema['required']).toEqual(['format', 'version', 'id', 'name', 'description', 'languages', 'publisher', 'license', 'updated', 'entries']);
    expect(schema['additionalProperties']).toBe(false);
    expect((schema['properties'] as Record<string, Record<string, unknown>>)['entries']?.['items']).toEqual({ $ref: '#/$defs/entry' });
  });

  it('accepts the example glossary and flags mistakes, as an editor would', () => {
    const schema = generateGlossaryJsonSchema();
    const example = JSON.parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as Record<string, unknown>;
    expect(evaluateSchema(schema, example)).toEqual([]);
    const broken = { ...example, version: 2, homepage: 'http://example.org', entries: [{ ...ports, id: 'Not Kebab', sumary: 'typo', staleAfterDays: 0 }] };
    expect(evaluateSchema(schema, broken).sort()).toEqual([
      '$.entries[0].id: pattern',
      '$.entries[0].staleAfterDays: anyOf',
      '$.entries[0].sumary: additionalProperties',
      '$.homepage: pattern',
      '$.version: const',
    ]);
  });

  it('`schema --out FILE` writes it', async () => {
    const out = join(tmp, 'glossary.schema.json');
    expect((await glossaryCli(['schema', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(renderGlossaryJsonSchema());
  });
});
