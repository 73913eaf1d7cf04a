// The popup asks the background for everything it shows of the glossaries: search hits (in the
// reader's languages), a result's entry, the titles of related entries.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/core/facts/types.ts';
import { realEntries } from '../../unit/search/support.ts';
import { DE } from '../ui/support.tsx';
import { FakeBackground, settle } from './fake-extension.ts';
import { mountPopup, type MountedPopup } from './support.tsx';
import { useFakeTimers } from '../fake-time.ts';

let entries: Entry[];
let popup: MountedPopup | undefined;
beforeAll(async () => {
  entries = await realEntries();
});
useFakeTimers();

afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

const ids = (p: MountedPopup) => p.options().map((o) => o.dataset['entryId']);
const card = (p: MountedPopup) => p.root.querySelector<HTMLElement>('.gloss-card');

describe('popup: search through the background', () => {
  it('sends each query with the UI language chain and shows the hits it answers', async () => {
    popup = await mountPopup({ entries });
    // Opening the popup has the worker build its index before the first keystroke.
    expect(popup.background.of('search')).toEqual([{ type: 'search', query: '', languages: ['en'], limit: 1 }]);
    await popup.type('gazprom');
    expect(popup.background.of('search').at(-1)).toEqual({ type: 'search', query: 'gazprom', languages: ['en'], limit: 20 });
    expect(ids(popup)[0]).toBe('gazprom');
    popup.unmount();
    popup = await mountPopup({ entries, i18n: DE });
    await popup.type('siberia');
    expect(popup.background.of('search').at(-1)?.languages).toEqual(['de', 'en']);
    const titles = popup.options().map((o) => o.querySelector('.gloss-result__title')?.textContent);
    expect(titles).toContain('Kraft Sibiriens 2');
  });

  it('shows the summary under a title that matched, fetched from the background', async () => {
    popup = await mountPopup({ entries });
    await popup.type('gazprom');
    await settle();
    const first = popup.options()[0];
    expect(first?.querySelector('.gloss-result__detail')?.textContent).toMatch(/^Russia's state-controlled gas giant/);
    expect(popup.background.of('getEntry').map((r) => r.id)).toContain('gazprom');
  });

  it('never shows the hits of an older query that answered last', async () => {
    popup = await mountPopup({ entries });
    popup.background.held.add('search');
    await popup.type('siberia');
    await popup.type('gazprom');
    expect(popup.background.heldCount).toBe(2);
    // While the answer is on its way there is no "Nothing matches", and the results area is busy.
    expect(popup.text()).not.toContain('Nothing in Gloss matches');
    const body = popup.root.querySelector('.gloss-body');
    expect(body?.getAttribute('aria-busy')).toBe('true');
    popup.background.release(1);
    await settle();
    expect(body?.getAttribute('aria-busy')).toBe('false');
    const gazprom = ids(popup);
    expect(gazprom[0]).toBe('gazprom');
    popup.background.release(0);
    await settle();
    expect(ids(popup)).toEqual(gazprom);
  });

  it('says so when the background cannot search', async () => {
    popup = await mountPopup({ entries });
    popup.background.failing.add('search');
    await popup.type('gazprom');
    expect(popup.options()).toHaveLength(0);
    expect(popup.text()).toContain('Gloss could not search just now.');
    expect(popup.text()).not.toContain('Nothing in Gloss matches');
  });
});

describe('popup: a result\'s card', () => {
  it('opens with the entry from getEntry and related titles from getTitles', async () => {
    popup = await mountPopup({ entries });
    await popup.type('power of siberia 2');
    await popup.key('Enter');
    expect(card(popup)?.dataset['entryId']).toBe('power-of-siberia-2');
    const titles = popup.background.of('getTitles').at(-1);
    expect(titles?.languages).toEqual(['en']);
    expect(titles?.ids).toContain('gazprom');
    const chips = Array.from(popup.root.querySelectorAll('.gloss-card__chip-button'), (b) => b.textContent);
    expect(chips).toContain('Gazprom');
  });

  it('shows the card in German in the German UI, with German related titles', async () => {
    popup = await mountPopup({ entries, i18n: DE });
    await popup.type('kraft sibiriens 2');
    await popup.key('Enter');
    expect(card(popup)?.querySelector('.gloss-card__title')?.textContent).toBe('Kraft Sibiriens 2');
    expect(popup.background.of('getTitles').at(-1)?.languages).toEqual(['de', 'en']);
    const chips = Array.from(popup.root.querySelectorAll('.gloss-card__chip-button'), (b) => b.textContent);
    expect(chips).toContain('Kraft Sibiriens');
  });

  it('names the glossary of an imported entry', async () => {
    const background = new FakeBackground();
    background.glossary = { id: 'arctic', name: 'Arctic shipping', builtin: false };
    popup = await mountPopup({ entries, background });
    await popup.type('gazprom');
    await popup.key('Enter');
    expect(card(popup)?.querySelector('.gloss-card__glossary')?.textContent).toBe('Glossary: Arctic shipping');
  });

  it('says so when the entry cannot be opened, and stays on the list', async () => {
    popup = await mountPopup({ entries });
    // The worker cannot answer (or the glossary was switched off since the search).
    popup.background.failing.add('getEntry');
    await popup.type('gazprom');
    await popup.key('Enter');
    expect(card(popup)).toBeNull();
    expect(popup.text()).toContain('Gloss could not open that entry.');
    expect(document.activeElement).toBe(popup.input());
  });
});
