import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFactsFiles } from '../../../src/cli/lib/facts-files.ts';
import { renderJsonSchema } from '../../../src/core/facts/json-schema.ts';
import { validateFacts } from '../../../src/core/facts/validate.ts';
import { BAD_CASES } from './bad-cases.ts';
import type { CliResult } from './support.ts';
import { BAD_FIXTURES, bundleFactsCheck, runFactsCheck, shownPath, TODAY, validExample } from './support.ts';

const goodDir = mkdtempSync(join(tmpdir(), 'gloss-facts-good-'));
writeFileSync(join(goodDir, 'energy.json'), JSON.stringify(validExample(), null, 2));
let bundled: Awaited<ReturnType<typeof bundleFactsCheck>> | undefined;
beforeAll(async () => {
  bundled = await bundleFactsCheck();
}, 60_000);
afterAll(() => {
  bundled?.cleanup();
  rmSync(goodDir, { recursive: true, force: true });
});
// Most runs use a one-time bundle of the same source; the tests marked "via npm" go through run-ts.mjs.
const cli = (args: string[]): Promise<CliResult> => {
  if (bundled === undefined) throw new Error('the CLI bundle was not built');
  return bundled.run(args);
};

describe.concurrent('npm run facts:check on each bad fixture folder', () => {
  for (const [folder, expected] of Object.entries(BAD_CASES)) {
    it(`exits 1 on ${folder} and names file, entry and field`, { timeout: 60_000 }, async () => {
      const dir = join(BAD_FIXTURES, folder);
      const { status, stdout, stderr } = await (folder === 'alias-on-two-entries' ? runFactsCheck : cli)(['--dir', dir, '--today', TODAY]);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      const lines = stderr.trimEnd().split('\n');
      for (const want of expected) {
        const prefix = [shownPath(join(dir, want.file)), ...(want.id === undefined ? [] : [`entry "${want.id}"`]), ...(want.field === '' ? [] : [want.field])].join(': ');
        expect(lines.some((l) => l.startsWith(`${prefix}: `) && l.includes(want.message)), `a line "${prefix}: …${want.message}…" in\n${stderr}`).toBe(true);
      }
      expect(lines.at(-1)).toMatch(new RegExp(`^facts:check: ${expected.length} errors?, `));
    });
  }
});

describe.concurrent('npm run facts:check on a valid folder', () => {
  it('exits 0 with a one-line summary (via npm)', { timeout: 60_000 }, async () => {
    const { status, stdout } = await runFactsCheck(['--dir', goodDir, '--today', TODAY]);
    expect(status).toBe(0);
    expect(stdout).toBe('facts:check: ok: 2 entries, 6 facts, 11 aliases in 1 file\n');
  });

  it('--json prints exactly the validated entries and nothing else on stdout (via npm)', { timeout: 60_000 }, async () => {
    const { status, stdout, stderr } = await runFactsCheck(['--dir', goodDir, '--today', TODAY, '--json']);
    expect(status).toBe(0);
    const expected = validateFacts(await readFactsFiles(goodDir), { today: TODAY });
    expect(expected.errors).toEqual([]);
    expect(JSON.parse(stdout)).toEqual(expected.entries);
    expect(stderr).toContain('facts:check: ok: 2 entries');
  });

  it('--stale lists the entries past their freshness, oldest first, by the day they went stale', { timeout: 60_000 }, async () => {
    // Gazprom sets 120 days; the pipeline keeps its category's year. Both were reviewed on 2026-10-15.
    const early = await cli(['--dir', goodDir, '--today', '2027-02-11', '--stale']);
    expect(early.status).toBe(0);
    expect(early.stdout).toBe('');
    expect(early.stderr).toBe('facts:check: 0 entries due for review of 2\n');
    const { status, stdout, stderr } = await cli(['--dir', goodDir, '--today', '2027-02-12', '--stale']);
    expect(status).toBe(0);
    expect(stdout).toBe('gazprom\tGazprom\treviewed 2026-10-15\tstale since 2027-02-12 (company, 120 days)\n');
    expect(stderr).toBe('facts:check: 1 entry due for review of 2\n');
  });

  it('--json prints nothing on stdout when the facts are invalid', { timeout: 60_000 }, async () => {
    const { status, stdout, stderr } = await cli(['--dir', join(BAD_FIXTURES, 'related-self'), '--today', TODAY, '--json']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('related[0]: an entry must not list itself as related');
  });

  it('uses the real date when --today is not given, so future dates fail', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-facts-future-'));
    try {
      const data = validExample();
      (data.entries[0] as Record<string, unknown>)['reviewed'] = '2999-01-01';
      writeFileSync(join(dir, 'energy.json'), JSON.stringify(data));
      const { status, stderr } = await cli(['--dir', dir]);
      expect(status).toBe(1);
      expect(stderr).toMatch(/entry "power-of-siberia-2": reviewed: must not be later than today, \d{4}-\d{2}-\d{2} \(got "2999-01-01"\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on an empty folder, a stale schema file, and bad arguments', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-facts-empty-'));
    try {
      const empty = await cli(['--dir', dir, '--today', TODAY]);
      expect(empty.status).toBe(1);
      expect(empty.stderr).toContain('has no facts files (*.json)');

      writeFileSync(join(dir, 'energy.json'), JSON.stringify(validExample()));
      writeFileSync(join(dir, 'facts.schema.json'), '{}\n');
      const stale = await cli(['--dir', dir, '--today', TODAY]);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('facts.schema.json: is out of date; run `npm run facts:check -- --write-schema`');

      const written = await cli(['--dir', dir, '--today', TODAY, '--write-schema']);
      expect(written.status).toBe(0);
      expect(readFileSync(join(dir, 'facts.schema.json'), 'utf8')).toBe(renderJsonSchema());

      const badToday = await cli(['--dir', dir, '--today', '2026-02-30']);
      expect(badToday.status).toBe(2);
      expect(badToday.stderr).toContain('--today needs a real date as YYYY-MM-DD');
      expect((await cli(['--frobnicate'])).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
