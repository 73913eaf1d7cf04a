/**
 * How fast an entry's facts go stale, by category: an office holder or a war changes within
 * months, a pipeline's status within a year, a place's history not at all. An entry may set its
 * own `staleAfterDays` (null: never). Past that many days after `reviewed`, the card says quietly
 * "may be out of date", and `facts:check --stale` lists the entry for review.
 */
import type { Category } from './vocabulary.ts';

const STALE_AFTER_DAYS: Record<Category, number | null> = {
  person: 90,
  event: 90,
  military: 180,
  sanction: 180,
  company: 180,
  economy: 180,
  energy: 180,
  'payment-system': 180,
  organisation: 365,
  pipeline: 365,
  corridor: 365,
  treaty: 365,
  weapon: 365,
  place: null,
};

const DAY_MS = 86_400_000;

/** YYYY-MM or YYYY-MM-DD to a UTC day number; a month counts from its first day. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

export interface Staleness {
  /** Days after `reviewed` at which the entry goes stale, or null when it never does. */
  afterDays: number | null;
  stale: boolean;
  /** The date from which it is stale (YYYY-MM-DD), or null. */
  since: string | null;
}

export function stalenessOf(entry: { category: Category; reviewed: string; staleAfterDays?: number | null | undefined }, today: string): Staleness {
  const afterDays = entry.staleAfterDays === undefined ? STALE_AFTER_DAYS[entry.category] : entry.staleAfterDays;
  if (afterDays === null) return { afterDays, stale: false, since: null };
  const dueDay = dayNumber(entry.reviewed) + afterDays;
  const since = new Date(dueDay * DAY_MS).toISOString().slice(0, 10);
  return { afterDays, stale: dayNumber(today) >= dueDay, since };
}
