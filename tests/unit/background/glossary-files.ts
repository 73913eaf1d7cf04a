// Small glossaries written for the tests (the store's unit tests and the options page's dom
// tests): glossary files as a reader would import them, a tiny built-in glossary, and an
// in-memory GlossaryDb that behaves like the IndexedDB one (each write all or nothing).
import type { GlossaryDb, GlossaryRecord, RegistryItem } from '../../../src/background/glossaries/records.ts';
import type { BuiltinGlossary } from '../../../src/background/glossaries/store.ts';
import { validateFacts } from '../../../src/core/facts/validate.ts';
import type { Category, Language } from '../../../src/core/facts/vocabulary.ts';

export const TODAY = '2026-12-01';

export interface EntryOptions {
  aliases?: string[];
  category?: Category;
  related?: string[];
  /** Ids of entries whose mention gives this entry's first alias its context. */
  contextEntries?: string[];
  languages?: readonly Language[];
}

const per = (languages: readonly Language[], text: string): Partial<Record<Language, string>> =>
  Object.fromEntries(languages.map((l) => [l, l === 'en' ? text : `${text} (${l})`]));

function fact(label: string, languages: readonly Language[]): Record<string, unknown> {
  return {
    label: per(languages, label),
    value: 42,
    asOf: '2026-01-15',
    source: { publisher: 'Test Desk', title: `About ${label}`, url: 'https://example.org/facts', date: '2026-01-15' },
  };
}

/** A valid entry (in the languages given, English by default) as a glossary file writes it. */
export function entryJson(id: string, title: string, options: EntryOptions = {}): Record<string, unknown> {
  const languages = options.languages ?? ['en'];
  const aliases = options.aliases ?? [];
  return {
    id,
    category: options.category ?? 'organisation',
    title: per(languages, title),
    summary: per(languages, `${title} is a thing written about in the tests.`),
    aliases: { en: aliases, de: [], ru: [], fa: [] },
    caseSensitive: [],
    ...(options.contextEntries && aliases[0] !== undefined ? { context: [{ names: [aliases[0]], require: { entries: options.contextEntries } }] } : {}),
    facts: [fact('Size', languages), fact('Age', languages), fact('Staff', languages)],
    related: options.related ?? [],
    reviewed: '2026-11-01',
  };
}

export interface HeaderFields {
  id: string;
  name?: string;
  languages?: Language[];
  homepage?: string;
}

function glossaryJson(header: HeaderFields, entries: unknown[]): Record<string, unknown> {
  return {
    format: 'gloss-glossary',
    version: 1,
    id: header.id,
    name: header.name ?? `Glossary ${header.id}`,
    description: 'A glossary written for the tests.',
    languages: header.languages ?? ['en'],
    publisher: 'Test Desk',
    license: 'CC BY 4.0',
    updated: '2026-11-30',
    ...(header.homepage === undefined ? {} : { homepage: header.homepage }),
    entries,
  };
}

/** The file's text, as a reader's file holds it. */
export function glossaryText(header: HeaderFields, entries: unknown[]): string {
  return `${JSON.stringify(glossaryJson(header, entries), null, 2)}\n`;
}

/** A small stand-in for the bundled glossary: en + de, ids bare. */
export function builtinGlossary(): BuiltinGlossary {
  const languages = ['en', 'de'] as const;
  const raw = [
    entryJson('gazprom', 'Gazprom', { category: 'company', languages, aliases: ['PAO Gazprom'] }),
    entryJson('swift', 'SWIFT', { category: 'payment-system', languages }),
    entryJson('rosatom', 'Rosatom', { category: 'company', languages }),
  ];
  const { entries, errors } = validateFacts([{ file: 'builtin.json', data: { entries: raw } }], { today: TODAY, languages });
  if (errors.length > 0) throw new Error(`the test built-in glossary does not validate: ${JSON.stringify(errors)}`);
  return {
    header: {
      id: 'builtin',
      name: 'Russia, Iran and energy',
      description: 'The built-in glossary (a small copy for tests).',
      languages: ['en', 'de'],
      publisher: 'Gloss',
      license: 'MIT',
      updated: '2026-12-02',
    },
    entries,
  };
}

export interface MemoryGlossaryDb extends GlossaryDb {
  records: Map<string, GlossaryRecord>;
  registry: RegistryItem[] | undefined;
  /** Makes the next getRegistry wait until `release` is called (it answers with what was stored when it was called). */
  holdNextRegistryRead(): { release(): void };
  /** Makes every write fail, like a full disk. */
  failWrites: boolean;
}

/** Records and the registry in memory, cloned in and out as IndexedDB's structured clone does. */
export function memoryGlossaryDb(): MemoryGlossaryDb {
  let held: Promise<void> | null = null;
  const write = async (apply: () => void): Promise<void> => {
    await Promise.resolve();
    if (db.failWrites) throw new Error('QuotaExceededError: the disk is full');
    apply();
  };
  const db: MemoryGlossaryDb = {
    records: new Map(),
    registry: undefined,
    failWrites: false,
    holdNextRegistryRead() {
      let release = (): void => undefined;
      held = new Promise<void>((resolve) => (release = resolve));
      return { release: () => release() };
    },
    async getRegistry() {
      const snapshot = structuredClone(db.registry);
      const wait = held;
      held = null;
      if (wait) await wait;
      return snapshot;
    },
    async get(id) {
      await Promise.resolve();
      return structuredClone(db.records.get(id));
    },
    put: (record, registry) =>
      write(() => {
        db.records.set(record.id, structuredClone(record));
        db.registry = structuredClone(registry);
      }),
    delete: (id, registry) =>
      write(() => {
        db.records.delete(id);
        db.registry = structuredClone(registry);
      }),
    setRegistry: (registry) =>
      write(() => {
        db.registry = structuredClone(registry);
      }),
  };
  return db;
}
