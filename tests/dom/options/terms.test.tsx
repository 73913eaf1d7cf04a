// What the options page reads from the background besides settings: the compiled terms the
// preview marks with (storage.local, rewritten on every glossary change) and entry titles.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entryJson, glossaryText } from '../../unit/background/glossary-files.ts';
import { useFakeTimers } from '../fake-time.ts';
import { settle } from '../popup/fake-extension.ts';
import { DE } from '../ui/support.tsx';
import { buildData, OptionsBackground } from './options-background.ts';
import { chooseFile, mountOptions, settleUntil, type MountedOptions } from './support.tsx';

let page: MountedOptions | undefined;
// Each test compiles the glossaries it changes (a second or so on a busy machine): 30 s is a bound, not a budget.
useFakeTimers();

// Validating and compiling the built-in glossary is the slow part: once, before the tests' clocks start.
beforeAll(async () => {
  await buildData();
}, 120_000);

afterEach(() => {
  page?.unmount();
  page = undefined;
});

const text = (el: Element): string => el.textContent.replace(/\s+/g, ' ').trim();
const fileOf = (name: string, body: string) => ({ name, size: new TextEncoder().encode(body).length, text: async () => body });

function row(id: string): HTMLElement {
  const found = page?.section('glossaries').querySelector<HTMLElement>(`[data-glossary-id="${id}"]`);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

describe('the options page and the terms', { timeout: 30_000 }, () => {
  it('marks the preview with an imported glossary\'s terms too, and with none when every glossary is off', async () => {
    page = await mountOptions();
    const preview = page.root.querySelector<HTMLElement>('.gloss-preview__text')!;
    const before = Number(preview.dataset['marks']);
    expect(before).toBeGreaterThan(0);
    const russianGas = glossaryText({ id: 'gas', name: 'Gas words' }, [entryJson('russian-gas', 'Russian gas', { category: 'energy' })]);
    await chooseFile(page.section('glossaries').querySelector<HTMLInputElement>('#gloss-glossary-file')!, fileOf('gas.json', russianGas));
    await settleUntil(() => Number(preview.dataset['marks']) === before + 1, 'the new mark');
    for (const id of ['builtin', 'gas']) {
      row(id).querySelector<HTMLButtonElement>('[role="switch"]')!.click();
      await settle();
    }
    await settleUntil(() => preview.dataset['marks'] === '0', 'an unmarked preview');
  });

  it('shows the preview unmarked, without failing, until the background has written the terms', async () => {
    const background = new OptionsBackground({}, { terms: 'missing' });
    page = await mountOptions(background);
    const preview = page.root.querySelector<HTMLElement>('.gloss-preview__text')!;
    expect(preview.dataset['marks']).toBe('0');
    background.writeTerms({ format: 'gloss-matcher', version: 1, buffer: 'not base64!' });
    await settle();
    expect(preview.dataset['marks']).toBe('0');
    background.writeTerms((await buildData()).dictionary);
    await settleUntil(() => Number(preview.dataset['marks']) >= 5, 'the marks');
  });

  it('names muted terms in the UI language, asking the background; ids it does not know show as they are', async () => {
    page = await mountOptions(new OptionsBackground({ muted: ['power-of-siberia-2', 'old/gone-entry'] }), DE);
    const muted = page.section('muted');
    expect(text(muted)).toContain('Kraft Sibiriens 2');
    expect(text(muted)).toContain('old/gone-entry');
    expect(page.background.of('getTitles')).toEqual([{ type: 'getTitles', ids: ['power-of-siberia-2', 'old/gone-entry'], languages: ['de'] }]);
  });

  it('speaks German in the glossary list', async () => {
    page = await mountOptions(new OptionsBackground(), DE);
    const builtin = row('builtin');
    expect(text(page.section('glossaries'))).toContain('Glossare');
    expect(text(builtin)).toContain('Sprachen: Englisch, Deutsch · Stand: 2. Dezember 2026');
    expect(text(builtin)).toContain('Eingebaut');
  });
});
