/**
 * The facts format as valibot schemas: the one source of truth for the runtime checks
 * (validate.ts), the TypeScript types (types.ts) and the JSON Schema for editors (json-schema.ts).
 * Rules that need more than one entry (unique ids, names shared by two entries, `related` targets,
 * `caseSensitive` membership) live in cross-checks.ts.
 *
 * Every message says what is wrong in the reader's terms and ends with what was found, because a
 * line of `facts:check` output is all an editor sees.
 */
import * as v from 'valibot';
import { isAfter, isRealDate, ISO_DATE_PATTERN } from './dates.ts';
import { describeValue } from './issues.ts';
import { closest } from './suggest.ts';
import { CATEGORIES, LANGUAGES, type Language } from './vocabulary.ts';

export const SUMMARY_MAX_LENGTH = 400;
export const MIN_FACTS = 3;

interface PatternRule {
  /** An ECMAScript regular expression without flags, valid in JSON Schema too. */
  source: string;
  /** Says what the value must look like; "(got …)" is appended. */
  message: string;
}

export const KEBAB_ID: PatternRule = {
  source: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  message: 'must be kebab-case: lower-case letters and digits joined by single hyphens, like "power-of-siberia-2"',
};

/** Non-empty, no whitespace at either end. Every text field without a stricter pattern has it. */
const TRIMMED: PatternRule = { source: '^\\S(?:[\\s\\S]*\\S)?$', message: 'must be non-empty text without whitespace at either end' };
const DATE: PatternRule = { source: ISO_DATE_PATTERN, message: 'must be a date as YYYY-MM-DD or YYYY-MM' };
const HTTPS_URL: PatternRule = { source: '^https://[^\\s/?#]+(?:[/?#]\\S*)?$', message: 'must be an https URL' };

export interface SchemaOptions {
  /** YYYY-MM-DD; dates after it are errors. */
  today: string;
}

interface TextRules {
  pattern?: PatternRule;
  format?: 'date' | 'https-url';
  enum?: readonly string[];
  /** In characters (Unicode code points), as JSON Schema counts them. */
  maxLength?: number;
}

/** What json-schema.ts writes for a text rule (read back through `overrideAction`). */
export const JSON_SCHEMA_OF = Symbol('gloss-json-schema');

const compiled = new Map<string, RegExp>();
const regex = (source: string): RegExp => {
  let re = compiled.get(source);
  if (re === undefined) compiled.set(source, (re = new RegExp(source)));
  return re;
};

