import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName, buttonNamed, DE, fixtureEntry, mountCard, text } from './support.tsx';
import type { Mounted } from './support.tsx';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const values = (m: Mounted) => Array.from(m.card.querySelectorAll('.gloss-card__fact > .gloss-card__value-row, .gloss-card__alt > .gloss-card__value-row'), (p) => text(p));

describe('Card in German (German UI)', () => {
  it('shows the entry in German, with German strings, numbers and dates', () => {
    mounted = mountCard({ onCopy: () => {}, onMute: () => {}, onSiteOff: () => {} }, DE);
    const { card } = mounted;
    expect(card.getAttribute('lang')).toBe('de');
    expect(text(card.querySelector('.gloss-card__title'))).toBe('Kraft Sibiriens 2');
    expect(card.querySelector('.gloss-card__title')?.getAttribute('lang')).toBe('de');
    expect(text(card.querySelector('.gloss-card__summary'))).toBe(fixtureEntry().summary.de);
    expect(text(card.querySelector('.gloss-card__chip'))).toBe('Pipeline');
    const headings = Array.from(card.querySelectorAll('.gloss-card__section-title'), (h) => text(h));
    expect(headings).toEqual(['Eckdaten', 'Chronik', 'Siehe auch']);
    const labels = Array.from(card.querySelectorAll('.gloss-card__fact-label'), (l) => text(l));
    expect(labels).toEqual(['Geplante Kapazität', 'Geplante Länge (Gesamtstrecke)', 'Preis, Finanzierung und Starttermin', 'Bau-Memorandum unterzeichnet', 'Erwarteter Lieferbeginn']);
    expect(values(mounted)).toEqual([
      '50 Mrd. m³ pro Jahr Stand: 2. September 2025',
      'etwa 6.700 km Stand: September 2025',
      '3.550 km',
      'Nicht vereinbart Stand: 7. Oktober 2025',
      '2. September 2025 Stand: 2. September 2025',
      '2031 Stand: 7. Oktober 2025',
    ]);
    const first = card.querySelector('.gloss-card__fact');
    expect(text(first?.querySelector('.gloss-card__source'))).toBe('Quelle: TASS, 2. September 2025 (öffnet in einem neuen Tab)');
    expect(text(card.querySelector('.gloss-card__disputed'))).toBe('Quellen widersprechen sich');
    expect(text(card.querySelector('.gloss-card__timeline-date'))).toBe('Januar 2022');
    expect(text(card.querySelector('.gloss-card__reviewed'))).toBe('Am 15. Oktober 2026 mit den Quellen abgeglichen');
    // Shown as asked: no note about the language.
    expect(card.querySelector('.gloss-card__notice--language')).toBeNull();
    for (const name of ['Schließen', 'Mit Quellen kopieren', 'Begriff nicht mehr markieren', 'Auf dieser Website ausschalten', 'Frühere Ereignisse zeigen (1)', 'Mehr', 'In anderen Einheiten zeigen']) {
      expect(buttonNamed(card, name), name).toBeDefined();
    }
    const copyFact = card.querySelector('.gloss-card__fact button[aria-label="Diese Angabe mit Quelle kopieren"]');
    expect(copyFact).not.toBeNull();
    expect(accessibleName(copyFact as Element)).toBe('Diese Angabe mit Quelle kopieren');
  });

  it('labels categories, words and units in German', () => {
    mounted = mountCard({ entry: fixtureEntry('gazprom') }, DE);
    expect(text(mounted.card.querySelector('.gloss-card__chip'))).toBe('Unternehmen');
    expect(values(mounted)).toEqual([
      'Alexej Miller (seit 2001) Stand: 13. Februar 2026',
      '17. Februar 1993 Stand: Februar 2018',
      'Verlust von 629 Mrd. Rubel Stand: 2. Mai 2024',
    ]);
  });
});
