// The RESULTS.md section: replaced in place on a rerun, the rest of the file kept, no excerpt text.
import { describe, expect, it } from 'vitest';
import { HEADING, markdownSection, withSection, type EvalResult } from '../../../bench/eval/report.ts';

const result: EvalResult = {
  set: '/somewhere/realtext-dev',
  date: '2030-01-02',
  commit: 'abc1234',
  dirty: false,
  cases: 2,
  languages: [{ lang: 'all', cases: 2, expected: 4, paired: 3, recall: 0.75, highlights: 5, wrong: 1, precision: 0.8 }],
  entries: [{ id: 'blue-canal', expected: 4, paired: 3, wrong: 1 }],
  misses: [{ case: 'en-made-up', text: 'SECRET EXCERPT WORDS', pattern: '^blue-canal$' }],
  wrong: [{ case: 'trap-en-made-up', text: 'OTHER EXCERPT WORDS', id: 'blue-canal', why: 'trap' }],
  unplaced: [],
};

describe('the RESULTS.md section', () => {
  const section = markdownSection(result);

  it('carries the date, the commit, the numbers and the entry ids, but no excerpt text', () => {
    expect(section).toContain(HEADING);
    expect(section).toContain('2030-01-02');
    expect(section).toContain('abc1234');
    expect(section).toContain('| **all** | **2** | **4** | **3** | **0.750** | **5** | **1** | **0.800** |');
    expect(section).toContain('| `blue-canal` | 4 | 3 | 0.750 | 1 |');
    expect(section).not.toContain('EXCERPT');
  });

  it('is appended to a file without it and replaced on the next run, keeping the rest', () => {
    const before = '# Results\n\nearlier text\n';
    const once = withSection(before, section);
    expect(once.startsWith(before.trimEnd())).toBe(true);
    const rerun = withSection(`${once}\n## Later section\n\nkept\n`, markdownSection({ ...result, date: '2030-02-03' }));
    expect(rerun.match(new RegExp(HEADING.replace(/[()]/g, '\\$&'), 'g'))).toHaveLength(1);
    expect(rerun).toContain('2030-02-03');
    expect(rerun).not.toContain('2030-01-02');
    expect(rerun).toContain('earlier text');
    expect(rerun).toContain('## Later section\n\nkept');
  });

  it('replaces a hand-written section of the same name up to the next heading', () => {
    const file = `# Results\n\n${HEADING}\n\nold numbers\n\n## Next\n\nkept\n`;
    const next = withSection(file, section);
    expect(next).not.toContain('old numbers');
    expect(next).toContain(`${section}\n\n## Next\n\nkept\n`);
  });
});
