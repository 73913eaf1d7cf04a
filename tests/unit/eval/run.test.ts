// npm run eval end to end: through the scan CLI, on a made-up set, without a set, and (where this
// machine has it) on the real realtext-dev set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalResult } from '../../../bench/eval/report.ts';

function runEval(set: string, args: string[]) {
  return spawnSync(process.execPath, ['scripts/run-ts.mjs', 'bench/eval/run.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GLOSS_REALTEXT: set },
  });
}

const pageHtml = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Development excerpt 001</title><meta property="og:type" content="article"></head><body><article><h1>Development excerpt 001</h1>${body}</article></body></html>\n`;

/** Two made-up cases: an ordinary page and a trap page, in the set's format. */
function madeUpSet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-realtext-'));
  const cases = [
    {
      name: 'en-made-up',
      lang: 'en',
      html: '<p>Gazprom said on Monday that Hezbollah &amp; others had nothing to do with it. Gazprom again.</p>',
      expect: [
        ['Gazprom', '^gazprom$'],
        ['Monday', '^weekday$'],
        ['Hezbollah', '^(hezbollah|irgc)$'],
      ],
      strict: false,
    },
    { name: 'trap-de-made-up', lang: 'de', html: '<p lang="de">Ein Text über Gazprom, der eine Falle ist.</p>', expect: [], strict: true },
  ];
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
  for (const c of cases) writeFileSync(join(dir, `${c.name}.html`), pageHtml(c.lang, c.html));
  return dir;
}

describe('npm run eval', () => {
  it('prints a one-line notice and exits 0 when there is no set', () => {
    const r = runEval(join(tmpdir(), 'gloss-no-such-realtext-set'), []);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('SKIPPED');
  }, 30_000);

  it('scores the pages the scan CLI read, and writes only numbers to the results file', () => {
    const set = madeUpSet();
    const results = join(set, 'RESULTS.md');
    writeFileSync(results, '# Results\n\nkept\n');
    const r = runEval(set, ['--json', '--write', '--results', results]);
    expect(r.stderr).toContain('wrote');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as EvalResult;
    const all = out.languages.find((l) => l.lang === 'all');
    // Highlights: Gazprom, Hezbollah, Gazprom on the ordinary page (the second Gazprom is not
    // annotated, so not scored), Gazprom on the trap page (wrong). "Monday" is in no entry: a miss.
    expect(all).toEqual({ lang: 'all', cases: 2, expected: 3, paired: 2, recall: 2 / 3, highlights: 4, wrong: 1, precision: 0.75 });
    expect(out.misses).toEqual([{ case: 'en-made-up', text: 'Monday', pattern: '^weekday$' }]);
    expect(out.wrong).toEqual([{ case: 'trap-de-made-up', text: 'Gazprom', id: 'gazprom', why: 'trap' }]);
    expect(out.unplaced).toEqual([]);
    const written = readFileSync(results, 'utf8');
    expect(written).toContain('# Results\n\nkept\n');
    expect(written).toContain('## Real text (realtext-dev)');
    expect(written).not.toContain('Monday');
  }, 30_000);
});

const REAL = join(process.cwd(), '..', 'shared', 'realtext-dev');
describe.skipIf(!existsSync(REAL))('npm run eval on the real realtext-dev set', () => {
  it('reads every case and places every highlight in its text', () => {
    const r = runEval(REAL, ['--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as EvalResult;
    const cases = JSON.parse(readFileSync(join(REAL, 'cases.json'), 'utf8')) as Array<{ expect: unknown[] }>;
    const all = out.languages.find((l) => l.lang === 'all')!;
    expect(all.cases).toBe(cases.length);
    expect(all.expected).toBe(cases.reduce((n, c) => n + c.expect.length, 0));
    expect(out.unplaced).toEqual([]);
    expect(all.paired + out.misses.length).toBe(all.expected);
  }, 60_000);
});
