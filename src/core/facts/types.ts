/**
 * The shape of one entry in the bundled facts files (src/facts/*.json).
 * The runtime validator (validate.ts) and the generated JSON Schema follow these types.
 */

/** YYYY-MM-DD, or YYYY-MM where only the month is known. */
export type IsoDate = string;

export const CATEGORIES = [
  'pipeline',
  'corridor',
  'treaty',
  'organisation',
  'company',
  'person',
  'place',
  'sanction',
  'payment-system',
  'weapon',
  'event',
  'energy',
  'military',
  'economy',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const LANGUAGES = ['en', 'de', 'ru', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Source {
  publisher: string;
  title: string;
  /** https only. */
  url: string;
  /** The date the source was published (or last updated, where it shows no publication date). */
  date: IsoDate;
}

/** Another value for the same figure, given by a different source. */
export interface AlternativeValue {
  value: string;
  unit?: string;
  source: Source;
  note?: string;
}

export interface Fact {
  label: string;
  value: string;
  unit?: string;
  /** The date at which the value was true. Never later than the day the file is checked. */
  asOf: IsoDate;
  source: Source;
  /** Present only when sources disagree on the figure. */
  alternatives?: AlternativeValue[];
  /** Attribution or caveat shown under the fact, e.g. "Claim by Iran International; Iran denies it." */
  note?: string;
}

export interface TimelineItem {
  date: IsoDate;
  event: string;
}

export interface Entry {
  /** kebab-case, unique across all files. */
  id: string;
  title: string;
  category: Category;
  /** Neutral, in our own words, at most about 400 characters. */
  summary: string;
  /** Every form a reader meets, per language. The title is matched too. */
  aliases: Record<Language, string[]>;
  /** Aliases (exact strings from `aliases`, or the title) that match only with this exact case. */
  caseSensitive: string[];
  facts: Fact[];
  timeline?: TimelineItem[];
  /** Ids of other entries. */
  related: string[];
  /** The day a person last checked this entry against its sources. */
  reviewed: IsoDate;
}

/** One facts file as stored on disk. */
export interface FactsFile {
  $schema?: string;
  entries: Entry[];
}
