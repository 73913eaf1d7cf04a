import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/core/facts/types.ts';
import { realEntries } from '../../unit/search/support.ts';
import { FakeTabs } from './fake-extension.ts';
import { TAB, mountPopup, pageAnswer, type MountedPopup } from './support.tsx';
import { useFakeTimers, withRealTimers } from '../fake-time.ts';

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

// happy-dom has no layout: contrast and target size are checked by axe in the e2e tests.
const OFF = ['color-contrast', 'target-size', 'region', 'page-has-heading-one', 'landmark-one-main'];

async function violations(root: Element): Promise<string[]> {
  // axe-core schedules its own steps with setTimeout: it runs on the real clock.
  const result = await withRealTimers(() => axe.run(root, { rules: Object.fromEntries(OFF.map((id) => [id, { enabled: false }])) }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('popup accessibility (axe-core, names and roles)', { timeout: 60_000 }, () => {
  it('has no violations with the site switch and the terms on the page', async () => {
    popup = await mountPopup({ entries });
    expect(await violations(popup.root)).toEqual([]);
  });

  it('has no violations with results shown, and with none', async () => {
    popup = await mountPopup({ entries });
    await popup.type('сила');
    expect(popup.options().length).toBeGreaterThan(0);
    expect(await violations(popup.root)).toEqual([]);
    await popup.type('xyzzyqq');
    expect(await violations(popup.root)).toEqual([]);
  });

  it('has no violations with the card open over the list', async () => {
    popup = await mountPopup({ entries });
    await popup.type('gazprom');
    await popup.key('Enter');
    expect(popup.root.querySelector('.gloss-card')).not.toBeNull();
    expect(await violations(popup.root)).toEqual([]);
  });

  it('has no violations on a page that is not an article', async () => {
    const tabs = new FakeTabs();
    tabs.pages.set(TAB, { terms: pageAnswer({ isArticle: false, on: false, reason: 'not-article', terms: [] }), revealable: new Set() });
    popup = await mountPopup({ entries, tabs });
    expect(await violations(popup.root)).toEqual([]);
  });
});
