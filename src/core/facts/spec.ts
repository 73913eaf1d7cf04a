import { ISO_DATE_PATTERN } from './dates.ts';
import { CATEGORIES, LANGUAGES } from './types.ts';

/**
 * One declarative description of a facts file. The runtime validator (check-shape.ts) and the
 * JSON Schema generator (json-schema.ts) both walk it, so the two cannot disagree.
 * It mirrors types.ts; the rules that need more than one field (unique ids, aliases shared by two
 * entries, `related` targets, `caseSensitive` membership) live in cross-checks.ts.
 */

export interface PatternRule {
  /** An ECMAScript regular expression without flags, valid in JSON Schema too. */
  source: string;
  /** Says what the value must look like; the validator appends "(got …)". */
  message: string;
}

export interface TextSpec {
  kind: 'text';
  description: string;
  pattern?: PatternRule;
  /** `date`: a real calendar date, not after today. `https-url`: parses, https, with a host. */
  format?: 'date' | 'https-url';
  enum?: readonly string[];
  /** In characters (Unicode code points), as JSON Schema counts them. */
  maxLength?: number;
}

export interface ArraySpec {
  kind: 'array';
  description: string;
  items: Spec;
  minItems?: number;
  /** Only for lists of strings: the same string twice is an error. */
  uniqueItems?: boolean;
}

export interface FieldSpec {
  spec: Spec;
  optional?: boolean;
}

export interface ObjectSpec {
  kind: 'object';
  /** Named objects become `$defs` in the JSON Schema. */
  name?: string;
  description: string;
  fields: Record<string, FieldSpec>;
}

export type Spec = TextSpec | ArraySpec | ObjectSpec;

export const SUMMARY_MAX_LENGTH = 400;
export const MIN_FACTS = 3;

export const KEBAB_ID: PatternRule = {
  source: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  message: 'must be kebab-case: lower-case letters and digits joined by single hyphens, like "power-of-siberia-2"',
};

/** Non-empty, no whitespace at either end. Applied to every text field without a stricter rule. */
export const TRIMMED: PatternRule = {
  source: '^\\S(?:[\\s\\S]*\\S)?$',
  message: 'must be non-empty text without whitespace at either end',
};

const DATE: PatternRule = {
  source: ISO_DATE_PATTERN,
  message: 'must be a date as YYYY-MM-DD or YYYY-MM',
};

const HTTPS_URL: PatternRule = {
  source: '^https://[^\\s/?#]+(?:[/?#]\\S*)?$',
  message: 'must be an https URL',
};

function text(description: string, extra: Omit<TextSpec, 'kind' | 'description'> = {}): TextSpec {
  return { kind: 'text', description, ...extra };
}

function date(description: string): TextSpec {
  return text(`${description} YYYY-MM-DD, or YYYY-MM when only the month is known; never later than the day the file is checked.`, {
    pattern: DATE,
    format: 'date',
  });
}

const SOURCE: ObjectSpec = {
  kind: 'object',
  name: 'source',
  description: 'Where the value comes from. Every field is required.',
  fields: {
    publisher: { spec: text('Who published it, e.g. "TASS", "Reuters", "IRNA".') },
    title: { spec: text('The title of the article or document.') },
    url: { spec: text('The page, https only.', { pattern: HTTPS_URL, format: 'https-url' }) },
    date: { spec: date('When the source was published (or last updated, where it shows no publication date).') },
  },
};

const ALTERNATIVE: ObjectSpec = {
  kind: 'object',
  name: 'alternative',
  description: 'Another value for the same figure, given by a different source.',
  fields: {
    value: { spec: text('The other value, e.g. "160".') },
    unit: { spec: text('Its unit, e.g. "km".'), optional: true },
    source: { spec: SOURCE },
    note: { spec: text('Attribution or caveat for this value.'), optional: true },
  },
};

const FACT: ObjectSpec = {
  kind: 'object',
  name: 'fact',
  description: 'One key fact: a label, a value with its unit, the date it was true, and its source.',
  fields: {
    label: { spec: text('What the value is, e.g. "Capacity".') },
    value: { spec: text('The value as shown on the card, e.g. "50".') },
    unit: { spec: text('The unit, e.g. "bcm per year".'), optional: true },
    asOf: { spec: date('The date at which the value was true.') },
    source: { spec: SOURCE },
    alternatives: {
      spec: {
        kind: 'array',
        description: 'Present only when sources disagree: each other value with its own source.',
        items: ALTERNATIVE,
        minItems: 1,
      },
      optional: true,
    },
    note: { spec: text('Attribution or caveat shown under the fact, e.g. "Claim by Iran International; Iran denies it."'), optional: true },
  },
};

const TIMELINE_ITEM: ObjectSpec = {
  kind: 'object',
  name: 'timelineItem',
  description: 'One dated event.',
  fields: {
    date: { spec: date('When it happened.') },
    event: { spec: text('What happened, in one short sentence.') },
  },
};

const ALIAS_LIST = (language: string): ArraySpec => ({
  kind: 'array',
  description: `Every form a reader meets in ${language} texts (may be empty). No other entry may have the same name.`,
  items: text('One name form, exactly as written in articles.'),
});

const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = {
  en: 'English',
  de: 'German',
  ru: 'Russian',
  fa: 'Persian',
};

const ALIASES: ObjectSpec = {
  kind: 'object',
  name: 'aliases',
  description: `Name forms per language; all of ${LANGUAGES.join(', ')} are required. The title is matched too.`,
  fields: Object.fromEntries(LANGUAGES.map((lang) => [lang, { spec: ALIAS_LIST(LANGUAGE_NAMES[lang]) }])),
};

export const ENTRY_SPEC: ObjectSpec = {
  kind: 'object',
  name: 'entry',
  description: 'One term with its backstory.',
  fields: {
    id: { spec: text('kebab-case, unique across all facts files, e.g. "power-of-siberia-2".', { pattern: KEBAB_ID }) },
    title: { spec: text('The name shown on the card. It is matched in page text too.') },
    category: { spec: text('What kind of thing this is.', { enum: CATEGORIES }) },
    summary: {
      spec: text(`Neutral, in our own words, at most ${SUMMARY_MAX_LENGTH} characters.`, { maxLength: SUMMARY_MAX_LENGTH }),
    },
    aliases: { spec: ALIASES },
    caseSensitive: {
      spec: {
        kind: 'array',
        description: 'Names (the title or exact strings from aliases) that match only with this exact case, like "SWIFT" or "Mir".',
        items: text('The title or one alias, spelled exactly as there.'),
        uniqueItems: true,
      },
    },
    facts: {
      spec: { kind: 'array', description: `Key facts, at least ${MIN_FACTS}.`, items: FACT, minItems: MIN_FACTS },
    },
    timeline: {
      spec: { kind: 'array', description: 'Dated events, oldest first.', items: TIMELINE_ITEM },
      optional: true,
    },
    related: {
      spec: {
        kind: 'array',
        description: 'Ids of other entries (in any facts file).',
        items: text('The id of another entry.', { pattern: KEBAB_ID }),
        uniqueItems: true,
      },
    },
    reviewed: { spec: date('The day a person last checked this entry against its sources.') },
  },
};

export const FILE_SPEC: ObjectSpec = {
  kind: 'object',
  description: 'A Gloss facts file: the entries shown on hover cards.',
  fields: {
    $schema: { spec: text('Lets editors find this schema: "./facts.schema.json".'), optional: true },
    entries: { spec: { kind: 'array', description: 'The entries in this file.', items: ENTRY_SPEC } },
  },
};
