import { afterEach, describe, expect, it } from 'vitest';
import { SUMMARY_CLAMP_CHARS } from '../../../src/ui/card/Summary.tsx';
import { accessibleName, baseProps, buttonNamed, DE, fixtureEntry, mountCard, settle, text } from './support.tsx';
import type { Mounted } from './support.tsx';
import { useFakeTimers } from '../fake-time.ts';

let mounted: Mounted | undefined;
// Timers run on a fake clock: settle() lets 0 ms ones fire.
useFakeTimers();

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const summary = (m: Mounted) => m.card.querySelector<HTMLElement>('.gloss-card__summary');

/** Gives an element the sizes a layout engine would (happy-dom has none). */
function sized(el: HTMLElement, sizes: { scrollHeight: number; clientHeight: number }): void {
  for (const [name, value] of Object.entries(sizes)) Object.defineProperty(el, name, { configurable: true, get: () => value });
}

describe('Card: the summary leads, clamped', () => {
  it('clamps a long summary to three lines with a "More" toggle that shows the rest', async () => {
    mounted = mountCard();
    const p = summary(mounted);
    expect(p?.classList.contains('gloss-card__summary--clamped')).toBe(true);
    const more = buttonNamed(mounted.card, 'More');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    expect(more?.getAttribute('aria-controls')).toBe(p?.id);
    // The whole text is there for screen readers, whatever the clamp shows.
    expect(text(p)).toBe(fixtureEntry().summary.en);
    more?.click();
    await settle();
    expect(summary(mounted)?.classList.contains('gloss-card__summary--clamped')).toBe(false);
    const less = buttonNamed(mounted.card, 'Less');
    expect(less?.getAttribute('aria-expanded')).toBe('true');
    less?.click();
    await settle();
    expect(summary(mounted)?.classList.contains('gloss-card__summary--clamped')).toBe(true);
    expect(buttonNamed(mounted.card, 'More')).toBeDefined();
  });

  it('has no toggle for a summary that fits, and measures where there is layout', async () => {
    const entry = fixtureEntry();
    entry.summary = { en: 'A planned gas pipeline from Russia to China.', de: 'Eine geplante Gaspipeline.' };
    expect(entry.summary.en!.length).toBeLessThan(SUMMARY_CLAMP_CHARS);
    mounted = mountCard({ entry });
    expect(buttonNamed(mounted.card, 'More')).toBeUndefined();
    // Three lines of a narrow card may hold less than the estimate: measured, it overflows.
    sized(summary(mounted)!, { scrollHeight: 90, clientHeight: 63 });
    mounted.handle.update(baseProps({ entry: { ...entry, summary: { en: 'A planned gas pipeline from Russia to China across Mongolia.', de: 'x' } } }));
    await settle();
    expect(buttonNamed(mounted.card, 'More')).toBeDefined();
  });

  it('puts the key facts straight after the summary', () => {
    mounted = mountCard();
    const body = mounted.card.querySelector('.gloss-card__body');
    const blocks = Array.from(body?.children ?? [], (el) => el.className);
    expect(blocks[0]).toBe('gloss-card__summary-block');
    expect(text(body?.children[1]?.querySelector('.gloss-card__section-title'))).toBe('Key facts');
  });
});

describe('Card: a fade and a cue while there is more below', () => {
  it('shows them while the body can scroll on, and not at the end', async () => {
    mounted = mountCard();
    const body = mounted.card.querySelector<HTMLElement>('.gloss-card__body')!;
    expect(mounted.card.querySelector('.gloss-card__fade')).toBeNull();
    sized(body, { scrollHeight: 900, clientHeight: 300 });
    body.dispatchEvent(new Event('scroll'));
    await settle();
    const fade = mounted.card.querySelector('.gloss-card__fade');
    expect(fade?.getAttribute('aria-hidden')).toBe('true');
    expect(fade?.querySelector('svg')).not.toBeNull();
    mounted.card.querySelector<HTMLElement>('.gloss-card__cue')?.click();
    await settle();
    expect(body.scrollTop).toBeGreaterThan(0);
    body.scrollTop = 600;
    body.dispatchEvent(new Event('scroll'));
    await settle();
    expect(mounted.card.querySelector('.gloss-card__fade')).toBeNull();
  });
});

