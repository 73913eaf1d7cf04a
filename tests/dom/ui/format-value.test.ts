import { describe, expect, it } from 'vitest';
import type { FactValue, Language, Unit } from '../../../src/core/facts/types.ts';
import { contentLanguage, intlLocale, languageOf } from '../../../src/ui/content-language.ts';
import { conversions, figureLine, figureText, formatNumber, type ValueFormat } from '../../../src/ui/format-value.ts';

/** The formatting of an entry shown in `lang` to a reader whose UI is British English. */
function inLang(lang: Language): ValueFormat {
  return { lang, chain: [lang, 'en'], locale: intlLocale(lang, 'en-GB') };
}
const line = (value: FactValue, unit: Unit | undefined, lang: Language) => figureLine(figureText(value, unit, inLang(lang))).replace(/\s/g, ' ');

describe('numbers and units per language', () => {
  it('groups thousands the way each language does', () => {
    expect(formatNumber(1224, 'en-GB')).toBe('1,224');
    expect(formatNumber(1224, 'de')).toBe('1.224');
    expect(formatNumber(0.5, 'de')).toBe('0,5');
    expect(line(1224, 'km', 'fa')).toBe('۱٬۲۲۴ کیلومتر');
  });

  it('writes how exact a figure is in the language of the figure', () => {
    expect(line({ number: 6700, approx: 'about' }, 'km', 'en')).toBe('about 6,700 km');
    expect(line({ number: 6700, approx: 'about' }, 'km', 'de')).toBe('etwa 6.700 km');
    expect(line({ number: 6700, approx: 'about' }, 'km', 'ru')).toBe('около 6 700 км');
    expect(line({ number: 50, approx: 'up-to' }, 'bcm/yr', 'de')).toBe('bis zu 50 Mrd. m³ pro Jahr');
    expect(line({ number: 20, approx: 'more-than' }, undefined, 'en')).toBe('more than 20');
    expect(line({ number: 3, approx: 'less-than' }, 'GW', 'de')).toBe('weniger als 3 GW');
  });

  it('labels units from the table, or the glossary\'s own words, in the language shown', () => {
    expect(line(50, 'bcm/yr', 'en')).toBe('50 bcm a year');
    expect(line(50, 'bcm/yr', 'de')).toBe('50 Mrd. m³ pro Jahr');
    expect(line(400, 'US$ bn', 'de')).toBe('400 Mrd. US-Dollar');
    // The symbol never trails the figure ("400 US$ bn"): English gets the words.
    expect(line(400, 'US$ bn', 'en')).toBe('400 billion US dollars');
    expect(line(12, { en: 'vessels', de: 'Schiffe' }, 'de')).toBe('12 Schiffe');
    // A glossary that wrote the unit only in English: English, rather than nothing.
    expect(line(12, { en: 'vessels' }, 'de')).toBe('12 vessels');
  });

  it('writes percentages as each language does', () => {
    expect(line(50, '%', 'en')).toBe('50%');
    expect(line(50, '%', 'de')).toBe('50 %');
    expect(line({ number: 12.5, approx: 'about' }, '%', 'de')).toBe('etwa 12,5 %');
  });

  it('writes date values out: a day, a month, a year', () => {
    expect(line({ date: '2025-01-17' }, undefined, 'en')).toBe('17 January 2025');
    expect(line({ date: '2025-01-17' }, undefined, 'de')).toBe('17. Januar 2025');
    expect(line({ date: '2025-01' }, undefined, 'en')).toBe('January 2025');
    expect(line({ date: '2025-01' }, undefined, 'de')).toBe('Januar 2025');
    expect(line({ date: '1979' }, undefined, 'de')).toBe('1979');
    expect(figureText({ date: '1979' }, undefined, inLang('en')).iso).toBe('1979');
  });

  it('picks words in the language shown, falling back and saying which language it took', () => {
    expect(figureText({ en: 'Not agreed', de: 'Nicht vereinbart' }, undefined, inLang('de'))).toEqual({ value: 'Nicht vereinbart', unit: null, lang: 'de' });
    expect(figureText({ en: 'Not agreed' }, undefined, inLang('de'))).toEqual({ value: 'Not agreed', unit: null, lang: 'en' });
    // A plain string is a name or a code: the same in every language.
    expect(figureText('IR-6', undefined, inLang('de'))).toEqual({ value: 'IR-6', unit: null, lang: null });
  });
});

