import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName, buttonNamed, fixtureEntry, mountCard, settle, text } from './support.tsx';
import type { Mounted } from './support.tsx';
import { useFakeTimers } from '../fake-time.ts';

let mounted: Mounted | undefined;
// Timers run on a fake clock: settle() lets 0 ms ones fire, tests advance it for the rest.
useFakeTimers();

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function factItems(m: Mounted): HTMLElement[] {
  return Array.from(m.card.querySelectorAll<HTMLElement>('.gloss-card__fact'));
}

function factNamed(m: Mounted, label: string): HTMLElement {
  const found = factItems(m).find((li) => text(li.querySelector('.gloss-card__fact-label')) === label);
  if (found === undefined) throw new Error(`no fact "${label}"`);
  return found;
}

describe('Card content', () => {
  it('is a dialog named by its title, non-modal as a hover card', () => {
    mounted = mountCard();
    const { card } = mounted;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-modal')).toBe('false');
    expect(accessibleName(card)).toBe('Power of Siberia 2');
    const title = mounted.shadow.getElementById(card.getAttribute('aria-labelledby') ?? '');
    expect(title?.tagName).toBe('H2');
    expect(card.getAttribute('lang')).toBe('en-GB');
    expect(card.getAttribute('dir')).toBe('ltr');
  });

  it('is modal in popup mode', () => {
    mounted = mountCard({ mode: 'popup' });
    expect(mounted.card.getAttribute('aria-modal')).toBe('true');
    expect(mounted.card.classList.contains('gloss-card--popup')).toBe(true);
  });

  it('gives every card its own ids', () => {
    mounted = mountCard();
    const second = mountCard();
    try {
      const ids = (m: Mounted) => Array.from(m.card.querySelectorAll('[id]'), (el) => el.id);
      const a = ids(mounted);
      const b = ids(second);
      expect(a.length).toBeGreaterThan(5);
      expect(new Set(a).size).toBe(a.length);
      expect(a.filter((id) => b.includes(id))).toEqual([]);
      expect(mounted.card.getAttribute('aria-labelledby')).not.toBe(second.card.getAttribute('aria-labelledby'));
    } finally {
      second.unmount();
    }
  });

  it('shows the title, the localised category and the summary', () => {
    mounted = mountCard();
    expect(text(mounted.card.querySelector('.gloss-card__title'))).toBe('Power of Siberia 2');
    expect(text(mounted.card.querySelector('.gloss-card__chip'))).toBe('Pipeline');
    expect(text(mounted.card.querySelector('.gloss-card__summary'))).toBe(fixtureEntry().summary);
    const company = mountCard({ entry: fixtureEntry('gazprom') });
    try {
      expect(text(company.card.querySelector('.gloss-card__chip'))).toBe('Company');
    } finally {
      company.unmount();
    }
  });

  it('shows each fact with its value, unit and formatted "as of" date', () => {
    mounted = mountCard();
    const capacity = factNamed(mounted, 'Capacity');
    expect(text(capacity.querySelector('.gloss-card__value-row'))).toBe('50 bcm per year as of 2 September 2025');
    expect(capacity.querySelector('.gloss-card__value')?.textContent).toBe('50');
    expect(capacity.querySelector('time')?.getAttribute('datetime')).toBe('2025-09-02');
    const length = factNamed(mounted, 'Total length');
    expect(text(length.querySelector('.gloss-card__as-of'))).toBe('as of September 2025');
    const status = factNamed(mounted, 'Status');
    expect(text(status.querySelector('.gloss-card__value-row'))).toBe(
      'Legally binding memorandum signed; price not agreed as of 3 September 2025',
    );
    expect(factItems(mounted)).toHaveLength(4);
  });

  it('shows both values of a disputed figure, each with its own source, and the hint', () => {
    mounted = mountCard();
    const length = factNamed(mounted, 'Total length');
    expect(text(length.querySelector('.gloss-card__disputed'))).toBe('Sources disagree');
    const columns = Array.from(length.querySelectorAll('.gloss-card__alt'));
    expect(columns).toHaveLength(2);
    expect(text(columns[0]?.querySelector('.gloss-card__value-line'))).toBe('6,700 km');
    expect(text(columns[0]?.querySelector('.gloss-card__source'))).toContain('news.ru, 2 September 2025');
    expect(text(columns[1]?.querySelector('.gloss-card__value-line'))).toBe('3,550 km');
    expect(text(columns[1]?.querySelector('.gloss-card__source'))).toContain('Financial Times, 3 September 2025');
    expect(text(columns[1]?.querySelector('.gloss-card__note'))).toBe('Counts only the new pipe, 950 km of it in Mongolia.');
    // An undisputed fact carries no hint.
    expect(factNamed(mounted, 'Capacity').querySelector('.gloss-card__disputed')).toBeNull();
  });

  it('shows a fact note visibly', () => {
    mounted = mountCard();
    const note = factNamed(mounted, 'Status').querySelector('.gloss-card__note');
    expect(text(note)).toBe('China did not name the pipeline in its own statement.');
    expect(note?.hasAttribute('hidden')).toBe(false);
  });

  it('links every source over https in a new tab without opener or referrer', () => {
    mounted = mountCard();
    const links = Array.from(mounted.card.querySelectorAll('a'));
    // 4 facts + 1 alternative.
    expect(links).toHaveLength(5);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    const first = links[0];
    expect(first?.getAttribute('href')).toBe('https://ria.ru/20250902/memorandum-2038999572.html');
    expect(first?.getAttribute('title')).toBe('Gazprom and CNPC sign memorandum on Power of Siberia 2');
    expect(text(first)).toBe('RIA Novosti, 2 September 2025 (opens in a new tab)');
    for (const fact of factItems(mounted)) expect(fact.querySelector('.gloss-card__source')).not.toBeNull();
  });

  it('never makes a link of a source URL that is not https', () => {
    const entry = fixtureEntry();
    const [capacity, length, status] = entry.facts;
    if (capacity === undefined || length === undefined || status === undefined) throw new Error('fixture changed');
    capacity.source.url = 'http://ria.ru/plain-http';
    status.source.url = 'javascript:alert(1)';
    const alt = length.alternatives?.[0];
    if (alt === undefined) throw new Error('fixture changed');
    alt.source.url = 'https://user:pw@evil.example/';
    mounted = mountCard({ entry });
    const hrefs = Array.from(mounted.card.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs).toHaveLength(2);
    expect(hrefs.every((h) => h?.startsWith('https://') === true && !h.includes('@'))).toBe(true);
    expect(mounted.card.innerHTML).not.toContain('href="http://');
    expect(mounted.card.innerHTML).not.toContain('href="javascript:');
    const capacityRow = factNamed(mounted, 'Capacity');
    expect(capacityRow.querySelector('a')).toBeNull();
    expect(text(capacityRow.querySelector('.gloss-card__source'))).toBe(
      'Source: RIA Novosti, 2 September 2025 (http://ria.ru/plain-http)',
    );
  });

  it('renders entry text as text, never as markup', () => {
    const entry = fixtureEntry();
    entry.title = '<img src=x onerror="alert(1)">Title';
    entry.summary = '<script>alert(1)</script><b>bold</b>';
    mounted = mountCard({ entry });
    expect(mounted.card.querySelector('img, script, b')).toBeNull();
    expect(text(mounted.card.querySelector('.gloss-card__title'))).toBe('<img src=x onerror="alert(1)">Title');
    expect(text(mounted.card.querySelector('.gloss-card__summary'))).toBe('<script>alert(1)</script><b>bold</b>');
  });

  it('shows the timeline, latest events first visible, the rest behind a toggle', async () => {
    mounted = mountCard();
    const card = mounted.card;
    const items = () =>
      Array.from(card.querySelectorAll('.gloss-card__timeline-item'), (li) => [
        text(li.querySelector('.gloss-card__timeline-date')),
        text(li.querySelector('.gloss-card__timeline-event')),
      ]);
    expect(items()).toHaveLength(4);
    expect(items()[0]).toEqual(['25 January 2021', 'The Soyuz Vostok company is set up in Mongolia to study the route.']);
    expect(items()[3]).toEqual(['7 September 2025', "Gazprom's chief says the project is effectively already being implemented."]);
    const toggle = buttonNamed(card, 'Show earlier events (1)');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(mounted.shadow.getElementById(toggle?.getAttribute('aria-controls') ?? '')?.tagName).toBe('OL');
    toggle?.click();
    await settle();
    expect(items()).toHaveLength(5);
    expect(items()[0]).toEqual(['December 2019', 'Gazprom and Mongolia sign a memorandum on the transit route.']);
    const fewer = buttonNamed(card, 'Show fewer events');
    expect(fewer?.getAttribute('aria-expanded')).toBe('true');
    fewer?.click();
    await settle();
    expect(items()).toHaveLength(4);
  });

  it('has no timeline section when the entry has none, and no toggle for a short one', () => {
    mounted = mountCard({ entry: fixtureEntry('gazprom') });
    expect(mounted.card.querySelector('.gloss-card__timeline')).toBeNull();
    const short = fixtureEntry();
    short.timeline = short.timeline?.slice(0, 4);
    const other = mountCard({ entry: short });
    try {
      expect(other.card.querySelectorAll('.gloss-card__timeline-item')).toHaveLength(4);
      expect(other.card.querySelector('.gloss-card__timeline-toggle')).toBeNull();
    } finally {
      other.unmount();
    }
  });

  it('shows related entries by title and opens one on click', () => {
    const opened: string[] = [];
    mounted = mountCard({ onOpenRelated: (id) => opened.push(id) });
    const chips = Array.from(mounted.card.querySelectorAll<HTMLButtonElement>('.gloss-card__chip-button'));
    expect(chips.map((c) => text(c))).toEqual(['Power of Siberia', 'Gazprom']);
    chips[1]?.click();
    expect(opened).toEqual(['gazprom']);
  });

  it('leaves out related ids it has no title for', () => {
    mounted = mountCard({ relatedTitles: { gazprom: 'Gazprom' } });
    expect(Array.from(mounted.card.querySelectorAll('.gloss-card__chip-button'), (c) => text(c))).toEqual(['Gazprom']);
    const none = mountCard({ relatedTitles: undefined });
    try {
      expect(none.card.querySelector('.gloss-card__related')).toBeNull();
    } finally {
      none.unmount();
    }
  });

  it('shows when the entry was last checked', () => {
    mounted = mountCard();
    expect(text(mounted.card.querySelector('.gloss-card__reviewed'))).toBe('Checked against sources on 15 October 2026');
  });

  it('applies a forced theme as a class, and none for auto', () => {
    mounted = mountCard({ theme: 'dark' });
    expect(mounted.card.classList.contains('gloss-card--dark')).toBe(true);
    mounted.handle.update({ ...baseline(), theme: 'light' });
    expect(mounted.card.classList.contains('gloss-card--light')).toBe(true);
    expect(mounted.card.classList.contains('gloss-card--dark')).toBe(false);
    mounted.handle.update(baseline());
    expect(mounted.card.className).toBe('gloss-card gloss-card--hover');
  });

  it('does not crash on a sparse entry', () => {
    const entry = fixtureEntry('gazprom');
    entry.facts = [];
    entry.related = [];
    entry.category = 'not-a-category' as typeof entry.category;
    mounted = mountCard({ entry });
    expect(text(mounted.card.querySelector('.gloss-card__chip'))).toBe('Other');
    expect(mounted.card.querySelector('.gloss-card__facts')).toBeNull();
  });
});

function baseline() {
  return {
    entry: fixtureEntry(),
    onOpenRelated: () => {},
    onClose: () => {},
    mode: 'hover' as const,
  };
}
