import { describe, expect, it } from 'vitest';
import { isAfter, isFullDate, isRealDate, localToday } from '../../../src/core/facts/dates.ts';
import { validateGlossary } from '../../../src/core/facts/glossary.ts';
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
const GLOSSARY_HEADER = {
  format: 'gloss-glossary',
  version: 1,
  id: 'pipelines',
  name: 'Pipelines',
  description: 'Gas pipelines for a test.',
  publisher: 'Gloss tests',
  license: 'CC0',
  updated: '2026-10-20',
};

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
    // Its rules govern "PS-2", which the names given here may replace.
    delete ea['context'];
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
      'src/facts/test.json: entry "gazprom": aliases.de[0]: "Mir" is also a name of entry "power-of-siberia-2" (src/facts/test.json) at aliases.en[0] ("MIR"); a name may belong to one entry only, unless both entries give it a context rule',
    ]);
  });

  it('rejects names equal only after the matcher\'s normalisation (case, dashes, spaces)', () => {
    const result = withNames({ en: ['Nord Stream–2'] }, [], { de: ['nord  stream-2'] }, []);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ id: 'gazprom', field: 'aliases.de[0]' });
  });

  it('lets two entries share a name when both give it a context rule', () => {
    const data = validExample();
    const eb = entryAt(data, 1);
    aliasesOf(eb)['en'] = ['PS-2'];
    eb['caseSensitive'] = ['PS-2'];
    expect(validateFacts([asInput(data)], { today: TODAY }).errors.map(formatIssue)).toEqual([
      'src/facts/test.json: entry "gazprom": aliases.en[0]: "PS-2" is also a name of entry "power-of-siberia-2" (src/facts/test.json) at aliases.en[1] ("PS-2"); a name may belong to one entry only, unless both entries give it a context rule',
    ]);
    eb['context'] = [{ names: ['PS-2'], require: { words: ['share'] } }];
    expect(validateFacts([asInput(data)], { today: TODAY }).errors).toEqual([]);
  });

  it('only warns about a name repeated inside one language list of one entry, even when the title equals both', () => {
    // The title "Power of Siberia 2" is the same name as both aliases after normalisation.
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
    entryAt(data, 1)['summary'] = { en: '', de: 'Gaskonzern.' };
    const errors = validateFacts([asInput(data)], { today: TODAY }).errors.map(formatIssue);
    expect(errors).toEqual([
      'src/facts/test.json: entries[1].id: must be a string (got the number 7)',
      'src/facts/test.json: entries[1].summary.en: must not be empty',
      // The other entry's links to it are now dangling too.
      'src/facts/test.json: entry "power-of-siberia-2": context[0].require.entries[0]: no entry has the id "gazprom"',
      'src/facts/test.json: entry "power-of-siberia-2": related[0]: no entry has the id "gazprom"',
    ]);
  });

  it('reports a non-object entry once, by index', () => {
    const errors = validateFacts([asInput({ entries: ['gazprom'] })], { today: TODAY }).errors.map(formatIssue);
    expect(errors).toEqual(['src/facts/test.json: entries[0]: must be an object (got "gazprom")']);
  });

  it('counts summary length in characters, not UTF-16 units', () => {
    const data = validExample();
    const summary = entryAt(data, 0)['summary'] as Record<string, string>;
    summary['de'] = '𝔊'.repeat(400); // 800 UTF-16 units, 400 characters
    expect(validateFacts([asInput(data)], { today: TODAY }).errors).toEqual([]);
    summary['de'] = '𝔊'.repeat(401);
    expect(validateFacts([asInput(data)], { today: TODAY }).errors.map(formatIssue)).toEqual([
      'src/facts/test.json: entry "power-of-siberia-2": summary.de: is 401 characters long; at most 400 are allowed',
    ]);
  });

  it('lets a value\'s date lie ahead (a planned start), but not the date the value was true', () => {
    const data = validExample();
    const fact = (entryAt(data, 1)['facts'] as Raw[])[2] as Raw;
    fact['value'] = { date: '2030' };
    expect(validateFacts([asInput(data)], { today: TODAY }).errors).toEqual([]);
    fact['asOf'] = '2030';
    expect(validateFacts([asInput(data)], { today: TODAY }).errors.map(formatIssue)).toEqual([
      'src/facts/test.json: entry "gazprom": facts[2].asOf: must be a date as YYYY-MM-DD or YYYY-MM (got "2030")',
    ]);
  });

  it('needs text in every language the glossary declares, naming file, entry and field', () => {
    const data = validExample();
    // The crafted entries are in English and German; a glossary in English and Russian needs Russian too.
    const errors = validateFacts([asInput(data)], { today: TODAY, languages: ['en', 'ru'] }).errors.map(formatIssue);
    expect(errors).toContain('src/facts/test.json: entry "gazprom": title: needs text in ru (has en, de)');
    expect(errors).toContain('src/facts/test.json: entry "power-of-siberia-2": facts[1].alternatives[0].note: needs text in ru (has en, de)');
    // The entry with a Russian title still lacks a Russian summary.
    expect(errors).toContain('src/facts/test.json: entry "power-of-siberia-2": summary: needs text in ru (has en, de)');
    expect(errors).not.toContain('src/facts/test.json: entry "power-of-siberia-2": title: needs text in ru (has en, de, ru)');
    const { glossary, errors: imported } = validateGlossary({ ...GLOSSARY_HEADER, languages: ['en', 'ru'], entries: data.entries }, { file: 'mine.json', today: TODAY });
    expect(glossary).toBeNull();
    expect(imported.map(formatIssue)).toEqual(errors.map((line) => line.replace('src/facts/test.json', 'mine.json')));
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
    entry['caseSensitive'] = ['PS-2', 'PS-2'];
    expect(validateFacts([asInput(data)], { today: TODAY }).errors.map(formatIssue)).toEqual([
      'src/facts/test.json: entry "power-of-siberia-2": caseSensitive[1]: repeats caseSensitive[0] ("PS-2")',
      'src/facts/test.json: entry "power-of-siberia-2": related[1]: repeats related[0] ("gazprom")',
    ]);
  });
});