describe('conversions', () => {
  it('offers the table\'s conversions, rounded to the precision of the figure', () => {
    expect(conversions(50, 'bcm/yr', inLang('en'))).toEqual(['≈ 140\u00a0million m³ a day', '≈ 36\u00a0million tonnes of LNG a year']);
    expect(conversions(50, 'bcm/yr', inLang('de'))).toEqual(['≈ 140\u00a0Mio. m³ pro Tag', '≈ 36\u00a0Mio. t LNG pro Jahr']);
    expect(conversions({ number: 6700, approx: 'about' }, 'km', inLang('en'))).toEqual(['≈ 4,200\u00a0miles']);
    expect(conversions({ number: 50, approx: 'up-to' }, 'bcm/yr', inLang('en'))[0]).toBe('≈ up to 140\u00a0million m³ a day');
  });

  it('offers none for money, words, dates and units without conversions', () => {
    expect(conversions(400, 'US$ bn', inLang('en'))).toEqual([]);
    expect(conversions(12, { en: 'vessels', de: 'Schiffe' }, inLang('en'))).toEqual([]);
    expect(conversions({ en: 'Not agreed', de: 'Nicht vereinbart' }, 'bcm/yr', inLang('en'))).toEqual([]);
    expect(conversions({ date: '2025' }, 'km', inLang('en'))).toEqual([]);
    expect(conversions(50, undefined, inLang('en'))).toEqual([]);
  });
});

describe('the language a card shows an entry in', () => {
  const both = { title: { en: 'Power of Siberia 2', de: 'Kraft Sibiriens 2' }, summary: { en: 'A pipeline.', de: 'Eine Pipeline.' } };
  const english = { title: { en: 'Arctic route' }, summary: { en: 'A route.' } };

  it('follows the page, then the UI, then English', () => {
    expect(contentLanguage(both, 'de-AT', 'en-GB')).toEqual({ chain: ['de', 'en'], lang: 'de', locale: 'de', missing: null });
    expect(contentLanguage(both, null, 'de')).toMatchObject({ lang: 'de', missing: null });
    expect(contentLanguage(both, 'en', 'de')).toEqual({ chain: ['en', 'de'], lang: 'en', locale: 'en-GB', missing: null });
  });

  it('says which language it could not show', () => {
    expect(contentLanguage(both, 'fa-IR', 'de')).toEqual({ chain: ['de', 'fa', 'en'], lang: 'de', locale: 'de', missing: 'fa' });
    expect(contentLanguage(english, 'de', 'de')).toMatchObject({ lang: 'en', locale: 'en-GB', missing: 'de' });
  });

  it('does not count a page in a language Gloss never writes as a fallback', () => {
    expect(contentLanguage(both, 'fr', 'de')).toMatchObject({ lang: 'de', missing: null });
    expect(contentLanguage(both, 'fr', 'en-GB')).toMatchObject({ lang: 'en', missing: null });
  });

  it('reads the page language from the term\'s block, else the document', () => {
    const previous = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'en');
      const block = document.createElement('p');
      block.setAttribute('lang', 'de');
      const term = document.createElement('em');
      block.append(term);
      document.body.append(block);
      expect(languageOf(term)).toBe('de');
      block.removeAttribute('lang');
      expect(languageOf(term)).toBe('en');
      block.setAttribute('lang', '');
      expect(languageOf(term)).toBeNull();
      block.remove();
    } finally {
      if (previous === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', previous);
    }
  });
});
