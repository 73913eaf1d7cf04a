import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName, buttonNamed, fixtureEntry, mountCard, settle, text, TODAY } from './support.tsx';
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

/** A fact's list item by its label as shown (English by default). */
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
    expect(text(mounted.card.querySelector('.gloss-card__summary'))).toBe(fixtureEntry().summary.en);
    expect(mounted.card.querySelector('.gloss-card__title')?.getAttribute('lang')).toBe('en');
    expect(mounted.card.querySelector('.gloss-card__summary')?.getAttribute('lang')).toBe('en');
    const company = mountCard({ entry: fixtureEntry('gazprom') });
    try {
      expect(text(company.card.querySelector('.gloss-card__chip'))).toBe('Company');
    } finally {
      company.unmount();
    }
  });

  it('shows each fact with its value, unit and formatted "as of" date', () => {
    mounted = mountCard();
    const capacity = factNamed(mounted, 'Planned capacity');
    expect(text(capacity.querySelector('.gloss-card__value-row'))).toBe('50 bcm a year as of 2 September 2025');
    expect(capacity.querySelector('.gloss-card__value')?.textContent).toBe('50');
    expect(capacity.querySelector('.gloss-card__as-of time')?.getAttribute('datetime')).toBe('2025-09-02');
    const length = factNamed(mounted, 'Planned length (whole route)');
    expect(text(length.querySelector('.gloss-card__as-of'))).toBe('as of September 2025');
    const price = factNamed(mounted, 'Price, financing and start date');
    expect(text(price.querySelector('.gloss-card__value-row'))).toBe('Not agreed as of 7 October 2025');
    expect(price.querySelector('.gloss-card__value')?.getAttribute('lang')).toBe('en');
    const signed = factNamed(mounted, 'Memorandum on construction signed');
    expect(text(signed.querySelector('.gloss-card__value'))).toBe('2 September 2025');
    expect(signed.querySelector('.gloss-card__value time')?.getAttribute('datetime')).toBe('2025-09-02');
    // A plain string is the same in every language: shown as written, with no language of its own.
    const firstGas = factNamed(mounted, 'Expected first gas');
    expect(text(firstGas.querySelector('.gloss-card__value'))).toBe('2031');
    expect(firstGas.querySelector('.gloss-card__value')?.hasAttribute('lang')).toBe(false);
    expect(factItems(mounted)).toHaveLength(5);
  });

  it('shows both values of a disputed figure, each with its own source, and the hint', () => {
    mounted = mountCard();
    const length = factNamed(mounted, 'Planned length (whole route)');
    expect(text(length.querySelector('.gloss-card__disputed'))).toBe('Sources disagree');
    const columns = Array.from(length.querySelectorAll('.gloss-card__alt'));
    expect(columns).toHaveLength(2);
    expect(text(columns[0]?.querySelector('.gloss-card__value-line'))).toBe('about 6,700 km');
    expect(text(columns[0]?.querySelector('.gloss-card__source'))).toContain('News.ru, 2 September 2025');
    expect(text(columns[1]?.querySelector('.gloss-card__value-line'))).toBe('3,550 km');
    expect(text(columns[1]?.querySelector('.gloss-card__source'))).toContain('Polon.pl (citing the Financial Times), January 2024');
    expect(text(columns[1]?.querySelector('.gloss-card__note'))).toBe(
      'Financial Times figure (Jan 2024) quoted by polon.pl, including about 950 km in Mongolia.',
    );
    // An undisputed fact carries no hint.
    expect(factNamed(mounted, 'Planned capacity').querySelector('.gloss-card__disputed')).toBeNull();
  });

  it('shows a fact note visibly', () => {
    mounted = mountCard();
    const note = factNamed(mounted, 'Price, financing and start date').querySelector('.gloss-card__note');
    expect(text(note)).toBe(
      'Reuters, citing industry sources. Energy minister Tsivilev said the financing scheme would be set in 2026 (TASS, 4 Sep 2025).',
    );
    expect(note?.hasAttribute('hidden')).toBe(false);
    expect(note?.getAttribute('lang')).toBe('en');
  });

  it('links every source over https in a new tab without opener or referrer', () => {
    mounted = mountCard();
    const links = Array.from(mounted.card.querySelectorAll('a'));
    // 5 facts + 1 alternative.
    expect(links).toHaveLength(6);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    const first = links[0];
    expect(first?.getAttribute('href')).toBe('https://tass.ru/ekonomika/24930321');
    expect(first?.getAttribute('title')).toBe('Проект позволит поставлять из России в Монголию 50 млрд кубометров газа ежегодно');
    expect(text(first)).toBe('TASS, 2 September 2025 (opens in a new tab)');
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
    expect(hrefs).toHaveLength(3);
    expect(hrefs.every((h) => h?.startsWith('https://') === true && !h.includes('@'))).toBe(true);
    expect(mounted.card.innerHTML).not.toContain('href="http://');
    expect(mounted.card.innerHTML).not.toContain('href="javascript:');
    const capacityRow = factNamed(mounted, 'Planned capacity');
    expect(capacityRow.querySelector('a')).toBeNull();
    expect(text(capacityRow.querySelector('.gloss-card__source'))).toBe('Source: TASS, 2 September 2025 (http://ria.ru/plain-http)');
  });

  it('renders entry text as text, never as markup', () => {
    const entry = fixtureEntry();
    entry.title = { en: '<img src=x onerror="alert(1)">Title', de: 'x' };
    entry.summary = { en: '<script>alert(1)</script><b>bold</b>', de: 'x' };
    entry.facts[2]!.value = { en: '<i>not agreed</i>', de: 'x' };
    mounted = mountCard({ entry });
    expect(mounted.card.querySelector('img, script, b, i')).toBeNull();
    expect(mounted.card.textContent).toContain('<i>not agreed</i>');
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
    expect(items()[0]).toEqual(['January 2022', 'Feasibility-study protocol for the Mongolian section signed']);
    expect(items()[3]).toEqual(['25 December 2025', 'Miller says Gazprom will build it ahead of schedule; no construction start announced']);
    const toggle = buttonNamed(card, 'Show earlier events (1)');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(mounted.shadow.getElementById(toggle?.getAttribute('aria-controls') ?? '')?.tagName).toBe('OL');
    toggle?.click();
    await settle();
    expect(items()).toHaveLength(5);
    expect(items()[0]).toEqual(['January 2021', 'Soyuz Vostok pipeline company set up in Mongolia for the feasibility study']);
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

  it('names the glossary an entry comes from, unless it is the built-in one', () => {
    mounted = mountCard({ glossary: { id: 'arctic', name: 'Arctic shipping', builtin: false } });
    expect(text(mounted.card.querySelector('.gloss-card__glossary'))).toBe('Glossary: Arctic shipping');
    mounted.handle.update({ ...baseline(), glossary: { id: 'builtin', name: 'Russia, Iran and energy', builtin: true } });
    expect(mounted.card.querySelector('.gloss-card__glossary')).toBeNull();
    expect(mounted.card.textContent).not.toContain('Russia, Iran and energy');
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
    today: TODAY,
  };
}