/** The first thing wrong with a string under `rules`, or null. The order is the order an editor fixes them in. */
function textProblem(value: string, rules: TextRules, options: SchemaOptions): string | null {
  const got = `(got ${describeValue(value)})`;
  if (value.trim() === '') return 'must not be empty';
  if (value !== value.trim()) return `must not start or end with whitespace ${got}`;
  if (rules.enum !== undefined) return rules.enum.includes(value) ? null : `must be one of: ${rules.enum.join(', ')} ${got}`;
  const pattern = rules.pattern ?? TRIMMED;
  if (!regex(pattern.source).test(value)) return `${pattern.message} ${got}`;
  if (rules.maxLength !== undefined) {
    const length = [...value].length;
    if (length > rules.maxLength) return `is ${length} characters long; at most ${rules.maxLength} are allowed`;
  }
  if (rules.format === 'date') {
    if (!isRealDate(value)) return `is not a real calendar date ${got}`;
    if (isAfter(value, options.today)) return `must not be later than today, ${options.today} ${got}`;
  }
  if (rules.format === 'https-url' && !isHttpsUrl(value)) return `must be an https URL ${got}`;
  return null;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

function jsonOfText(rules: TextRules): Record<string, unknown> {
  if (rules.enum !== undefined) return { enum: [...rules.enum] };
  const out: Record<string, unknown> = { minLength: 1, pattern: (rules.pattern ?? TRIMMED).source };
  if (rules.maxLength !== undefined) out['maxLength'] = rules.maxLength;
  if (rules.format === 'https-url') out['format'] = 'uri';
  return out;
}

export function createSchemas(options: SchemaOptions) {
  const text = (description: string, rules: TextRules = {}) => {
    const check = v.rawCheck<string>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem = textProblem(dataset.value, rules, options);
      if (problem !== null) addIssue({ message: problem });
    });
    return v.pipe(
      v.string((issue) => `must be a string (got ${describeValue(issue.input)})`),
      Object.assign(check, { [JSON_SCHEMA_OF]: jsonOfText(rules) }),
      v.description(description),
    );
  };

  const date = (description: string) =>
    text(`${description} YYYY-MM-DD, or YYYY-MM when only the month is known; never later than the day the file is checked.`, { pattern: DATE, format: 'date' });

  /** An object that names every problem: a missing field, every unknown one (with a guess), or no object at all. */
  const object = <const E extends v.ObjectEntries>(entries: E, description: string) => {
    const known = Object.keys(entries);
    return v.pipe(
      v.objectWithRest(
        entries,
        // The key is not known yet when the message is made: validate.ts turns the marker into the message.
        v.never(() => `${UNKNOWN_KEY}${known.join(',')}`),
        (issue) => {
          if (issue.kind === 'schema' && issue.input === undefined && issue.path?.at(-1)?.key !== undefined) return 'is required';
          return `must be an object (got ${describeValue(issue.input)})`;
        },
      ),
      v.description(description),
    );
  };

  const list = <const T extends v.GenericSchema>(item: T, description: string, rules: { minItems?: number; uniqueItems?: boolean } = {}) => {
    const { minItems, uniqueItems } = rules;
    return v.pipe(
      v.array(item, (issue) => `must be a list (got ${describeValue(issue.input)})`),
      v.minLength(minItems ?? 0, (issue) => `must have at least ${minItems} item${minItems === 1 ? '' : 's'} (has ${(issue.input as unknown[]).length})`),
      Object.assign(
        v.rawCheck<v.InferOutput<T>[]>(({ dataset, addIssue }) => {
          if (!uniqueItems || !dataset.typed) return;
          const seen = new Map<unknown, number>();
          dataset.value.forEach((value, index) => {
            if (typeof value !== 'string') return;
            const first = seen.get(value);
            if (first === undefined) seen.set(value, index);
            else addIssue({ message: `${REPEATS}${first}] (${describeValue(value)})`, path: [arrayPath(dataset.value, index)] });
          });
        }),
        { [JSON_SCHEMA_OF]: uniqueItems ? { uniqueItems: true } : {} },
      ),
      v.description(description),
    );
  };

  const source = object(
    {
      publisher: text('Who published it, e.g. "TASS", "Reuters", "IRNA".'),
      title: text('The title of the article or document.'),
      url: text('The page, https only.', { pattern: HTTPS_URL, format: 'https-url' }),
      date: date('When the source was published (or last updated, where it shows no publication date).'),
    },
    'Where the value comes from. Every field is required.',
  );

  const alternative = object(
    {
      value: text('The other value, e.g. "160".'),
      unit: v.optional(text('Its unit, e.g. "km".')),
      source,
      note: v.optional(text('Attribution or caveat for this value.')),
    },
    'Another value for the same figure, given by a different source.',
  );

  const fact = object(
    {
      label: text('What the value is, e.g. "Capacity".'),
      value: text('The value as shown on the card, e.g. "50".'),
      unit: v.optional(text('The unit, e.g. "bcm per year".')),
      asOf: date('The date at which the value was true.'),
      source,
      alternatives: v.optional(list(alternative, 'Present only when sources disagree: each other value with its own source.', { minItems: 1 })),
      note: v.optional(text('Attribution or caveat shown under the fact, e.g. "Claim by Iran International; Iran denies it."')),
    },
    'One key fact: a label, a value with its unit, the date it was true, and its source.',
  );

  const timelineItem = object({ date: date('When it happened.'), event: text('What happened, in one short sentence.') }, 'One dated event.');

  const aliasList = (language: Language) =>
    list(text('One name form, exactly as written in articles.'), `Every form a reader meets in ${LANGUAGE_NAMES[language]} texts (may be empty). No other entry may have the same name.`);

  const aliases = object(
    { en: aliasList('en'), de: aliasList('de'), ru: aliasList('ru'), fa: aliasList('fa') },
    `Name forms per language; all of ${LANGUAGES.join(', ')} are required. The title is matched too.`,
  );

  const entry = object(
    {
      id: text('kebab-case, unique across all facts files, e.g. "power-of-siberia-2".', { pattern: KEBAB_ID }),
      title: text('The name shown on the card. It is matched in page text too.'),
      category: text('What kind of thing this is.', { enum: CATEGORIES }),
      summary: text(`Neutral, in our own words, at most ${SUMMARY_MAX_LENGTH} characters.`, { maxLength: SUMMARY_MAX_LENGTH }),
      aliases,
      caseSensitive: list(
        text('The title or one alias, spelled exactly as there.'),
        'Names (the title or exact strings from aliases) that match only with this exact case, like "SWIFT" or "Mir".',
        { uniqueItems: true },
      ),
      facts: list(fact, `Key facts, at least ${MIN_FACTS}.`, { minItems: MIN_FACTS }),
      timeline: v.optional(list(timelineItem, 'Dated events, oldest first.')),
      related: list(text('The id of another entry.', { pattern: KEBAB_ID }), 'Ids of other entries (in any facts file).', { uniqueItems: true }),
      reviewed: date('The day a person last checked this entry against its sources.'),
    },
    'One term with its backstory.',
  );

  const schemaRef = text('Lets editors find this schema: "./facts.schema.json".');
  const file = object(
    {
      $schema: v.optional(schemaRef),
      entries: list(entry, 'The entries in this file.'),
    },
    'A Gloss facts file: the entries shown on hover cards.',
  );

  return { source, alternative, fact, timelineItem, aliases, entry, file, schemaRef };
}

/**
 * A repeat's message names the first use by its full path, which only the caller knows: validate.ts
 * puts the list's path in front of this marker.
 */
export const REPEATS = 'repeats [';
/** Marks an unknown field; the known fields follow, comma-separated (see reportIssues in validate.ts). */
export const UNKNOWN_KEY = 'unknown field; known: ';

/** Duplicates in a list are reported at the repeat, as "[index]" relative to the list. */
function arrayPath(input: unknown[], key: number): v.ArrayPathItem {
  return { type: 'array', origin: 'value', input, key, value: input[key] };
}

export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  const hint = guess === undefined ? `known fields: ${known.join(', ')}` : `did you mean "${guess}"?`;
  return `is not a known field (${hint})`;
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'German', ru: 'Russian', fa: 'Persian' };

export type FactsSchemas = ReturnType<typeof createSchemas>;
