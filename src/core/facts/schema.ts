/**
 * The entry format as valibot schemas: the one source of truth for the runtime checks
 * (validate.ts), the TypeScript types (types.ts) and the JSON Schema for editors (json-schema.ts).
 * Rules that need more than one entry (unique ids, names shared by two entries, `related` and
 * context targets, `caseSensitive` membership) live in cross-checks.ts.
 *
 * Text a reader sees is per language (LocalizedText). Which languages an entry must have is the
 * glossary's choice: the built-in one needs English and German everywhere; an imported glossary
 * needs the languages it declares.
 */
import * as v from 'valibot';
import { UNIT_CODES } from '../units/table.ts';
import { describeValue } from './issues.ts';
import { KEBAB_ID, schemaKit, JSON_SCHEMA_OF, TRIMMED, type SchemaOptions } from './schema-kit.ts';
import { CATEGORIES, INFLECT_MODES, LANGUAGES, type Language } from './vocabulary.ts';

export { REPEATS, unknownKeyMessage, JSON_SCHEMA_OF } from './schema-kit.ts';

export const SUMMARY_MAX_LENGTH = 400;
/** A label, a note or an event: a line or two on a card. */
export const LINE_MAX_LENGTH = 600;
const MIN_FACTS = 3;
/** A glossary of this many entries imports in seconds and scans as fast as a small one; more is refused. */
export const MAX_ENTRIES = 20_000;
export const APPROX = ['about', 'up-to', 'more-than', 'less-than'] as const;
const SCOPES = ['block', 'page'] as const;

export interface FormatOptions extends SchemaOptions {
  /** The languages every piece of reader-facing text must have. */
  languages: readonly Language[];
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'German', ru: 'Russian', fa: 'Persian' };

type LocalizedOut = Partial<Record<Language, string>> & { [key: string]: unknown };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A closed list whose refusal ends, like every other message, with what was found. */
const oneOf = <const T extends readonly string[]>(options: T, description: string) =>
  v.pipe(v.picklist(options, (issue) => `must be one of: ${options.join(', ')} (got ${describeValue(issue.input)})`), v.description(description));

