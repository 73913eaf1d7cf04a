/**
 * The shape of the facts: inferred from the valibot schemas in schema.ts, so the types, the
 * validator and the JSON Schema for editors cannot drift apart.
 */
import type * as v from 'valibot';
import type { FactsSchemas } from './schema.ts';

import type { Category, Language } from './vocabulary.ts';

export { CATEGORIES, LANGUAGES, type Category, type Language } from './vocabulary.ts';

/** YYYY-MM-DD, or YYYY-MM where only the month is known. */
export type IsoDate = string;

/**
 * The fields of an object schema built by schema.ts. Its unknown-field rest (`never`) is left out:
 * it is a check, not a part of the data.
 */
type Fields<S> =
  S extends v.SchemaWithPipe<infer P>
    ? P extends readonly [v.ObjectWithRestSchema<infer E, v.GenericSchema, v.ErrorMessage<v.ObjectWithRestIssue> | undefined>, ...unknown[]]
      ? v.InferOutput<v.StrictObjectSchema<E, undefined>>
      : never
    : never;

export type Source = Fields<FactsSchemas['source']>;
/** Another value for the same figure, given by a different source. */
export type AlternativeValue = Omit<Fields<FactsSchemas['alternative']>, 'source'> & { source: Source };
export type Fact = Omit<Fields<FactsSchemas['fact']>, 'source' | 'alternatives'> & { source: Source; alternatives?: AlternativeValue[] | undefined };
export type TimelineItem = Fields<FactsSchemas['timelineItem']>;
type EntryFields = Fields<FactsSchemas['entry']>;
/** One term with its backstory; `category` is one of CATEGORIES (the schema checks it). */
export type Entry = Omit<EntryFields, 'category' | 'aliases' | 'facts' | 'timeline'> & {
  category: Category;
  aliases: Record<Language, string[]>;
  facts: Fact[];
  timeline?: TimelineItem[] | undefined;
};
/** One facts file as stored on disk. */
export type FactsFile = { $schema?: string; entries: Entry[] };
