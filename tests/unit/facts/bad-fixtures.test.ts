import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFactsFiles } from '../../../src/cli/lib/facts-files.ts';
import { formatIssue } from '../../../src/core/facts/issues.ts';
import { validateFacts } from '../../../src/core/facts/validate.ts';
import { BAD_CASES } from './bad-cases.ts';
import { BAD_FIXTURES, shownPath, TODAY } from './support.ts';

describe('bad facts fixtures', () => {
  it('has an expectation for every fixture folder, and a folder for every expectation', () => {
    const folders = readdirSync(BAD_FIXTURES).sort();
    expect(folders).toEqual(Object.keys(BAD_CASES).sort());
  });

  for (const [folder, expected] of Object.entries(BAD_CASES)) {
    it(`rejects ${folder} naming file, entry, field and rule`, async () => {
      const dir = join(BAD_FIXTURES, folder);
      const { errors } = validateFacts(await readFactsFiles(dir), { today: TODAY });
      expect(errors.map(formatIssue)).toHaveLength(expected.length);
      expected.forEach((want, i) => {
        const got = errors[i];
        expect(got, `issue ${i} of ${folder}`).toBeDefined();
        expect(got?.file).toBe(shownPath(join(dir, want.file)));
        expect(got?.id).toBe(want.id);
        expect(got?.field).toBe(want.field);
        expect(got?.message).toContain(want.message);
      });
    });
  }
});
