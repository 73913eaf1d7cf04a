import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBackground, settle } from '../popup/fake-extension.ts';
import { DE } from '../ui/support.tsx';
import { mountOptions, type MountedOptions } from './support.tsx';
import { useFakeTimers, withRealTimers } from '../fake-time.ts';

let page: MountedOptions | undefined;
// Timers run on a fake clock: settle() lets 0 ms ones fire, tests advance it for the rest.
useFakeTimers();

afterEach(() => {
  page?.unmount();
  page = undefined;
});

// happy-dom has no layout: contrast and target size are checked by axe in the e2e tests.
const OFF = ['color-contrast', 'target-size', 'region', 'page-has-heading-one', 'landmark-one-main'];

async function violations(root: Element): Promise<string[]> {
  // axe-core schedules its own steps with setTimeout: it runs on the real clock.
  const result = await withRealTimers(() => axe.run(root, { rules: Object.fromEntries(OFF.map((id) => [id, { enabled: false }])) }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('options page accessibility (axe-core, names and roles)', { timeout: 60_000 }, () => {
  it('has no violations with sites, muted terms, an error and the reset question shown', async () => {
    page = await mountOptions(new FakeBackground({ sites: { 'stern.de': 'on', 'local files': 'off' }, muted: ['gazprom'] }));
    const input = page.root.querySelector<HTMLInputElement>('#gloss-new-site')!;
    input.value = 'not a site';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    page.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    page.button('Reset to defaults…').click();
    await settle();
    expect(page.text()).toContain('is not a site');
    expect(await violations(page.root)).toEqual([]);
  });

  it('has no violations in German', async () => {
    page = await mountOptions(new FakeBackground(), DE);
    expect(await violations(page.root)).toEqual([]);
  });
});