export function createSchemas(options: FormatOptions) {
  const { text, date, object, list } = schemaKit(options);
  const needed = options.languages;

  /** Text per language: every needed language present, others allowed. */
  const localized = (description: string, maxLength = LINE_MAX_LENGTH) =>
    v.pipe(
      object(Object.fromEntries(LANGUAGES.map((lang) => [lang, v.optional(text(`In ${LANGUAGE_NAMES[lang]}.`, { maxLength }))])) as Record<Language, v.OptionalSchema<ReturnType<typeof text>, undefined>>, description),
      Object.assign(
        v.rawCheck<LocalizedOut>(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          const missing = needed.filter((lang) => typeof dataset.value[lang] !== 'string');
          if (missing.length > 0) addIssue({ message: `needs text in ${missing.join(' and ')} (has ${Object.keys(dataset.value).join(', ') || 'none'})` });
        }),
        { [JSON_SCHEMA_OF]: { required: [...needed] } },
      ),
    );

  const unit = v.pipe(
    v.union([v.picklist(UNIT_CODES), localized('A unit not in the table, per language, e.g. {"en": "vessels", "de": "Schiffe"}.')], (issue) =>
      `must be a unit code (${UNIT_CODES.join(', ')}) or a text per language (got ${describeValue(issue.input)})`,
    ),
    v.description('A unit code from the table (km, bcm/yr, …), which the card can convert, or a unit per language.'),
  );

  const numberValue = object(
    {
      number: v.pipe(v.number((issue) => `must be a number (got ${describeValue(issue.input)})`), v.finite('must be a finite number')),
      approx: v.optional(oneOf(APPROX, 'How exact the number is: "about", "up-to", "more-than" or "less-than".')),
    },
    'A number with how exact it is, e.g. {"number": 6700, "approx": "about"}.',
  );
  // A value date may lie ahead ("first gas planned for 2027"), but must be a real one: the card
  // cannot write out 2025-02-30 and would show it raw.
  const dateValue = object(
    { date: text('YYYY, YYYY-MM or YYYY-MM-DD.', { pattern: { source: '^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' }, format: 'calendar-date' }) },
    'A date the card writes out in the reader\'s language.',
  );
  const wordsValue = localized('Words, per language.');
  const plainValue = text('A name or a code, the same in every language.', { maxLength: LINE_MAX_LENGTH });

  /** One of five shapes, told apart by what the value is, so a mistake gets the message of the shape meant. */
  const value = v.pipe(
      Object.assign(
        v.custom<ValueOf<typeof dateValue, typeof numberValue, typeof wordsValue>>(
          (x) => typeof x === 'number' || typeof x === 'string' || isRecord(x),
          (issue) => `must be a number, a text, {"date": …}, {"number": …} or a text per language (got ${describeValue(issue.input)})`,
        ),
        // The shapes are told apart by the check below; editors get their outline.
        { [JSON_SCHEMA_OF]: { anyOf: [{ type: 'number' }, { type: 'string', minLength: 1, maxLength: LINE_MAX_LENGTH, pattern: TRIMMED.source }, { type: 'object' }] } },
      ),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const x: unknown = dataset.value;
        if (typeof x === 'number') {
          if (!Number.isFinite(x)) addIssue({ message: 'must be a finite number' });
          return;
        }
        // A plain text is text a reader sees like any other: bounded, and never markup.
        const schema = typeof x === 'string' ? plainValue : !isRecord(x) ? undefined : 'date' in x ? dateValue : 'number' in x ? numberValue : wordsValue;
        if (schema === undefined) return;
        const result = v.safeParse(schema, x);
        if (result.success) return;
        for (const issue of result.issues) {
          const path = issue.path;
          addIssue(path ? { message: issue.message, path } : { message: issue.message });
        }
      }),
      v.description('A number; {"number", "approx"}; {"date"}; words per language; or a plain text that is the same in every language (a name, a code).'),
    );

  const source = object(
    {
      publisher: text('Who published it, e.g. "TASS", "Reuters", "IRNA".'),
      title: text('The title of the article or document, as published.'),
      url: text('The page, https only.', { pattern: { source: '^https://[^\\s/?#]+(?:[/?#]\\S*)?$', message: 'must be an https URL' }, format: 'https-url' }),
      date: date('When the source was published (or last updated, where it shows no publication date).'),
    },
    'Where the value comes from. Every field is required.',
  );

  const alternative = object(
    { value, unit: v.optional(unit), source, note: v.optional(localized('Attribution or caveat for this value.')) },
    'Another value for the same figure, given by a different source.',
  );

  const fact = object(
    {
      label: localized('What the value is, e.g. {"en": "Capacity", "de": "Kapazität"}.'),
      value,
      unit: v.optional(unit),
      asOf: date('The date at which the value was true.'),
      source,
      alternatives: v.optional(list(alternative, 'Present only when sources disagree: each other value with its own source.', { minItems: 1 })),
      note: v.optional(localized('Attribution or caveat shown under the fact, e.g. "Claim by Iran International; Iran denies it."')),
    },
    'One key fact: a label, a value with its unit, the date it was true, and its source.',
  );

  // A past event may be known only to the year ("1979").
  const timelineItem = object(
    {
      date: text('When it happened: YYYY-MM-DD, YYYY-MM or YYYY; never later than the day the file is checked.', {
        pattern: { source: '^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$', message: 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY' },
        format: 'date',
      }),
      event: localized('What happened, in one short sentence.'),
    },
    'One dated event.',
  );

  const nameList = (language: Language, what: string) => list(text('One name form, exactly as written.'), `${what} in ${LANGUAGE_NAMES[language]} texts (may be empty).`);

  const aliases = object(
    Object.fromEntries(LANGUAGES.map((lang) => [lang, nameList(lang, 'Every base form (nominative, singular) a reader meets; the matcher inflects them')])) as Record<Language, ReturnType<typeof nameList>>,
    `Name forms per language; all of ${LANGUAGES.join(', ')} are required. The title is matched too.`,
  );

  const shortForms = object(
    Object.fromEntries(LANGUAGES.map((lang) => [lang, v.optional(nameList(lang, 'Short forms (a surname, a first name, a common abbreviation)'))])) as Record<Language, v.OptionalSchema<ReturnType<typeof nameList>, undefined>>,
    'Short forms, per language: they match only after a full name of this entry appeared earlier on the same page.',
  );

  const cues = (what: string) => ({
    words: v.optional(list(text('A word or phrase (any language; inflected like a name).'), `${what}: words in the text.`)),
    entries: v.optional(list(text('The id of another entry.', { pattern: KEBAB_ID }), `${what}: mentions of these entries.`)),
    scope: v.optional(oneOf(SCOPES, 'Where the cue counts: "block" (the same paragraph, the default) or "page".')),
  });

  const contextRule = v.pipe(
    object(
      {
        names: list(text('A name of this entry: its title, an alias or a short form.'), 'The names this rule governs.', { minItems: 1 }),
        require: v.optional(object(cues('Needed near the name'), 'The name means this entry only with one of these in the same block (or on the page, scope "page").')),
        veto: v.optional(
          object(
            { phrases: v.optional(list(text('A phrase that contains the name.'), 'Where one of these phrases matches, the name does not.')), ...cues('Not near the name') },
            'The name does not mean this entry where these are.',
          ),
        ),
      },
      'When a name means this entry: context it needs, or context that rules it out.',
    ),
    v.check((r) => r.require !== undefined || r.veto !== undefined, 'needs a "require" or a "veto"'),
  );

  const entry = object(
    {
      id: text('kebab-case, unique in its glossary, e.g. "power-of-siberia-2".', { pattern: KEBAB_ID }),
      category: oneOf(CATEGORIES, 'What kind of thing this is.'),
      title: localized('The name shown on the card, per language. It is matched in page text too.', 200),
      summary: localized(`Neutral, in our own words, at most ${SUMMARY_MAX_LENGTH} characters per language.`, SUMMARY_MAX_LENGTH),
      aliases,
      caseSensitive: list(text('A name spelled exactly as in the title, aliases or short forms.'), 'Names that match only with this exact case, like "SWIFT" or "Mir".', { uniqueItems: true }),
      shortForms: v.optional(shortForms),
      context: v.optional(list(contextRule, 'Rules for names that mean this entry only in context ("Mir", "E3", "the nuclear deal").')),
      inflect: v.optional(
        object(
          Object.fromEntries(LANGUAGES.map((lang) => [lang, v.optional(oneOf(INFLECT_MODES, `How names inflect in ${LANGUAGE_NAMES[lang]} texts.`))])) as Record<Language, v.OptionalSchema<ReturnType<typeof oneOf<typeof INFLECT_MODES>>, undefined>>,
          'How names inflect, per language: "all" words (people, the default for them), the noun phrase\'s "head" (the default), the "last" word, or "none".',
        ),
      ),
      romanNumerals: v.optional(v.pipe(v.boolean((issue) => `must be true or false (got ${describeValue(issue.input)})`), v.description('true: a name\'s number also matches as a Roman numeral ("Power of Siberia II").'))),
      facts: list(fact, `Key facts, at least ${MIN_FACTS}.`, { minItems: MIN_FACTS }),
      timeline: v.optional(list(timelineItem, 'Dated events, oldest first.')),
      related: list(text('The id of another entry.', { pattern: KEBAB_ID }), 'Ids of other entries.', { uniqueItems: true }),
      reviewed: date('The day a person last checked this entry against its sources.'),
      staleAfterDays: v.optional(
        v.pipe(
          v.nullable(
            v.pipe(
              v.number((issue) => `must be a number of days or null (got ${describeValue(issue.input)})`),
              v.integer((issue) => `must be a whole number of days (got ${describeValue(issue.input)})`),
              v.minValue(1, (issue) => `must be at least 1 (got ${describeValue(issue.input)})`),
            ),
          ),
          v.description('Days after `reviewed` at which the card says "may be out of date"; null: never. Without it, the category\'s default.'),
        ),
      ),
    },
    'One term with its backstory.',
  );

  const schemaRef = text('Lets editors find this schema: "./facts.schema.json".');
  const file = object(
    { $schema: v.optional(schemaRef), entries: list(entry, 'The entries in this file.', { maxItems: MAX_ENTRIES }) },
    'A Gloss facts file: the entries shown on hover cards.',
  );

  return { source, alternative, fact, timelineItem, aliases, shortForms, contextRule, entry, file, schemaRef };
}

export type FactsSchemas = ReturnType<typeof createSchemas>;

/** What a fact's value may be: the outputs of the shapes `value` tells apart. */
type ValueOf<D extends v.GenericSchema, N extends v.GenericSchema, W extends v.GenericSchema> = number | string | v.InferOutput<D> | v.InferOutput<N> | v.InferOutput<W>;