describe('Card: actions in one row of labelled icon buttons', () => {
  it('names each action, with a tooltip, and shows an icon', () => {
    mounted = mountCard({ onCopy: () => {}, onMute: () => {}, onSiteOff: () => {} });
    const row = mounted.card.querySelector('.gloss-card__actions');
    const actions = Array.from(row?.querySelectorAll('button') ?? []);
    expect(actions.map((b) => accessibleName(b))).toEqual(['Copy with citation', 'Mute this term', 'Turn off on this site']);
    for (const b of actions) {
      expect(b.getAttribute('title')).toBe(accessibleName(b));
      expect(b.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    }
    expect(row?.querySelector('[role="status"]')).not.toBeNull();
  });

  it('names them in German', () => {
    mounted = mountCard({ onCopy: () => {}, onMute: () => {}, onSiteOff: () => {} }, DE);
    const actions = Array.from(mounted.card.querySelectorAll('.gloss-card__actions button'), (b) => b.getAttribute('title'));
    expect(actions).toEqual(['Mit Quellen kopieren', 'Begriff nicht mehr markieren', 'Auf dieser Website ausschalten']);
  });
});

describe('Card: a figure in other units, on request', () => {
  const toggleOf = (fact: Element | undefined) => fact?.querySelector<HTMLButtonElement>('button[aria-expanded][aria-controls]') ?? null;

  it('offers a labelled toggle on convertible figures only, and shows the conversions', async () => {
    mounted = mountCard();
    const facts = Array.from(mounted.card.querySelectorAll('.gloss-card__fact'));
    expect(facts.map((f) => toggleOf(f) !== null)).toEqual([true, true, false, false, false]);
    const toggle = toggleOf(facts[0])!;
    expect(accessibleName(toggle)).toBe('Show in other units');
    expect(toggle.getAttribute('title')).toBe('Show in other units');
    expect(text(mounted.shadow.getElementById(toggle.getAttribute('aria-describedby') ?? ''))).toBe('Planned capacity');
    const shown = () => mounted!.shadow.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(shown()?.hidden).toBe(true);
    toggle.focus();
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(shown()?.hidden).toBe(false);
    expect(text(shown())).toBe('≈ 140 million m³ a day · ≈ 36 million tonnes of LNG a year');
    expect(text(facts[1]?.querySelector('.gloss-card__conversions'))).toBe('≈ 4,200 miles');
    toggle.click();
    await settle();
    expect(shown()?.hidden).toBe(true);
  });

  it('converts in the language of the entry', async () => {
    mounted = mountCard({ pageLang: 'de' });
    const toggle = toggleOf(mounted.card.querySelector('.gloss-card__fact') ?? undefined)!;
    toggle.click();
    await settle();
    expect(text(mounted.shadow.getElementById(toggle.getAttribute('aria-controls') ?? ''))).toBe('≈ 140 Mio. m³ pro Tag · ≈ 36 Mio. t LNG pro Jahr');
  });
});

describe('Card: freshness', () => {
  // A pipeline goes stale 365 days after it was reviewed (2026-10-15).
  const stale = (m: Mounted) => m.card.querySelector('.gloss-card__notice--stale');

  it('says nothing before the entry is due', () => {
    mounted = mountCard({ today: '2027-10-14' });
    expect(stale(mounted)).toBeNull();
    expect(text(mounted.card.querySelector('.gloss-card__reviewed'))).toBe('Checked against sources on 15 October 2026');
  });

  it('says quietly that it may be out of date, with the day it was last checked', () => {
    mounted = mountCard({ today: '2027-10-15' });
    expect(text(stale(mounted))).toBe('May be out of date: last checked 15 October 2026');
    expect(stale(mounted)?.querySelector('time')?.getAttribute('datetime')).toBe('2026-10-15');
    expect(mounted.card.querySelector('.gloss-card__reviewed')).toBeNull();
    mounted.unmount();
    mounted = mountCard({ today: '2027-12-01' }, DE);
    expect(text(stale(mounted))).toBe('Möglicherweise veraltet: zuletzt geprüft am 15. Oktober 2026');
  });

  it('follows the category and the entry\'s own setting', () => {
    // A company goes stale after 180 days.
    mounted = mountCard({ entry: fixtureEntry('gazprom'), today: '2027-04-13' });
    expect(stale(mounted)).not.toBeNull();
    const never = fixtureEntry('gazprom');
    never.staleAfterDays = null;
    mounted.handle.update(baseProps({ entry: never, today: '2030-01-01' }));
    expect(stale(mounted)).toBeNull();
  });
});
