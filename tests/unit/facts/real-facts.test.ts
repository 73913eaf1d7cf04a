import { describe, expect, it } from 'vitest';
import { readFactsFiles } from '../../../src/cli/lib/facts-files.ts';
import { localToday } from '../../../src/core/facts/dates.ts';
import { formatIssue } from '../../../src/core/facts/issues.ts';
import { validateFacts } from '../../../src/core/facts/validate.ts';
import { REAL_FACTS } from './support.ts';

describe('the bundled facts files (src/facts)', () => {
  it('exist and pass every rule of facts:check', async () => {
    const files = await readFactsFiles(REAL_FACTS);
    expect(files.length, 'src/facts has no facts files').toBeGreaterThan(0);
    const { entries, errors } = validateFacts(files, { today: localToday() });
    expect(errors.map(formatIssue)).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
  });
});
