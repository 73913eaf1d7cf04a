import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/core/facts/types.ts';
import { DE, fixtureEntry, mountCard, text } from './support.tsx';
import type { Mounted } from './support.tsx';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const labels = (m: Mounted) => Array.from(m.card.querySelectorAll('.gloss-card__fact-label'), (l) => text(l));
const figures = (m: Mounted) => Array.from(m.card.querySelectorAll('.gloss-card__alt .gloss-card__value-line, .gloss-card__fact > .gloss-card__value-row > :first-child'), (v) => text(v));
const notice = (m: Mounted) => m.card.querySelector('.gloss-card__notice--language');

/** The entry as an imported glossary that writes only English would have it. */
function englishOnly(entry: Entry): Entry {
  const strip = <T extends object>(text: T): T => Object.fromEntries(Object.entries(text).filter(([lang]) => lang === 'en')) as T;
  return {
    ...entry,
    title: strip(entry.title),
    summary: strip(entry.summary),
    facts: entry.facts.map((f) => ({
      ...f,
      label: strip(f.label),
      ...(f.note ? { note: strip(f.note) } : {}),
      value: typeof f.value === 'object' && 'en' in f.value ? strip(f.value) : f.value,
    })),
    timeline: entry.timeline?.map((item) => ({ ...item, event: strip(item.event) })),
  };
}

describe('Card: the language of the page', () => {
  it('shows German content on a German page, in the English UI', () => {
    mounted = mountCard({ pageLang: 'de-DE' });
    const { card } = mounted;
    // The card's own words stay English; the entry, its numbers and its dates are German.
    expect(card.getAttribute('lang')).toBe('en-GB');
    expect(card.dataset['contentLang']).toBe('de');
    expect(text(card.querySelector('.gloss-card__title'))).toBe('Kraft Sibiriens 2');
    expect(card.querySelector('.gloss-card__title')?.getAttribute('lang')).toBe('de');
    expect(card.querySelector('.gloss-card__summary')?.getAttribute('lang')).toBe('de');
    expect(text(card.querySelector('.gloss-card__section-title'))).toBe('Key facts');
    expect(labels(mounted)).toEqual([
      'Geplante Kapazität',
      'Geplante Länge (Gesamtstrecke)',
      'Preis, Finanzierung und Starttermin',
      'Bau-Memorandum unterzeichnet',
      'Erwarteter Lieferbeginn',
    ]);
    expect(figures(mounted)).toEqual(['50 Mrd. m³ pro Jahr', 'etwa 6.700 km', '3.550 km', 'Nicht vereinbart', '2. September 2025', '2031']);
    const capacity = card.querySelector('.gloss-card__fact');
    expect(text(capacity?.querySelector('.gloss-card__as-of'))).toBe('as of 2 September 2025');
    expect(text(card.querySelector('.gloss-card__timeline-date'))).toBe('Januar 2022');
    expect(card.querySelector('.gloss-card__timeline-event')?.getAttribute('lang')).toBe('de');
    expect(notice(mounted)).toBeNull();
  });

  it('shows English content on an English page, in the German UI', () => {
    mounted = mountCard({ pageLang: 'en' }, DE);
    expect(text(mounted.card.querySelector('.gloss-card__title'))).toBe('Power of Siberia 2');
    expect(figures(mounted)[1]).toBe('about 6,700 km');
    expect(text(mounted.card.querySelector('.gloss-card__fact .gloss-card__as-of'))).toBe('Stand: 2. September 2025');
    expect(notice(mounted)).toBeNull();
  });

  it('says quietly when the entry is not in the page\'s language', () => {
    mounted = mountCard({ pageLang: 'fa' });
    expect(text(notice(mounted))).toBe('Not available in Persian; shown in English');
    expect(text(mounted.card.querySelector('.gloss-card__title'))).toBe('Power of Siberia 2');
    mounted.unmount();
    mounted = mountCard({ pageLang: 'fa-IR' }, DE);
    expect(text(notice(mounted))).toBe('Nicht auf Persisch verfügbar; auf Deutsch angezeigt');
    expect(text(mounted.card.querySelector('.gloss-card__title'))).toBe('Kraft Sibiriens 2');
  });

  it('falls back to English, formatted as English, when a glossary has no German', () => {
    mounted = mountCard({ entry: englishOnly(fixtureEntry()), pageLang: 'de' }, DE);
    expect(text(notice(mounted))).toBe('Nicht auf Deutsch verfügbar; auf Englisch angezeigt');
    expect(mounted.card.dataset['contentLang']).toBe('en');
    expect(figures(mounted).slice(0, 3)).toEqual(['50 bcm a year', 'about 6,700 km', '3,550 km']);
    expect(text(mounted.card.querySelector('.gloss-card__timeline-date'))).toBe('January 2022');
    // Gloss's own words stay German.
    expect(text(mounted.card.querySelector('.gloss-card__section-title'))).toBe('Eckdaten');
  });

  it('marks a single text that falls back with its own language', () => {
    const entry = fixtureEntry();
    entry.facts[2]!.value = { en: 'Not agreed' };
    mounted = mountCard({ entry, pageLang: 'de' });
    const value = Array.from(mounted.card.querySelectorAll('.gloss-card__value')).find((v) => text(v) === 'Not agreed');
    expect(value?.getAttribute('lang')).toBe('en');
    expect(notice(mounted)).toBeNull();
  });

  it('follows the UI language on a page in a language Gloss does not write', () => {
    mounted = mountCard({ pageLang: 'fr' }, DE);
    expect(text(mounted.card.querySelector('.gloss-card__title'))).toBe('Kraft Sibiriens 2');
    expect(notice(mounted)).toBeNull();
  });

  it('uses a Russian text where the entry has one, with Russian numbers and units', () => {
    const entry = fixtureEntry();
    entry.title = { ...entry.title, ru: 'Сила Сибири 2' };
    entry.summary = { ...entry.summary, ru: 'Планируемый газопровод из Западной Сибири в Китай через Монголию.' };
    entry.facts[1]!.label = { ...entry.facts[1]!.label, ru: 'Протяжённость' };
    mounted = mountCard({ entry, pageLang: 'ru' });
    expect(text(mounted.card.querySelector('.gloss-card__title'))).toBe('Сила Сибири 2');
    expect(figures(mounted)[1]).toBe('около 6 700 км');
    expect(labels(mounted)[1]).toBe('Протяжённость');
    // A label the entry has only in English and German falls back, marked as such.
    const first = mounted.card.querySelector('.gloss-card__fact-label');
    expect(first?.getAttribute('lang')).toBe('en');
  });
});
