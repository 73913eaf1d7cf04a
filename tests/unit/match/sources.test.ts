import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/core/facts/types.ts';
import { compile, createMatcher, termSourcesFromEntries } from '../../../src/core/match/index.ts';

function entry(partial: Partial<Entry> & Pick<Entry, 'id' | 'title'>): Entry {
  return {
    category: 'payment-system',
    summary: '',
    aliases: { en: [], de: [], ru: [], fa: [] },
    caseSensitive: [],
    facts: [],
    related: [],
    reviewed: '2025-01-01',
    ...partial,
  };
}

describe('termSourcesFromEntries', () => {
  it('takes the title and every alias in every language, once each, with their case rule', () => {
    const sources = termSourcesFromEntries([
      entry({ id: 'mir', title: 'Mir (payment system)', aliases: { en: ['Mir', 'Mir card'], de: ['Mir', 'Mir-Karte'], ru: ['Мир'], fa: ['میر'] }, caseSensitive: ['Mir', 'Мир'] }),
    ]);
    expect(sources).toEqual([
      {
        id: 'mir',
        category: 'payment-system',
        terms: [
          { text: 'Mir (payment system)', caseSensitive: false },
          { text: 'Mir', caseSensitive: true },
          { text: 'Mir card', caseSensitive: false },
          { text: 'Mir-Karte', caseSensitive: false },
          { text: 'Мир', caseSensitive: true },
          { text: 'میر', caseSensitive: false },
        ],
      },
    ]);
    const m = createMatcher(compile(sources));
    expect(m.scan('gib mir die Mir-Karte').map((x) => x.id)).toEqual(['mir']);
  });

  it('can mark the title itself case-sensitive', () => {
    const [s] = termSourcesFromEntries([entry({ id: 'swift', title: 'SWIFT', caseSensitive: ['SWIFT'] })]);
    expect(s?.terms).toEqual([{ text: 'SWIFT', caseSensitive: true }]);
  });
});
