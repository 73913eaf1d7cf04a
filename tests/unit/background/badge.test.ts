import { describe, expect, it } from 'vitest';
import { BADGE_OFF_COLOR, BADGE_ON_COLOR, badgeFor, showBadge } from '../../../src/background/badge.ts';
import { createPageReporter } from '../../../src/background/page-reports.ts';
import { createTabStates } from '../../../src/background/tab-state.ts';
import { FakeAction, FakeStorageArea, fakeTranslate } from './fakes.ts';

describe('badgeFor', () => {
  it.each([
    [1, 'on', '1', BADGE_ON_COLOR],
    [12, 'on', '12', BADGE_ON_COLOR],
    [99, 'on', '99', BADGE_ON_COLOR],
    [100, 'on', '99+', BADGE_ON_COLOR],
    [0, 'on', '', BADGE_ON_COLOR],
    [0, 'off', 'off', BADGE_OFF_COLOR],
    [7, 'off', 'off', BADGE_OFF_COLOR],
    [0, 'not-article', '', BADGE_OFF_COLOR],
    [4, 'not-article', '', BADGE_OFF_COLOR],
  ] as const)('%i terms, %s → %o', (distinct, state, text, color) => {
    const view = badgeFor(distinct, state);
    expect(view.text).toBe(text);
    expect(view.color).toBe(color);
  });

  it('always says the state in the tooltip', () => {
    expect(badgeFor(3, 'on').title).toEqual({ key: 'badge_titleTerms', substitutions: ['3'] });
    expect(badgeFor(0, 'on').title.key).toBe('badge_titleNoTerms');
    expect(badgeFor(0, 'off').title.key).toBe('badge_titleOff');
    expect(badgeFor(0, 'not-article').title.key).toBe('badge_titleNotArticle');
  });
});

describe('showBadge', () => {
  it('sets text, colour and tooltip of one tab, translating "off"', async () => {
    const action = new FakeAction();
    expect(await showBadge(action, fakeTranslate, 3, badgeFor(0, 'off'))).toBe('aus');
    expect(await showBadge(action, fakeTranslate, 4, badgeFor(5, 'on'))).toBe('5');
    expect(action.badges.get(3)).toEqual({ text: 'aus', color: BADGE_OFF_COLOR, title: 'Gloss is off on this page' });
    expect(action.badges.get(4)).toEqual({ text: '5', color: BADGE_ON_COLOR, title: 'Gloss: terms explained on this page: 5' });
  });

  it('falls back to English text where a translation is missing', async () => {
    const action = new FakeAction();
    await showBadge(action, () => '', 1, badgeFor(0, 'off'));
    expect(action.badges.get(1)).toMatchObject({ text: 'off', title: 'Gloss' });
  });
});

describe('createPageReporter', () => {
  it('records the tab, shows the badge and refreshes the menu of the active tab only', async () => {
    const action = new FakeAction();
    const tabStates = createTabStates(new FakeStorageArea());
    const refreshed: number[] = [];
    const report = createPageReporter({ action, t: fakeTranslate, tabStates, refreshMenu: async (id) => void refreshed.push(id) });
    expect(await report({ tabId: 2, url: 'https://www.example.com/a', active: true, distinct: 4, state: 'on' })).toEqual({ badge: '4' });
    await report({ tabId: 3, url: 'https://other.example/', active: false, distinct: 0, state: 'not-article' });
    expect(await tabStates.get(2)).toEqual({ site: 'example.com', state: 'on', distinct: 4 });
    expect(await tabStates.get(3)).toEqual({ site: 'other.example', state: 'not-article', distinct: 0 });
    expect(refreshed).toEqual([2]);
    expect(action.badges.get(2)?.text).toBe('4');
  });
});
