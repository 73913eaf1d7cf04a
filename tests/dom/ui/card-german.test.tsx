import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName, buttonNamed, DE, fixtureEntry, mountCard, text } from './support.tsx';
import type { Mounted } from './support.tsx';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

describe('Card in German', () => {
  it('uses German strings and German dates', () => {
    mounted = mountCard({ onCopy: () => {}, onMute: () => {}, onSiteOff: () => {} }, DE);
    const { card } = mounted;
    expect(card.getAttribute('lang')).toBe('de');
    expect(text(card.querySelector('.gloss-card__chip'))).toBe('Pipeline');
    const headings = Array.from(card.querySelectorAll('.gloss-card__section-title'), (h) => text(h));
    expect(headings).toEqual(['Eckdaten', 'Chronik', 'Siehe auch']);
    const first = card.querySelector('.gloss-card__fact');
    expect(text(first?.querySelector('.gloss-card__as-of'))).toBe('Stand: 2. September 2025');
    expect(text(first?.querySelector('.gloss-card__source'))).toBe(
      'Quelle: RIA Novosti, 2. September 2025 (öffnet in einem neuen Tab)',
    );
    expect(text(card.querySelector('.gloss-card__disputed'))).toBe('Quellen widersprechen sich');
    expect(text(card.querySelector('.gloss-card__timeline-date'))).toBe('25. Januar 2021');
    expect(text(card.querySelector('.gloss-card__reviewed'))).toBe('Am 15. Oktober 2026 mit den Quellen abgeglichen');
    for (const name of ['Schließen', 'Mit Quellen kopieren', 'Begriff nicht mehr markieren', 'Auf dieser Website ausschalten', 'Frühere Ereignisse zeigen (1)']) {
      expect(buttonNamed(card, name), name).toBeDefined();
    }
    const copyFact = card.querySelector('.gloss-card__fact button');
    expect(accessibleName(copyFact as Element)).toBe('Diese Angabe mit Quelle kopieren');
  });

  it('labels categories in German', () => {
    mounted = mountCard({ entry: fixtureEntry('gazprom') }, DE);
    expect(text(mounted.card.querySelector('.gloss-card__chip'))).toBe('Unternehmen');
  });
});
