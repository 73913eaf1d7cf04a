import { describe, expect, it } from 'vitest';
import { isAfter, isFullDate, isRealDate, localToday } from '../../../src/core/facts/dates.ts';
import { formatIssue } from '../../../src/core/facts/issues.ts';
import { validateFacts } from '../../../src/core/facts/validate.ts';
import { asInput, TODAY, validExample } from './support.ts';

type Raw = Record<string, unknown>;
const entryAt = (data: { entries: Raw[] }, i: number): Raw => {
  const entry = data.entries[i];
  if (entry === undefined) throw new Error(`no entry ${i}`);
  return entry;
};
const aliasesOf = (entry: Raw): Record<string, string[]> => entry['aliases'] as Record<string, string[]>;

describe('validateFacts: the crafted valid example', () => {
  it('accepts it with no errors or warnings and returns every entry unchanged', () => {
    const data = validExample();
    const result = validateFacts([asInput(data)], { today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.entries).toEqual(data.entries);
  });

  it('accepts the same entries split over two files, related across files', () => {
    const data = validExample();
    const [a, b] = data.entries;
    const result = validateFacts([asInput({ entries: [a] }, 'a.json'), asInput({ entries: [b] }, 'b.json')], { today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.id)).toEqual(['power-of-siberia-2', 'gazprom']);
  });

  it('accepts a YYYY-MM date in the current month (the month has begun)', () => {
    const data = validExample();
    entryAt(data, 0)['reviewed'] = '2026-11';
    expect(validateFacts([asInput(data)], { today: TODAY }).errors).toEqual([]);
  });

  it('leaves out of `entries` exactly the entries that have errors', () => {
    const data = validExample();
    entryAt(data, 1)['category'] = 'gas';
    const result = validateFacts([asInput(data)], { today: TODAY });
    expect(result.errors.map((e) => e.id)).toEqual(['gazprom']);
    expect(result.entries.map((e) => e.id)).toEqual(['power-of-siberia-2']);
  });

  it('refuses a today that is not a real YYYY-MM-DD date', () => {
    expect(() => validateFacts([], { today: '2026-02-30' })).toThrow(/today must be a real date/);
    expect(() => validateFacts([], { today: '2026-11' })).toThrow(/today must be a real date/);
  });
});

describe('validateFacts: names shared between entries', () => {
  const withNames = (a: Partial<Record<'en' | 'de', string[]>>, aCase: string[], b: Partial<Record<'en' | 'de', string[]>>, bCase: string[]) => {
    const data = validExample();
    const [ea, eb] = [entryAt(data, 0), entryAt(data, 1)];
    Object.assign(aliasesOf(ea), a);
    ea['caseSensitive'] = aCase;
    Object.assign(aliasesOf(eb), b);
    eb['caseSensitive'] = bCase;
    return validateFacts([asInput(data)], { today: TODAY });
  };

  it('lets two case-sensitive names that differ in case live in two entries', () => {
    const result = withNames({ en: ['SWIFT'] }, ['SWIFT'], { en: ['Swift'] }, ['Swift']);
    expect(result.errors).toEqual([]);
  });

  it('rejects a case-sensitive name whose folded form is another entry\'s case-insensitive name', () => {
    // "MIR" in a page would match both: the exact alias and the folded one.
    const result = withNames({ en: ['MIR'] }, ['MIR'], { de: ['Mir'] }, []);
    expect(result.errors.map(formatIssue)).toEqual([
      'src/facts/test.json: entry "gazprom": aliases.de[0]: "Mir" is also a name of entry "power-of-siberia-2" (src/facts/test.json) at aliases.en[0] ("MIR"); a name may belong to one entry only',
    ]);
  });

  it('rejects names equal only after the matcher\'s normalisation (case, dashes, spaces)', () => {
    const result = withNames({ en: ['Nord Stream–2'] }, [], { de: ['nord  stream-2'] }, []);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ id: 'gazprom', field: 'aliases.de[0]' });
  });

  it('only warns about a name repeated inside one language list of one entry', () => {
    const result = withNames({ en: ['Power of Siberia-2', 'power of siberia‑2'] }, [], {}, []);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatIssue)).toEqual([
      'src/facts/test.json: entry "power-of-siberia-2": aliases.en[1]: repeats aliases.en[0] ("Power of Siberia-2") after normalisation; harmless, but one of them can go',
    ]);
    expect(result.entries).toHaveLength(2);
  });

  it('says nothing when one entry uses the same name in two languages or repeats its title', () => {
    const result = withNames({ en: ['Power of Siberia 2', 'PS-2'], de: ['PS-2'] }, ['PS-2'], {}, []);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('validateFacts: messages', () => {
  it('formats an issue as file: entry "id": field: message', () => {
    const data = validExample();
    const fact = (entryAt(data, 0)['facts'] as Raw[])[2] as Raw;
    (fact['source'] as Raw)['url'] = 'http://example.org/x';
    const [issue] = validateFacts([asInput(data, 'src/facts/energy.json')], { today: TODAY }).errors;
    expect(issue).toEqual({ file: 'src/facts/energy.json', id: 'power-of-siberia-2', field: 'facts[2].source.url', message: 'must be an https URL (got "http://example.org/x")' });
    expect(issue && formatIssue(issue)).toBe('src/facts/energy.json: entry "power-of-siberia-2": facts[2].source.url: must be an https URL (got "http://example.org/x")');
  });

  it('locates problems in an entry without a usable id by its index', () => {
    const data = validExample();
    entryAt(data, 1)['id'] = 7;
    entryAt(data, 1)['summary'] = '';
    const errors = validateFacts([asInput(data)], { today: TODAY }).errors.map(formatIssue);
    expect(errors).toEqual([
      'src/facts/test.json: entries[1].id: must be a string (got the number 7)',
      'src/facts/test.json: entries[1].summary: must not be empty',
      // The other entry's link to it is now dangling too.
      'src/facts/test.json: entry "power-of-siberia-2": related[0]: no entry has the id "gazprom"',
    ]);
  });

  it('reports a non-object entry once, by index', () => {
    const errors = validateFacts([asInput({ entries: ['gazprom'] })], { today: TODAY }).errors.map(formatIssue);
    expect(errors).toEqual(['src/facts/test.json: entries[0]: must be an object (got "gazprom")']);
  });

  it('counts summary length in characters, not UTF-16 units', () => {
    const data = validExample();
    entryAt(data, 0)['summary'] = '𝔊'.repeat(400); // 800 UTF-16 units, 400 characters
    expect(validateFacts([asInput(data)], { today: TODAY }).errors).toEqual([]);
    entryAt(data, 0)['summary'] = '𝔊'.repeat(401);
    expect(validateFacts([asInput(data)], { today: TODAY }).errors.map((e) => e.message)).toEqual(['is 401 characters long; at most 400 are allowed']);
  });

  it('never throws on hostile input', () => {
    for (const data of [null, 3, 'x', [], {}, { entries: null }, { entries: [null, [], 1, { aliases: 'x', related: [1], caseSensitive: {} }] }]) {
      const result = validateFacts([asInput(data)], { today: TODAY });
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.entries).toEqual([]);
    }
  });
});

describe('dates', () => {
  it('knows real calendar dates, leap years included', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-04-31')).toBe(false);
    expect(isRealDate('2025-12')).toBe(true);
    expect(isRealDate('2025-00')).toBe(false);
    expect(isRealDate('2025-1-01')).toBe(false);
    expect(isFullDate('2025-12')).toBe(false);
  });

  it('treats a month as starting on its first day when comparing with today', () => {
    expect(isAfter('2026-11', '2026-11-01')).toBe(false);
    expect(isAfter('2026-12', '2026-11-30')).toBe(true);
    expect(isAfter('2026-11-02', '2026-11-01')).toBe(true);
  });

  it('gives today in local time as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('validateFacts: lists that must not repeat', () => {
  it('names a repeated caseSensitive name or related id by the path of its first use', () => {
    const data = validExample();
    const entry = entryAt(data, 0);
    entry['related'] = ['gazprom', 'gazprom'];
    expect(validateFacts([asInput(data)], { today: TODAY }).errors.map(formatIssue)).toEqual([
      'src/facts/test.json: entry "power-of-siberia-2": related[1]: repeats related[0] ("gazprom")',
    ]);
  });
});
