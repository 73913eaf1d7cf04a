// The Latin-script part of the terms (core/match/latin-terms.ts): a page without Cyrillic or
// Arabic-script letters must be marked exactly as the whole terms would mark it, and the part must
// be smaller, or reading it first would gain nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuildData } from '../../../src/cli/lib/build-data.ts';
import { compileTerms, createMatcher, hasOtherScript, latinSources, latinTermsFirst, termSourcesFromEntries, type Matcher } from '../../../src/core/match/index.ts';
import { readCases } from '../../../bench/eval/cases.ts';
import { plainText } from '../../../bench/eval/plain-text.ts';

const { entries } = await loadBuildData({ factsDir: join(process.cwd(), 'src', 'facts') });
const sources = termSourcesFromEntries(entries);
const { whole, latin: part } = compileTerms(sources);
if (part === null) throw new Error('the built-in terms have no Latin-script part');
const latin = part;
const wholeMatcher = createMatcher(whole);
const latinMatcher = createMatcher(latin);

const found = (m: Matcher, text: string) => m.scan(text).map((x) => `${x.id}@${x.start}-${x.end}`);

describe('which texts have letters the Latin part leaves out', () => {
  it.each([
    ['Сила Сибири 2', true],
    ['«Газпром»', true],
    ['خط لوله صلح', true],
    // Arabic presentation forms, as some Persian sites still write them.
    ['\uFEE3\uFEF4\uFEAE', true],
    ['Gazprom und die Nord-Süd-Route, Çarşı, Łódź', false],
    ['一带一路 and 北溪', false],
    ['', false],
  ])('%s → %s', (text, other) => {
    expect(hasOtherScript(text)).toBe(other);
  });

  it.each([
    ['en', 'Pipes', true],
    ['en-US', 'Pipes', true],
    ['de_DE', 'Röhren', true],
    [' PT-br ', 'Tubos', true],
    ['ru', 'Трубы', false],
    ['fa', 'لوله', false],
    ['en', 'Сила Сибири 2 — a pipeline', false],
    ['', 'Pipes', false],
    ['sr', 'Cevi', false],
  ])('a page in "%s" titled "%s" starts with the Latin part: %s', (lang, title, first) => {
    expect(latinTermsFirst(lang, title)).toBe(first);
  });
});

describe('the Latin part of the built-in terms', () => {
  it('keeps every entry, in the same order, and every Latin-script name; drops only the others', () => {
    const part = latinSources(sources);
    expect(part.map((s) => s.id)).toEqual(sources.map((s) => s.id));
    const names = (list: typeof sources) => list.flatMap((s) => s.terms.map((t) => t.text));
    expect(names(part)).toEqual(names(sources).filter((t) => !hasOtherScript(t)));
    expect(names(part).length).toBeLessThan(names(sources).length);
    expect(latin.ids).toBe(whole.ids);
    expect(latin.categories).toBe(whole.categories);
  });

  it('carries the stamp of the whole, says it is the part, and is less than half its size', () => {
    expect(latin.stamp).toBe(whole.stamp);
    expect(latin.part).toBe('latin');
    expect(whole.part).toBeUndefined();
    expect(latin.buffer.length).toBeLessThan(whole.buffer.length / 2);
  });

  it('is not made where it would save little: a glossary of Latin-script names alone', () => {
    expect(compileTerms(latinSources(sources)).latin).toBeNull();
  });

  it('marks Latin-script text exactly as the whole does', () => {
    const texts = [
      'Gazprom said Power of Siberia 2 would run through Mongolia; Nord Stream 2 stays idle.',
      'Die Gaspipeline Kraft Sibiriens 2 soll durch die Mongolei führen, sagte Gazprom-Chef Alexei Miller. Miller sagte auch…',
      'Iran and Russia linked Mir and Shetab; the INSTC runs through Azerbaijan to Bandar Abbas.',
    ];
    for (const text of texts) {
      const expected = found(wholeMatcher, text);
      expect(expected.length).toBeGreaterThan(0);
      expect(found(latinMatcher, text)).toEqual(expected);
    }
  });

  it('misses what only other scripts write: the reason a page with them is read again with the whole', () => {
    const text = 'Газопровод «Сила Сибири 2» пройдёт через Монголию.';
    expect(found(wholeMatcher, text).length).toBeGreaterThan(0);
    expect(found(latinMatcher, text)).toEqual([]);
  });
});

const REAL = join(process.cwd(), '..', 'shared', 'realtext-dev');
if (!existsSync(REAL)) console.warn(`latin-terms: the real-text comparison is SKIPPED, ${REAL} is missing`);

describe.skipIf(!existsSync(REAL))('on the real excerpts of realtext-dev', () => {
  const cases = existsSync(REAL) ? readCases(REAL).map((c) => ({ ...c, text: plainText(c.html) })) : [];

  it('every excerpt without Cyrillic or Arabic-script letters gets the same matches from the part as from the whole', () => {
    const plain = cases.filter((c) => !hasOtherScript(c.text));
    expect(plain.length).toBeGreaterThan(20);
    let matches = 0;
    for (const c of plain) {
      const expected = found(wholeMatcher, c.text);
      matches += expected.length;
      expect(found(latinMatcher, c.text), c.name).toEqual(expected);
    }
    expect(matches).toBeGreaterThan(50);
  });

  it('every Russian and Persian excerpt has letters the part leaves out, so the page is read with the whole', () => {
    const other = cases.filter((c) => c.lang === 'ru' || c.lang === 'fa');
    expect(other.length).toBeGreaterThan(10);
    for (const c of other) expect(hasOtherScript(c.text), c.name).toBe(true);
  });
});
