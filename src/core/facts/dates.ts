/** YYYY-MM-DD, or YYYY-MM where only the month is known. Shared by the validator and the JSON Schema. */
export const ISO_DATE_PATTERN = '^[0-9]{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?$';
const ISO_DATE = new RegExp(ISO_DATE_PATTERN);
const FULL_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps local time zones out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The pattern alone accepts 2025-02-30; this also checks the day exists in that month. A bare year (timelines) is real. */
export function isRealDate(value: string): boolean {
  if (/^[0-9]{4}$/.test(value)) return true;
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined) return false;
  return d === undefined || d <= daysInMonth(y, m);
}

/** Only full YYYY-MM-DD dates are accepted as "today". */
export function isFullDate(value: string): boolean {
  return FULL_DATE.test(value) && isRealDate(value);
}

/**
 * True when the date lies after `today`. A month (YYYY-MM) counts from its first day, so the
 * current month is not in the future. Plain string comparison is correct for these fixed-width forms.
 */
export function isAfter(date: string, today: string): boolean {
  const start = date.length === 7 ? `${date}-01` : date;
  return start > today;
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
