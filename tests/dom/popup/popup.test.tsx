import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/core/facts/types.ts';
import { realEntries } from '../../unit/search/support.ts';
import { DE } from '../ui/support.tsx';
import { FakeBackground, FakeTabs, settle } from './fake-extension.ts';
import { TAB, mountPopup, pageAnswer, type MountedPopup } from './support.tsx';
import { advance, useFakeTimers } from '../fake-time.ts';

let entries: Entry[];
let popup: MountedPopup | undefined;
beforeAll(async () => {
  entries = await realEntries();
});
// Timers run on a fake clock: settle() lets 0 ms ones fire, tests advance it for the rest.
useFakeTimers();

afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

const activeId = (p: MountedPopup) => p.input().getAttribute('aria-activedescendant');
const selected = (p: MountedPopup) => p.options().find((o) => o.getAttribute('aria-selected') === 'true')?.dataset['entryId'];

describe('popup search', () => {
  it('focuses the search box on open', async () => {
    popup = await mountPopup({ entries });
    expect(document.activeElement).toBe(popup.input());
    expect(popup.input().getAttribute('role')).toBe('combobox');
  });

  it('finds Power of Siberia 2 in Cyrillic and shows the alias that matched', async () => {
    popup = await mountPopup({ entries });
    await popup.type('сила');
    const ids = popup.options().map((o) => o.dataset['entryId']);
    expect(ids).toContain('power-of-siberia-2');
    const option = popup.options().find((o) => o.dataset['entryId'] === 'power-of-siberia-2');
    expect(option?.textContent).toContain('Сила Сибири 2');
    expect(option?.querySelector('[lang="ru"]')).not.toBeNull();
    expect(popup.input().getAttribute('aria-expanded')).toBe('true');
    expect(popup.input().getAttribute('aria-controls')).toBe('gloss-results');
  });

  it('moves through results with the arrow keys, wrapping, and keeps focus in the box', async () => {
    popup = await mountPopup({ entries });
    await popup.type('siberia');
    const n = popup.options().length;
    expect(n).toBeGreaterThan(2);
    expect(activeId(popup)).toBe('gloss-result-0');
    await popup.key('ArrowDown');
    expect(activeId(popup)).toBe('gloss-result-1');
    expect(selected(popup)).toBe(popup.options()[1]?.dataset['entryId']);
    await popup.key('ArrowUp');
    await popup.key('ArrowUp');
    expect(activeId(popup)).toBe(`gloss-result-${n - 1}`);
    expect(document.activeElement).toBe(popup.input());
  });

  it('opens the card with Enter and goes back to the same result with Esc', async () => {
    popup = await mountPopup({ entries });
    await popup.type('kraft siberia 2');
    await popup.key('ArrowDown');
    await popup.key('ArrowUp');
    const id = selected(popup);
    expect(id).toBe('power-of-siberia-2');
    await popup.key('Enter');
    const card = popup.root.querySelector<HTMLElement>('.gloss-card');
    expect(card?.dataset['entryId']).toBe('power-of-siberia-2');
    expect(card?.getAttribute('aria-modal')).toBe('true');
    expect(card?.contains(document.activeElement)).toBe(true);
    expect(popup.root.querySelector('.gloss-popup__main')?.hasAttribute('inert')).toBe(true);
    await popup.key('Escape', card);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await settle();
    expect(popup.root.querySelector('.gloss-card')).toBeNull();
    expect(document.activeElement).toBe(popup.input());
    expect(selected(popup)).toBe('power-of-siberia-2');
    expect(popup.input().value).toBe('kraft siberia 2');
    expect(popup.closes).toBe(0);
  });

  it('opens a result on click, and a related entry inside the card', async () => {
    popup = await mountPopup({ entries });
    await popup.type('gazprom');
    popup.options()[0]?.click();
    await settle();
    const related = Array.from(popup.root.querySelectorAll<HTMLButtonElement>('.gloss-card__chip-button'));
    expect(related.length).toBeGreaterThan(0);
    const first = related[0];
    first?.click();
    await settle();
    expect(popup.root.querySelector<HTMLElement>('.gloss-card')?.dataset['entryId']).not.toBe('gazprom');
  });

  it('says when nothing matches, and announces the count', async () => {
    popup = await mountPopup({ entries });
    await popup.type('xyzzyqq');
    expect(popup.options()).toHaveLength(0);
    expect(popup.text()).toContain('Nothing in Gloss matches “xyzzyqq”.');
    expect(popup.input().getAttribute('aria-expanded')).toBe('false');
    expect(popup.input().hasAttribute('aria-controls')).toBe(false);
    await popup.type('gazprom');
    expect(popup.root.querySelector('[role="status"].gloss-sr-only')?.textContent).toMatch(/^Results: \d+$/);
  });

  it('clears the box with Esc, then closes the popup with Esc', async () => {
    popup = await mountPopup({ entries });
    await popup.type('gaz');
    await popup.key('Escape');
    expect(popup.input().value).toBe('');
    expect(popup.closes).toBe(0);
    await popup.key('Escape');
    expect(popup.closes).toBe(1);
  });

  it('starts with the query from the URL, then the one the context menu left', async () => {
    popup = await mountPopup({ entries, initialQuery: 'instc' });
    expect(popup.input().value).toBe('instc');
    expect(popup.options()[0]?.dataset['entryId']).toBe('instc');
    popup.unmount();
    const background = new FakeBackground();
    background.pendingSearch = 'Nord-Süd';
    popup = await mountPopup({ entries, background });
    expect(popup.input().value).toBe('Nord-Süd');
    expect(popup.options()[0]?.dataset['entryId']).toBe('instc');
    expect(background.of('takePendingSearch')).toHaveLength(1);
  });

  it('mutes a term from the card and says so', async () => {
    popup = await mountPopup({ entries });
    await popup.type('gazprom');
    await popup.key('Enter');
    const mute = Array.from(popup.root.querySelectorAll('button')).find((b) => b.textContent === 'Mute this term');
    mute?.click();
    await settle();
    expect(popup.background.settings.muted).toEqual(['gazprom']);
    expect(popup.text()).toContain('“Gazprom” is no longer marked');
  });
});

