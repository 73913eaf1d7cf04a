const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export type FormatDate = (iso: string) => string;

function tryFormat(locale: string, date: Date, options: Intl.DateTimeFormatOptions): string | undefined {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  } catch {
    // An invalid locale tag from a translation must not take the card down.
    return undefined;
  }
}

/**
 * "2025-10-02" → "2 October 2025" (en-GB) / "2. Oktober 2025" (de); "2025-10" → "October 2025";
 * "1979" → "1979" (or the year in the locale's digits: "۱۹۷۹"). Dates are calendar days, not
 * instants, so they are built and formatted in UTC: no time zone can shift them by a day.
 * Anything that is not such a date comes back unchanged.
 */
export function formatDate(iso: string, locale: string): string {
  const day = DAY.exec(iso);
  const month = day === null ? MONTH.exec(iso) : null;
  const year = day === null && month === null ? YEAR.exec(iso) : null;
  const parts = day ?? month ?? year;
  if (parts === null) return iso;
  const monthIndex = parts[2] === undefined ? 0 : Number(parts[2]) - 1;
  const dayOfMonth = parts[3] === undefined ? 1 : Number(parts[3]);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  date.setUTCFullYear(Number(parts[1]), monthIndex, dayOfMonth);
  // Reject 2025-02-30 and 2025-13: Date would silently roll them over.
  if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== dayOfMonth) return iso;
  const options: Intl.DateTimeFormatOptions =
    day !== null ? { day: 'numeric', month: 'long', year: 'numeric' } : month !== null ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return tryFormat(locale, date, options) ?? tryFormat('en-GB', date, options) ?? iso;
}

/** A formatter bound to one locale, the shape `citationText` takes. */
export function dateFormatter(locale: string): FormatDate {
  return (iso) => formatDate(iso, locale);
}
