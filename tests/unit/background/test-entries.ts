// A few v2 entries as the background's built-in glossary, for the worker's unit tests (term
// lookup, page cache, router, menus). Run through the real validator, so they are entries the
// background could really hold, and compiled by the real compiler wherever a test needs terms.
import type { BuiltinGlossary } from '../../../src/background/glossaries/store.ts';
import { validateFacts } from '../../../src/core/facts/validate.ts';
import type { Category, Entry } from '../../../src/core/facts/types.ts';

export const TODAY = '2026-12-01';

interface Names {
  aliases?: string[];
  /** Russian and Persian names: what makes the terms' Latin-script part worth storing. */
  ru?: string[];
  fa?: string[];
  caseSensitive?: string[];
  category?: Category;
}

function fact(label: string): Record<string, unknown> {
  return {
    label: { en: label },
    value: 7,
    asOf: '2026-01-15',
    source: { publisher: 'Test Desk', title: `About ${label}`, url: 'https://example.org/facts', date: '2026-01-15' },
  };
}

/** An entry in the v2 file format (English only), as a glossary file writes it. */
function entryJson(id: string, title: string, { aliases = [], ru = [], fa = [], caseSensitive = [], category = 'organisation' }: Names = {}): Record<string, unknown> {
  return {
    id,
    category,
    title: { en: title },
    summary: { en: `${title}, written for the tests.` },
    aliases: { en: aliases, de: [], ru, fa },
    caseSensitive,
    facts: [fact('Length'), fact('Capacity'), fact('Owners')],
    related: [],
    reviewed: '2026-11-01',
  };
}

const RAW_ENTRIES = [
  entryJson('swift', 'SWIFT', { aliases: ['SWIFT network'], caseSensitive: ['SWIFT'], category: 'payment-system' }),
  entryJson('nord-stream-2', 'Nord Stream 2', { aliases: ['Nord Stream II'], category: 'pipeline' }),
  entryJson('power-of-siberia-2', 'Power of Siberia 2', { ru: ['Сила Сибири 2', 'газопровод Сила Сибири 2'], fa: ['قدرت سیبری ۲', 'خط لوله قدرت سیبری ۲'], category: 'pipeline' }),
  entryJson('united-states', 'United States', { aliases: ['U.S.'], category: 'place' }),
];

function validated(raw: unknown[]): Entry[] {
  const { entries, errors } = validateFacts([{ file: 'builtin.json', data: { entries: raw } }], { today: TODAY, languages: ['en'] });
  if (errors.length > 0) throw new Error(`the test entries do not validate: ${JSON.stringify(errors)}`);
  return entries;
}

export const ENTRIES: Entry[] = validated(RAW_ENTRIES);

export function entryOf(id: string): Entry {
  const entry = ENTRIES.find((e) => e.id === id);
  if (!entry) throw new Error(`no test entry ${id}`);
  return entry;
}

/** The built-in glossary of the tests: ENTRIES, ids bare. */
export function testBuiltin(): BuiltinGlossary {
  return {
    header: {
      id: 'builtin',
      name: 'Russia, Iran and energy',
      description: 'The built-in glossary (a few entries for the worker tests).',
      languages: ['en'],
      publisher: 'Gloss',
      license: 'MIT',
      updated: '2026-12-02',
    },
    entries: ENTRIES,
  };
}