describe('popup: the open tab', () => {
  it('lists the terms on the page with their counts and jumps to one', async () => {
    popup = await mountPopup({ entries });
    const buttons = Array.from(popup.root.querySelectorAll<HTMLButtonElement>('.gloss-term'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Power of Siberia 23Mentions: 3', 'Gazprom1Mentions: 1']);
    buttons[0]?.click();
    await settle();
    expect(popup.tabs.requests.at(-1)).toEqual({ tabId: TAB, request: { type: 'revealTerm', id: 'power-of-siberia-2' } });
    expect(popup.closes).toBe(1);
  });

  it('stays open after a jump when it is a tab, and says when a term is gone', async () => {
    popup = await mountPopup({ entries, isTab: true });
    const buttons = Array.from(popup.root.querySelectorAll<HTMLButtonElement>('.gloss-term'));
    buttons[0]?.click();
    await settle();
    expect(popup.closes).toBe(0);
    buttons[1]?.click();
    await settle();
    expect(popup.text()).toContain('That term is no longer on the page.');
  });

  it('reaches the terms from the search box with ArrowDown and goes back with ArrowUp', async () => {
    popup = await mountPopup({ entries });
    await popup.key('ArrowDown');
    const [first, second] = Array.from(popup.root.querySelectorAll<HTMLButtonElement>('.gloss-term'));
    expect(document.activeElement).toBe(first);
    await popup.key('ArrowDown');
    expect(document.activeElement).toBe(second);
    await popup.key('ArrowUp');
    await popup.key('ArrowUp');
    expect(document.activeElement).toBe(popup.input());
  });

  it('shows a real switch with the site, the state and the mode, and switches the site off and on', async () => {
    popup = await mountPopup({ entries });
    const toggle = () => popup!.root.querySelector<HTMLButtonElement>('[role="switch"]');
    expect(toggle()?.textContent).toContain('Gloss on news.example');
    expect(toggle()?.getAttribute('aria-checked')).toBe('true');
    const detail = document.getElementById(toggle()?.getAttribute('aria-describedby') ?? '');
    expect(detail?.textContent).toBe('Runs on news articles and on sites you switch on');
    toggle()?.click();
    await settle();
    expect(popup.background.settings.sites).toEqual({ 'news.example': 'off' });
    expect(toggle()?.getAttribute('aria-checked')).toBe('false');
    expect(popup.root.querySelector('.gloss-on-page')).toBeNull();
    toggle()?.click();
    await settle();
    expect(popup.background.settings.sites).toEqual({});
    expect(toggle()?.getAttribute('aria-checked')).toBe('true');
  });

  it('asks the page again after a change until it has caught up', async () => {
    popup = await mountPopup({ entries });
    const before = popup.tabs.requests.filter((r) => r.request.type === 'listTerms').length;
    popup.root.querySelector<HTMLButtonElement>('[role="switch"]')?.click();
    await settle();
    const afterClick = popup.tabs.requests.filter((r) => r.request.type === 'listTerms').length;
    // The fake page never catches up, so the popup asks again, every so often.
    await advance(700);
    expect(popup.tabs.requests.filter((r) => r.request.type === 'listTerms').length).toBeGreaterThan(Math.max(before, afterClick) + 1);
  });

  it('names a parent domain the rule comes from', async () => {
    const background = new FakeBackground({ sites: { 'example.com': 'off' } });
    const tabs = new FakeTabs();
    tabs.pages.set(TAB, { terms: pageAnswer({ site: 'blog.example.com', on: false, reason: 'site-off', terms: [] }), revealable: new Set() });
    popup = await mountPopup({ entries, background, tabs, target: { kind: 'tab', tabId: TAB, url: 'https://blog.example.com/x' } });
    expect(popup.text()).toContain('Gloss on blog.example.com');
    expect(popup.text()).toContain('set for example.com');
  });

  it('offers "Turn Gloss on for <site>" on a page that is not an article', async () => {
    const tabs = new FakeTabs();
    tabs.pages.set(TAB, { terms: pageAnswer({ site: 'shop.example', isArticle: false, on: false, reason: 'not-article', terms: [] }), revealable: new Set() });
    popup = await mountPopup({ entries, tabs, target: { kind: 'tab', tabId: TAB, url: 'https://shop.example/' } });
    expect(popup.text()).toContain('This page does not look like a news article');
    const button = Array.from(popup.root.querySelectorAll('button')).find((b) => b.textContent === 'Turn Gloss on for shop.example');
    button?.click();
    await settle();
    expect(popup.background.settings.sites).toEqual({ 'shop.example': 'on' });
  });

  it('says when the publisher opted out, and the reader can still turn Gloss on for the site', async () => {
    const tabs = new FakeTabs();
    tabs.pages.set(TAB, { terms: pageAnswer({ site: 'paper.example', isArticle: true, on: false, reason: 'publisher-off', terms: [] }), revealable: new Set() });
    popup = await mountPopup({ entries, tabs, target: { kind: 'tab', tabId: TAB, url: 'https://paper.example/story' } });
    expect(popup.text()).toContain('This site asks extensions like Gloss to leave its pages alone');
    expect(popup.root.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('false');
    const button = Array.from(popup.root.querySelectorAll('button')).find((b) => b.textContent === 'Turn Gloss on for paper.example');
    expect(button).toBeDefined();
    button?.click();
    await settle();
    expect(popup.background.settings.sites).toEqual({ 'paper.example': 'on' });
  });

  it('says Gloss is off everywhere, with a way to turn it on, and a disabled switch', async () => {
    const background = new FakeBackground({ enabled: false });
    popup = await mountPopup({ entries, background });
    expect(popup.root.querySelector<HTMLButtonElement>('[role="switch"]')?.disabled).toBe(true);
    expect(popup.text()).toContain('Gloss is turned off everywhere.');
    Array.from(popup.root.querySelectorAll('button')).find((b) => b.textContent === 'Turn Gloss on')?.click();
    await settle();
    expect(background.settings.enabled).toBe(true);
  });

  it('shows a sentence instead of a switch on a browser page', async () => {
    popup = await mountPopup({ entries, target: { kind: 'tab', tabId: TAB, url: 'chrome://settings/' } });
    expect(popup.root.querySelector('[role="switch"]')).toBeNull();
    expect(popup.text()).toContain('Gloss cannot run on this page.');
    expect(popup.tabs.requests).toHaveLength(0);
  });

  it('says when the page has no terms, and when it has not been read', async () => {
    const tabs = new FakeTabs();
    tabs.pages.set(TAB, { terms: pageAnswer({ terms: [] }), revealable: new Set() });
    popup = await mountPopup({ entries, tabs });
    expect(popup.text()).toContain('No terms Gloss knows on this page.');
    popup.unmount();
    popup = await mountPopup({ entries, tabs: new FakeTabs() });
    expect(popup.text()).toContain('Gloss has not read this page yet.');
    expect(popup.root.querySelector('[role="switch"]')).not.toBeNull();
  });

  it('follows a change made in another window', async () => {
    popup = await mountPopup({ entries });
    popup.background.changeElsewhere({ ...popup.background.settings, siteMode: 'only-listed' });
    await settle();
    expect(popup.text()).toContain('Runs only on sites you switch on');
    expect(popup.root.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('false');
  });

  it('shows an error when a change cannot be saved', async () => {
    popup = await mountPopup({ entries });
    popup.background.failing.add('setSiteRule');
    popup.root.querySelector<HTMLButtonElement>('[role="switch"]')?.click();
    await settle();
    expect(popup.text()).toContain('Gloss could not save that change.');
    expect(popup.root.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('true');
  });

  it('speaks German', async () => {
    popup = await mountPopup({ entries, i18n: DE });
    expect(popup.text()).toContain('Gloss auf news.example');
    expect(popup.text()).toContain('Auf dieser Seite');
    expect(popup.input().placeholder).toBe('Begriff nachschlagen, in jeder Sprache …');
  });
});
