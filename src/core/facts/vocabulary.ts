/**
 * The closed lists of the facts format. Kept apart from the schemas so that the content script and
 * the UI can import them without pulling the validator into their bundles.
 */
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

/** An entry id: kebab-case. Ids of imported glossaries carry their glossary's id and a slash in front. */
export const ENTRY_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How a name inflects (see core/match/inflect): every word, the noun phrase's head, the last word, or not at all. */
export const INFLECT_MODES = ['all', 'head', 'last', 'none'] as const;
export type InflectMode = (typeof INFLECT_MODES)[number];

/** The languages the built-in glossary writes every reader-facing text in. */
export const BUILTIN_LANGUAGES = ['en', 'de'] as const satisfies readonly Language[];
