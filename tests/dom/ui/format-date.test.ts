import { describe, expect, it } from 'vitest';
import { dateFormatter, formatDate } from '../../../src/ui/format-date.ts';

describe('formatDate', () => {
  it('formats full dates for English and German', () => {
    expect(formatDate('2025-10-02', 'en-GB')).toBe('2 October 2025');
    expect(formatDate('2025-10-02', 'de')).toBe('2. Oktober 2025');
    expect(formatDate('2019-12-31', 'en-GB')).toBe('31 December 2019');
    expect(formatDate('2024-02-29', 'de')).toBe('29. Februar 2024');
  });

  it('formats month-only dates', () => {
    expect(formatDate('2025-10', 'en-GB')).toBe('October 2025');
    expect(formatDate('2025-03', 'de')).toBe('März 2025');
  });

  it('formats a bare year, in the digits of the language', () => {
    expect(formatDate('1979', 'en-GB')).toBe('1979');
    expect(formatDate('1979', 'de')).toBe('1979');
    // Persian digits, and the Gregorian year: 1979 spans two Solar Hijri years.
    expect(formatDate('1979', 'fa-u-ca-gregory')).toBe('۱۹۷۹');
  });

  it('is not shifted by the time zone (calendar days, not instants)', () => {
    // The first and last day of a year are where a UTC/local mix-up shows.
    expect(formatDate('2025-01-01', 'en-GB')).toBe('1 January 2025');
    expect(formatDate('2025-12-31', 'en-GB')).toBe('31 December 2025');
  });

  it('returns anything that is not a real date unchanged', () => {
    for (const bad of ['', '25', '20251', '2025-13', '2025-02-30', '2025-1-2', 'yesterday', '2025-10-02T10:00', ' 2025-10-02']) {
      expect(formatDate(bad, 'en-GB')).toBe(bad);
    }
  });

  it('falls back to British English for a broken locale tag instead of throwing', () => {
    expect(formatDate('2025-10-02', 'not a locale!')).toBe('2 October 2025');
  });

  it('binds a locale with dateFormatter', () => {
    expect(dateFormatter('de')('2025-09')).toBe('September 2025');
  });
});
