import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { settle } from '../popup/fake-extension.ts';
import { buildData, OptionsBackground } from './options-background.ts';
import { DE } from '../ui/support.tsx';
import { entryJson, glossaryText } from '../../unit/background/glossary-files.ts';
import { chooseFile, mountOptions, settleUntil, type MountedOptions } from './support.tsx';
import { useFakeTimers, withRealTimers } from '../fake-time.ts';

let page: MountedOptions | undefined;
// Timers run on a fake clock: settle() lets 0 ms ones fire, tests advance it for the rest.
useFakeTimers();

// Validating and compiling the built-in glossary is the slow part: once, before the tests start.
beforeAll(async () => {
  await buildData();
}, 120_000);

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
    page = await mountOptions(new OptionsBackground({ sites: { 'stern.de': 'on', 'local files': 'off' }, muted: ['gazprom'] }));
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

  it('has no violations with glossaries listed, one yielding terms, a removal asked and a refused file shown', async () => {
    const background = new OptionsBackground();
    await background.seedGlossary('arctic.json', glossaryText({ id: 'arctic', name: 'Arctic shipping', homepage: 'https://example.org/' }, [entryJson('gas-giant', 'Gas giant', { aliases: ['Gazprom'] })]));
    page = await mountOptions(background);
    const section = page.section('glossaries');
    page.button('Remove…', section.querySelector('[data-glossary-id="arctic"]')!).click();
    const bad = Array.from({ length: 25 }, (_, i) => ({ ...entryJson(`e-${i}`, `Entry ${i}`), category: 'planet' }));
    const text = glossaryText({ id: 'bad' }, bad);
    await chooseFile(section.querySelector<HTMLInputElement>('#gloss-glossary-file')!, { name: 'bad.json', size: text.length, text: async () => text });
    await settleUntil(() => section.querySelector('.gloss-problems') !== null, 'the problems');
    expect(section.textContent).toContain('1 term also in');
    expect(section.textContent).toContain('and 5 more');
    expect(section.textContent).toContain('Remove “Arctic shipping”?');
    expect(await violations(page.root)).toEqual([]);
  });

  it('has no violations in German', async () => {
    page = await mountOptions(new OptionsBackground(), DE);
    expect(await violations(page.root)).toEqual([]);
  });
});
