/**
 * The shape of the facts, inferred from the valibot schemas in schema.ts: the types, the validator
 * and the JSON Schema for editors cannot drift apart. (Objects are loose in the schema so that
 * every unknown field is reported; the schema refuses them, so the index signature they add to
 * these types never holds anything.)
 */
import type * as v from 'valibot';
import type { UnitCode } from '../units/table.ts';
import type { FactsSchemas } from './schema.ts';
import type { Language } from './vocabulary.ts';

export { CATEGORIES, LANGUAGES, type Category, type InflectMode, type Language } from './vocabulary.ts';

/** YYYY-MM-DD, or YYYY-MM where only the month is known. */
export type IsoDate = string;

type Out<K extends keyof FactsSchemas> = FactsSchemas[K] extends v.GenericSchema ? v.InferOutput<FactsSchemas[K]> : never;

export type Entry = Out<'entry'>;
export type Fact = Out<'fact'>;
export type AlternativeValue = Out<'alternative'>;
export type Source = Out<'source'>;
export type TimelineItem = Out<'timelineItem'>;
export type ContextRule = Out<'contextRule'>;
export type FactValue = Fact['value'];
export type Unit = NonNullable<Fact['unit']>;
/** Text per language; which languages must be there depends on the glossary (schema.ts). */
export type LocalizedText = Partial<Record<Language, string>>;
export type { UnitCode };

/** One facts file as stored on disk. */
export interface FactsFile {
  $schema?: string;
  entries: Entry[];
}
