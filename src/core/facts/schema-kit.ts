/**
 * Builders for the facts schemas (schema.ts, glossary-schema.ts): text, dates, objects and lists
 * whose every message says what is wrong in an editor's terms and ends with what was found, because
 * a line of `facts:check` output is all an editor sees. Each builder also says how it reads in
 * JSON Schema (JSON_SCHEMA_OF), for json-schema.ts.
 */
import * as v from 'valibot';
import { isAfter, isRealDate, ISO_DATE_PATTERN } from './dates.ts';
import { describeValue } from './issues.ts';
import { closest } from './suggest.ts';

export interface PatternRule {
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
export const TRIMMED: PatternRule = { source: '^\\S(?:[\\s\\S]*\\S)?$', message: 'must be non-empty text without whitespace at either end' };
const DATE: PatternRule = { source: ISO_DATE_PATTERN, message: 'must be a date as YYYY-MM-DD or YYYY-MM' };
export const HTTPS_URL: PatternRule = { source: '^https://[^\\s/?#]+(?:[/?#]\\S*)?$', message: 'must be an https URL' };

export interface SchemaOptions {
  /** YYYY-MM-DD; dates after it are errors. */
  today: string;
}

/** What json-schema.ts writes for a text rule (read back through `overrideAction`). */
export const JSON_SCHEMA_OF = Symbol('gloss-json-schema');

const compiled = new Map<string, RegExp>();
const regex = (source: string): RegExp => {
  let re = compiled.get(source);
  if (re === undefined) compiled.set(source, (re = new RegExp(source)));
  return re;
};

/** Any text without a limit of its own: generous for a line on a card, small enough that no file can balloon. */
export const MAX_TEXT_LENGTH = 2000;
/** Lists without a limit of their own (names, facts, related): far above any real entry. */
export const MAX_LIST_LENGTH = 500;
/**
 * A tag, a comment, a doctype, CDATA or a processing instruction: text is shown as text, so markup
 * in it is a mistake or an attack. A comment counts from its opening alone ("<!--" starts no tag).
 */
const MARKUP = /<!--|<!\[CDATA\[|<\s*[/!?]?\s*[a-z][^<>]*>/i;

/** The first thing wrong with a string under `rules`, or null. The order is the order an editor fixes them in. */
function textProblem(value: string, rules: TextRules, options: SchemaOptions): string | null {
  const got = `(got ${describeValue(value)})`;
  if (value.trim() === '') return 'must not be empty';
  if (value !== value.trim()) return `must not start or end with whitespace ${got}`;
  if (MARKUP.test(value)) return `must be plain text, not HTML ${got}`;
  if (rules.enum !== undefined) return rules.enum.includes(value) ? null : `must be one of: ${rules.enum.join(', ')} ${got}`;
  const pattern = rules.pattern ?? TRIMMED;
  if (!regex(pattern.source).test(value)) return `${pattern.message} ${got}`;
  const maxLength = rules.maxLength ?? MAX_TEXT_LENGTH;
  if (value.length > maxLength) {
    // Code points: JSON Schema's maxLength counts these, not UTF-16 units or graphemes.
    const length = Array.from(value).length;
    if (length > maxLength) return `is ${length} characters long; at most ${maxLength} are allowed`;
  }
  if ((rules.format === 'date' || rules.format === 'calendar-date') && !isRealDate(value)) return `is not a real calendar date ${got}`;
  if (rules.format === 'date' && isAfter(value, options.today)) return `must not be later than today, ${options.today} ${got}`;
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
  // The default limit too: the editor should refuse what facts:check refuses, as lists do with maxItems.
  out['maxLength'] = rules.maxLength ?? MAX_TEXT_LENGTH;
  if (rules.format === 'https-url') out['format'] = 'uri';
  return out;
}

export interface TextRules {
  pattern?: PatternRule;
  /**
   * 'date': a real day, month or year, never after today (when something was true or published).
   * 'calendar-date': a real one that may lie ahead (a fact's value: "first gas planned for 2027").
   */
  format?: 'date' | 'calendar-date' | 'https-url';
  enum?: readonly string[];
  /** In characters (Unicode code points), as JSON Schema counts them. */
  maxLength?: number;
}

export function schemaKit(options: SchemaOptions) {
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

  /**
   * An object that names every problem: a missing field, every unknown field (with a guess at the
   * one meant), or no object at all. A loose object plus a check of its keys, so that all unknown
   * fields are reported (a strict object stops at the first) and the inferred type stays plain.
   */
  const object = <const E extends v.ObjectEntries>(entries: E, description: string) => {
    const known = Object.keys(entries);
    return v.pipe(
      v.looseObject(entries, (issue) => {
        if (issue.input === undefined && issue.path?.at(-1)?.key !== undefined) return 'is required';
        return `must be an object (got ${describeValue(issue.input)})`;
      }),
      Object.assign(
        v.rawCheck<v.InferOutput<v.LooseObjectSchema<E, undefined>>>(({ dataset, addIssue }) => {
          // Also when a field failed: every unknown field is worth saying at once.
          const input: unknown = dataset.value;
          if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
          const record = input as Record<string, unknown>;
          for (const key of Object.keys(record)) {
            if (Object.hasOwn(entries, key)) continue;
            addIssue({ message: unknownKeyMessage(key, known), path: [{ type: 'object', origin: 'value', input: record, key, value: record[key] }] });
          }
        }),
        { [JSON_SCHEMA_OF]: { additionalProperties: false } },
      ),
      v.description(description),
    );
  };

  const list = <const T extends v.GenericSchema>(item: T, description: string, rules: { minItems?: number; maxItems?: number; uniqueItems?: boolean } = {}) => {
    const { minItems, uniqueItems, maxItems = MAX_LIST_LENGTH } = rules;
    return v.pipe(
      v.array(item, (issue) => `must be a list (got ${describeValue(issue.input)})`),
      v.minLength(minItems ?? 0, (issue) => `must have at least ${minItems} item${minItems === 1 ? '' : 's'} (has ${(issue.input as unknown[]).length})`),
      v.maxLength(maxItems, (issue) => `must have at most ${maxItems} items (has ${(issue.input as unknown[]).length})`),
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

  return { text, date, object, list };
}

/**
 * A repeat's message names the first use by its full path, which only the caller knows: validate.ts
 * puts the list's path in front of this marker.
 */
export const REPEATS = 'repeats [';

/** Duplicates in a list are reported at the repeat, as "[index]" relative to the list. */
function arrayPath(input: unknown[], key: number): v.ArrayPathItem {
  return { type: 'array', origin: 'value', input, key, value: input[key] };
}

export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  const hint = guess === undefined ? `known fields: ${known.join(', ')}` : `did you mean "${guess}"?`;
  return `is not a known field (${hint})`;
}
