import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/core/facts/types.ts';
import { allowedTypos, createSearchIndex, searchTerms, type SearchIndex } from '../../../src/core/search/index.ts';
import { realEntries } from './support.ts';

let entries: Entry[];
let index: SearchIndex;
beforeAll(async () => {
  entries = await realEntries();
  index = createSearchIndex(entries);
});

const ids = (query: string) => index.search(query).map((h) => h.id);

describe('searchTerms', () => {
  it('folds case, dashes, quotes and diacritics the same way for the index and the query', () => {
    expect(searchTerms('Nord–Süd-Korridor')).toEqual(['nord', 'sud', 'korridor']);
    expect(searchTerms('NORD‑SÜD')).toEqual(['nord', 'sud']);
    expect(searchTerms('«Север — Юг»')).toEqual(['север', 'юг']);
    expect(searchTerms('Ёлка Straße')).toEqual(['елка', 'strasse']);
    expect(searchTerms('  OPEC+  ')).toEqual(['opec']);
    expect(searchTerms('— … «»')).toEqual([]);
  });

  it('takes a Persian word with a zero-width non-joiner as its parts and as one word, and unifies Arabic letter forms', () => {
    // Readers type the non-joiner, a space or nothing: each of those must meet the indexed word.
    expect(searchTerms('بین‌المللی')).toEqual(['بین', 'المللی', 'بینالمللی']);
    expect(searchTerms('دادگاه بین‌المللی')).toEqual(['دادگاه', 'بین', 'المللی', 'بینالمللی']);
    expect(searchTerms('بینالمللی')).toEqual(['بینالمللی']);
    // Arabic kaf and yeh (U+0643, U+064A) are written for the Persian ones (U+06A9, U+06CC).
    expect(searchTerms('\u0643\u0631\u064A\u062F\u0648\u0631')).toEqual(searchTerms('کریدور'));
  });
});

describe('createSearchIndex over the bundled dictionary', () => {
  it('indexes every entry', () => {
    expect(index.size).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(50);
  });

  it.each([
    ['сила', 'power-of-siberia-2'],
    ['kraft', 'power-of-siberia-2'],
    ['instc', 'instc'],
    ['nord-süd', 'instc'],
    ['nord sud', 'instc'],
    ['Север-Юг', 'instc'],
    ['قدرت سیبری ۲', 'power-of-siberia-2'],
  ])('%s finds %s', (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it.each([
    ['حوثی‌ها', 'with the non-joiner'],
    ['حوثی ها', 'with a space for it'],
    ['حوثیها', 'without it'],
  ])('finds a Persian name written with a non-joiner when the query is typed %s (%s)', (query) => {
    // "حملات حوثی‌ها در دریای سرخ": the Houthi attacks in the Red Sea.
    expect(ids(query)[0]).toBe('red-sea-crisis');
  });

  it('finds both Power of Siberia pipelines for "сила" and "kraft", and nothing else', () => {
    for (const query of ['сила', 'kraft']) expect(ids(query).sort()).toEqual(['power-of-siberia', 'power-of-siberia-2']);
  });

  it('ranks the entry a query names first', () => {
    expect(ids('kraft siberia 2')[0]).toBe('power-of-siberia-2');
    expect(ids('power of siberia 2')[0]).toBe('power-of-siberia-2');
    expect(ids('power of siberia')[0]).toBe('power-of-siberia');
    expect(ids('nord-süd')[0]).toBe('instc');
    expect(ids('mir')[0]).toBe('mir');
    expect(ids('nord stream')[0]).toBe('nord-stream');
    expect(ids('nord stream 2')[0]).toBe('nord-stream-2');
    expect(ids('shahed')[0]).toBe('shahed-136');
  });

  it.each([
    ['gazprm', 'gazprom'],
    ['hezbolah', 'hezbollah'],
    ['sibiria', 'power-of-siberia'],
    ['pezeshkain', 'masoud-pezeshkian'],
    ['nort stream', 'nord-stream'],
    ['сибирь', 'power-of-siberia'],
  ])('tolerates a typo: %s → %s', (query, id) => {
    expect(ids(query).slice(0, 3)).toContain(id);
  });

  it('completes the word being typed', () => {
    expect(ids('gazp')[0]).toBe('gazprom');
    expect(ids('сил')).toContain('power-of-siberia-2');
    expect(ids('hez')[0]).toBe('hezbollah');
  });

  it('says which alias matched, in which language', () => {
    const [first] = index.search('сила');
    expect(first?.matched).toMatchObject({ kind: 'alias', lang: 'ru' });
    const corridor = index.search('nord-süd')[0];
    expect(corridor?.matched).toEqual({ kind: 'alias', text: 'Nord-Süd-Korridor', lang: 'de' });
    // The shortest of the aliases that hold the query, not the corridor's longest Russian name.
    expect(index.search('Север-Юг')[0]?.matched).toEqual({ kind: 'alias', text: 'Север — Юг', lang: 'ru' });
    expect(index.search('kraft siberia 2')[0]?.matched).toEqual({ kind: 'alias', text: 'Kraft Siberia 2', lang: 'de' });
  });

  it('shows nothing extra when the title matched', () => {
    expect(index.search('gazprom')[0]?.matched).toEqual({ kind: 'title' });
  });

  it('shows the part of the summary that matched, with the word marked', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const hits = index.search('memorandum');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      if (hit.matched.kind !== 'summary') continue;
      const { text, mark } = hit.matched;
      expect(text.slice(mark.start, mark.end).toLowerCase()).toMatch(/^memorand/);
      // The index shows English by default (its language chain).
      expect(byId.get(hit.id)?.summary.en).toContain(text.replace(/^… /, '').replace(/ …$/, ''));
      expect(text.length).toBeLessThan(140);
    }
    expect(hits.some((h) => h.matched.kind === 'summary')).toBe(true);
  });

  it('returns nothing for blank, punctuation-only and unknown queries, and never throws', () => {
    for (const query of ['', '   ', '— …', 'xyzzyqq', '\u0000\uffff', '\ud800']) expect(index.search(query)).toEqual([]);
    expect(() => index.search('a'.repeat(100_000))).not.toThrow();
    expect(() => index.search('of the and '.repeat(500))).not.toThrow();
  });

  it('falls back to any word when not every word matches', () => {
    expect(ids('gazprom xyzzyqq')).toContain('gazprom');
  });

  it('keeps to the limit, best first', () => {
    const hits = index.search('gas', { limit: 5 });
    expect(hits).toHaveLength(5);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('allows no typo under four letters, one up to six, two from seven', () => {
    expect([allowedTypos('sco'), allowedTypos('kraft'), allowedTypos('siberia')]).toEqual([false, 1, 2]);
  });

  it('ignores duplicate ids rather than failing', () => {
    const [a] = entries;
    if (a === undefined) throw new Error('no entries');
    expect(createSearchIndex([a, { ...a }]).size).toBe(1);
  });
});
