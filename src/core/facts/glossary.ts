/**
 * A glossary file: the unit readers and newsrooms import, share and export. Its header names it
 * and says which languages its text is in; its entries use the entry format (schema.ts), each
 * needing text in exactly the languages the glossary declares. The built-in glossary is the same
 * thing, built from src/facts/.
 *
 * An imported glossary is untrusted: validate.ts refuses unknown fields and markup, every text and
 * list is bounded, URLs must be https, and the caller refuses a file over MAX_GLOSSARY_BYTES before
 * parsing it. Entry ids are namespaced by the glossary's id (namespacedId), so an import never
 * overwrites another glossary's entry.
 */
import * as v from 'valibot';
import { describeValue, type FactsIssue } from './issues.ts';
import { schemaKit, KEBAB_ID, HTTPS_URL } from './schema-kit.ts';
import type { Entry } from './types.ts';
import { reportIssues, validateFacts } from './validate.ts';
import { LANGUAGES, type Language } from './vocabulary.ts';

export const GLOSSARY_FORMAT = 'gloss-glossary';
export const GLOSSARY_VERSION = 1;
export const MAX_GLOSSARY_BYTES = 20 * 1024 * 1024;
/** The built-in glossary's id: its entries keep their ids bare. */
export const BUILTIN_GLOSSARY_ID = 'builtin';

export function createGlossarySchemas(today: string) {
  const { text, date, object, list } = schemaKit({ today });
  const header = object(
    {
      format: v.literal(GLOSSARY_FORMAT, `must be "${GLOSSARY_FORMAT}"`),
      version: v.literal(GLOSSARY_VERSION, `must be ${GLOSSARY_VERSION} (this Gloss reads glossary files of version ${GLOSSARY_VERSION})`),
      id: text('kebab-case, unique among your glossaries, e.g. "arctic-shipping".', { pattern: KEBAB_ID, maxLength: 60 }),
      name: text('Shown in the options page and on cards, e.g. "Arctic shipping".', { maxLength: 80 }),
      description: text('One or two sentences: what the glossary covers, for whom.', { maxLength: 500 }),
      languages: v.pipe(
        list(v.picklist(LANGUAGES, (issue) => `must be one of: ${LANGUAGES.join(', ')} (got ${describeValue(issue.input)})`), 'The languages every text of every entry is written in; the first is the main one.', { minItems: 1, uniqueItems: true }),
      ),
      publisher: text('Who made it, e.g. a newsroom or a course.', { maxLength: 120 }),
      license: text('Under which terms it may be shared, e.g. "CC BY 4.0".', { maxLength: 120 }),
      updated: date('When it was last updated.'),
      homepage: v.optional(text('Where it comes from, https only.', { pattern: HTTPS_URL, format: 'https-url' })),
      entries: v.pipe(v.array(v.unknown(), 'must be a list'), v.description('The entries, in the entry format (see facts.schema.json).')),
    },
    'A Gloss glossary file.',
  );
  return { header };
}

export interface GlossaryHeader {
  id: string;
  name: string;
  description: string;
  languages: Language[];
  publisher: string;
  license: string;
  updated: string;
  homepage?: string | undefined;
}

export interface Glossary extends GlossaryHeader {
  entries: Entry[];
}

export interface GlossaryCheck {
  glossary: Glossary | null;
  errors: FactsIssue[];
}

/**
 * Validates a parsed glossary file as a whole: the header, then every entry against the languages
 * it declares, with the same cross-entry checks as the built-in facts (unique ids and names,
 * related ids within the glossary). Every problem names the file, the entry and the field.
 */
export function validateGlossary(raw: unknown, options: { file: string; today: string }): GlossaryCheck {
  const { file, today } = options;
  const errors: FactsIssue[] = [];
  const { header } = createGlossarySchemas(today);
  const ok = reportIssues(header, raw, (field, message) => errors.push({ file, field, message }));
  if (!ok) return { glossary: null, errors };
  const head = raw as GlossaryHeader & { entries: unknown[] };
  if (head.id === BUILTIN_GLOSSARY_ID) errors.push({ file, field: 'id', message: `"${BUILTIN_GLOSSARY_ID}" is the built-in glossary's id; choose another` });
  const result = validateFacts([{ file, data: { entries: head.entries } }], { today, languages: head.languages });
  errors.push(...result.errors.map((issue) => (issue.field.startsWith('entries') || issue.id !== undefined ? issue : { ...issue, field: issue.field === '' ? 'entries' : issue.field })));
  if (errors.length > 0) return { glossary: null, errors };
  const { entries: _entries, ...rest } = head;
  const glossary: Glossary = { ...rest, entries: result.entries };
  return { glossary, errors };
}

/** The id an entry of glossary `glossaryId` goes by beside every other glossary's entries. */
export function namespacedId(glossaryId: string, entryId: string): string {
  return glossaryId === BUILTIN_GLOSSARY_ID ? entryId : `${glossaryId}/${entryId}`;
}

/** The glossary's entries with their ids, related ids and context entries namespaced. */
export function namespaced(glossary: Glossary, glossaryId = glossary.id): Entry[] {
  if (glossaryId === BUILTIN_GLOSSARY_ID) return glossary.entries;
  const ns = (id: string): string => namespacedId(glossaryId, id);
  return glossary.entries.map((entry) => ({
    ...entry,
    id: ns(entry.id),
    related: entry.related.map(ns),
    ...(entry.context
      ? {
          context: entry.context.map((rule) => ({
            ...rule,
            ...(rule.require ? { require: { ...rule.require, ...(rule.require.entries ? { entries: rule.require.entries.map(ns) } : {}) } } : {}),
            ...(rule.veto ? { veto: { ...rule.veto, ...(rule.veto.entries ? { entries: rule.veto.entries.map(ns) } : {}) } } : {}),
          })),
        }
      : {}),
  }));
}
