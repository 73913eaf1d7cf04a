import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBuildData } from '../../../src/cli/lib/build-data.ts';
import { GLOSSARY_HEADER_FILE } from '../../../src/cli/lib/facts-files.ts';
import { BAD_FIXTURES, shownPath, TODAY, validExample } from './support.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The built-in glossary's header as src/facts has it, dated before TODAY. */
const HEADER = { format: 'gloss-glossary', version: 1, id: 'builtin', name: 'Built in', description: 'Test.', languages: ['en', 'de'], publisher: 'Gloss', license: 'MIT', updated: '2026-10-01' };

/** A facts folder with the crafted example and, unless told otherwise, a glossary header. */
function factsDir(header: Record<string, unknown> | null = HEADER): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-build-data-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'energy.json'), JSON.stringify(validExample()));
  if (header !== null) writeFileSync(join(dir, GLOSSARY_HEADER_FILE), JSON.stringify(header));
  return dir;
}

describe('loadBuildData (the build hook)', () => {
  it('returns the validated entries of a good folder, as the built-in glossary with its header', async () => {
    const { entries, glossary, dictionary } = await loadBuildData({ factsDir: factsDir(), today: TODAY });
    expect(entries).toEqual(validExample().entries);
    expect(glossary.entries).toEqual(entries);
    expect(glossary.header).toEqual(HEADER);
    expect(typeof dictionary.buffer).toBe('string');
  });

  it('throws one Error listing every formatted issue', async () => {
    const error = await loadBuildData({ factsDir: join(BAD_FIXTURES, 'source-incomplete'), today: TODAY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe('The facts files have 4 errors:');
    expect(lines.slice(1)).toHaveLength(4);
    expect(lines[1]).toMatch(/source-incomplete\/energy\.json: entry "power-of-siberia-2": facts\[0\]\.source\.publisher: is required$/);
    expect(lines[4]).toMatch(/: entry "power-of-siberia-2": facts\[2\]\.source\.date: is required$/);
  });

  it('refuses a folder without the glossary header, or with a bad one, naming the file and the field', async () => {
    const bare = factsDir(null);
    await expect(loadBuildData({ factsDir: bare, today: TODAY })).rejects.toThrow(`${shownPath(join(bare, GLOSSARY_HEADER_FILE))}: cannot read the built-in glossary's header`);
    const bad = factsDir({ ...HEADER, languages: ['en', 'xx'] });
    await expect(loadBuildData({ factsDir: bad, today: TODAY })).rejects.toThrow(
      `${shownPath(join(bad, GLOSSARY_HEADER_FILE))}: languages[1]: must be one of: en, de, ru, fa (got "xx")`,
    );
  });

  it('fails on a missing or empty folder instead of building an empty dictionary', async () => {
    await expect(loadBuildData({ factsDir: join(BAD_FIXTURES, 'no-such-folder'), today: TODAY })).rejects.toThrow(/cannot read the facts folder/);
    const dir = mkdtempSync(join(tmpdir(), 'gloss-build-empty-'));
    dirs.push(dir);
    await expect(loadBuildData({ factsDir: dir, today: TODAY })).rejects.toThrow(/has no facts files/);
  });
});
