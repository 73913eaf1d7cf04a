/**
 * termSourcesFromEntries: what the compiler is told about a facts entry. Every title and alias in
 * its language, short forms marked, case-sensitive names, the rule that governs each name, and how
 * the entry's names inflect (people every word, other things their head).
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/core/facts/types.ts';
import { compile, createMatcher, matchBlocks, termSourcesFromEntries } from '../../../src/core/match/index.ts';

function entry(partial: Partial<Entry> & Pick<Entry, 'id' | 'title' | 'category'>): Entry {
  return {
    summary: { en: '', de: '' },
    aliases: { en: [], de: [], ru: [], fa: [] },
    caseSensitive: [],
    facts: [],
    related: [],
    reviewed: '2025-01-01',
    ...partial,
  };
}

const mir = entry({
  id: 'mir',
  category: 'payment-system',
  title: { en: 'Mir (payment system)', de: 'Mir (Zahlungssystem)' },
  aliases: { en: ['Mir', 'Mir card'], de: ['Mir', 'Mir-Karte'], ru: ['Мир'], fa: ['کارت میر'] },
  caseSensitive: ['Mir', 'Мир'],
  context: [{ names: ['Mir', 'Мир'], require: { words: ['card', 'Karte', 'карта'], scope: 'page' } }],
});

describe('termSourcesFromEntries', () => {
  it('lists titles, then aliases, each once per language, with case and rule', () => {
    const [source] = termSourcesFromEntries([mir]);
    expect(source?.terms).toEqual([
      { text: 'Mir (payment system)', lang: 'en', caseSensitive: false, short: false, rule: undefined },
      { text: 'Mir (Zahlungssystem)', lang: 'de', caseSensitive: false, short: false, rule: undefined },
      { text: 'Mir', lang: 'en', caseSensitive: true, short: false, rules: [0] },
      { text: 'Mir card', lang: 'en', caseSensitive: false, short: false, rule: undefined },
      { text: 'Mir', lang: 'de', caseSensitive: true, short: false, rules: [0] },
      { text: 'Mir-Karte', lang: 'de', caseSensitive: false, short: false, rule: undefined },
      { text: 'Мир', lang: 'ru', caseSensitive: true, short: false, rules: [0] },
      { text: 'کارت میر', lang: 'fa', caseSensitive: false, short: false, rule: undefined },
    ]);
    expect(source?.rules).toEqual([{ require: { words: ['card', 'Karte', 'карта'], scope: 'page' }, veto: undefined }]);
    expect(source?.defaultInflect).toBe('head');
  });

  it('marks short forms, and lets people inflect every word', () => {
    const [source] = termSourcesFromEntries([
      entry({
        id: 'masoud-pezeshkian',
        category: 'person',
        title: { en: 'Masoud Pezeshkian', de: 'Massud Peseschkian' },
        aliases: { en: [], de: [], ru: ['Масуд Пезешкиан'], fa: [] },
        shortForms: { en: ['Pezeshkian'], ru: ['Пезешкиан'] },
        inflect: { de: 'none' },
      }),
    ]);
    expect(source?.terms.filter((t) => t.short).map((t) => t.text)).toEqual(['Pezeshkian', 'Пезешкиан']);
    expect(source?.defaultInflect).toBe('all');
    expect(source?.inflect).toEqual({ de: 'none' });
  });

  it('gives the compiler what the page then finds', () => {
    const matcher = createMatcher(compile(termSourcesFromEntries([mir])));
    const found = matchBlocks(matcher, ['gib mir die Mir-Karte', 'Mir und Visa', 'карты Мир']).map((ms) => ms.map((m) => m.id));
    expect(found).toEqual([['mir'], ['mir'], ['mir']]);
    const text = 'Mir und MIR und mir, mit Karte';
    expect(matcher.scan(text).map((m) => text.slice(m.start, m.end))).toEqual(['Mir']);
  });
});
