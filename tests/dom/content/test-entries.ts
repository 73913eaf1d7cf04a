// The entries of the content tests, in the v2 format and run through the real validator: what
// the background would compile into the page's terms (support.ts) and answer getEntry with
// (fakes.ts). Two of them exercise what only the whole page decides: a short form ("Miller",
// only after "Alexei Miller") and a name that needs context elsewhere on the page ("Mir").
import { validateFacts } from '../../../src/core/facts/validate.ts';
import type { Category, Entry } from '../../../src/core/facts/types.ts';

interface Extra {
  aliases?: string[];
  /** Russian names: the only Cyrillic ones, for pages read again with the whole terms. */
  ruAliases?: string[];
  caseSensitive?: string[];
  shortForms?: string[];
  context?: unknown[];
  related?: string[];
}

function fact(label: string): Record<string, unknown> {
  return {
    label: { en: label },
    value: 1234,
    unit: 'km',
    asOf: '2025-01-01',
    source: { publisher: 'Example', title: `Report on ${label}`, url: 'https://example.org/report', date: '2025-01-01' },
  };
}

function raw(id: string, title: string, category: Category, extra: Extra = {}): Record<string, unknown> {
  return {
    id,
    category,
    title: { en: title },
    summary: { en: `Summary of ${id}.` },
    aliases: { en: extra.aliases ?? [], de: [], ru: extra.ruAliases ?? [], fa: [] },
    caseSensitive: extra.caseSensitive ?? [],
    ...(extra.shortForms ? { shortForms: { en: extra.shortForms } } : {}),
    ...(extra.context ? { context: extra.context } : {}),
    facts: [fact('Length'), fact('Route'), fact('Depth')],
    related: extra.related ?? [],
    reviewed: '2025-06-01',
  };
}

const RAW = [
  // Its Russian name needs a word of context: a rule that governs Cyrillic names alone, numbered
  // in the whole terms but absent from their Latin-script part.
  raw('pos2', 'Power of Siberia 2', 'pipeline', {
    related: ['ns'],
    ruAliases: ['Сила Сибири 2'],
    context: [{ names: ['Сила Сибири 2'], require: { words: ['газ'], scope: 'page' } }],
  }),
  raw('ns', 'Nord Stream', 'pipeline', { aliases: ['Nord Stream 2'] }),
  raw('swift', 'SWIFT', 'payment-system', { caseSensitive: ['SWIFT'] }),
  raw('instc', 'International North–South Transport Corridor', 'corridor', { aliases: ['North-South Transport Corridor', 'INSTC'] }),
  raw('miller', 'Alexei Miller', 'person', { shortForms: ['Miller'] }),
  raw('mir', 'Mir payment system', 'payment-system', {
    aliases: ['Mir'],
    caseSensitive: ['Mir'],
    context: [{ names: ['Mir'], require: { words: ['card', 'payments'], scope: 'page' } }],
  }),
];

const { entries, errors } = validateFacts([{ file: 'content-tests.json', data: { entries: RAW } }], { today: '2025-06-02', languages: ['en'] });
if (errors.length > 0) throw new Error(`the content test entries do not validate: ${JSON.stringify(errors)}`);

export const ENTRIES: readonly Entry[] = entries;

export const CATEGORY: Record<string, Category> = Object.fromEntries(entries.map((e) => [e.id, e.category]));

export function entryOf(id: string): Entry | null {
  return entries.find((e) => e.id === id) ?? null;
}
