import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuildData } from '../../../src/cli/lib/build-data.ts';
import { BAD_FIXTURES, TODAY, validExample } from './support.ts';

describe('loadBuildData (the build hook)', () => {
  it('returns the validated entries of a good folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-build-data-'));
    try {
      writeFileSync(join(dir, 'energy.json'), JSON.stringify(validExample()));
      const { entries } = await loadBuildData({ factsDir: dir, today: TODAY });
      expect(entries).toEqual(validExample().entries);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

  it('fails on a missing or empty folder instead of building an empty dictionary', async () => {
    await expect(loadBuildData({ factsDir: join(BAD_FIXTURES, 'no-such-folder'), today: TODAY })).rejects.toThrow(/cannot read the facts folder/);
    const dir = mkdtempSync(join(tmpdir(), 'gloss-build-empty-'));
    try {
      await expect(loadBuildData({ factsDir: dir, today: TODAY })).rejects.toThrow(/has no facts files/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
