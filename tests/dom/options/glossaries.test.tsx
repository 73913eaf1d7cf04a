// The options page's Glossaries section against a fake background that answers as src/background
// does (the real glossary store and handlers over an in-memory database).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_GLOSSARY_BYTES } from '../../../src/core/facts/glossary.ts';
import { entryJson, glossaryText } from '../../unit/background/glossary-files.ts';
import { useFakeTimers } from '../fake-time.ts';
import { settle } from '../popup/fake-extension.ts';
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

const ARCTIC = glossaryText({ id: 'arctic', name: 'Arctic shipping', homepage: 'https://example.org/arctic' }, [
  entryJson('northern-sea-route', 'Northern Sea Route', { category: 'corridor' }),
  entryJson('rosatomflot', 'Rosatomflot', { category: 'company' }),
]);
/** Three names the built-in glossary has too, and one of its own. */
const OVERLAP = glossaryText({ id: 'overlap', name: 'Overlap' }, [
  entryJson('gas-giant', 'Gas giant', { aliases: ['Gazprom'] }),
  entryJson('pipeline-east', 'Power of Siberia'),
  entryJson('own-thing', 'Something else'),
]);
const ONE_OVERLAP = glossaryText({ id: 'one-overlap', name: 'One overlap' }, [entryJson('gas-giant', 'Gazprom')]);

type FakeFile = { name: string; size: number; text(): Promise<string> };
const fileOf = (name: string, text: string): FakeFile => ({ name, size: new TextEncoder().encode(text).length, text: async () => text });

async function mountWith(...files: Array<[string, string]>): Promise<MountedOptions> {
  const background = new OptionsBackground();
  for (const [name, text] of files) await background.seedGlossary(name, text);
  return mountOptions(background);
}

function section(): HTMLElement {
  if (!page) throw new Error('no page');
  return page.section('glossaries');
}

function row(id: string): HTMLElement {
  const found = section().querySelector<HTMLElement>(`[data-glossary-id="${id}"]`);
  if (found === null) throw new Error(`no row for ${id}`);
  return found;
}

const rowIds = (): string[] => Array.from(section().querySelectorAll<HTMLElement>('[data-glossary-id]')).map((r) => r.dataset['glossaryId'] ?? '');
const statusText = (): string => section().querySelector('#gloss-glossaries-status')?.textContent ?? '';
const text = (el: Element): string => el.textContent.replace(/\s+/g, ' ').trim();

/** A drag or drop event carrying `files`, as the browser sends one (happy-dom has no DataTransfer to give it). */
function dragEvent(type: string, files: FakeFile[], types = files.length > 0 ? ['Files'] : ['text/plain']): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files, types, dropEffect: 'none' } });
  return event;
}

describe('the glossaries section', { timeout: 30_000 }, () => {
  it('lists each glossary with what it is, where it comes from and its switch, in priority order', async () => {
    page = await mountWith(['arctic.json', ARCTIC]);
    const { glossary } = await buildData();
    expect(rowIds()).toEqual(['builtin', 'arctic']);
    const builtin = row('builtin');
    expect(builtin.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('true');
    expect(text(builtin.querySelector('[role="switch"]')!)).toBe('Russia, Iran and energy Built in');
    expect(text(builtin)).toContain(`By Gloss · ${glossary.entries.length} terms · Languages: English, German · Updated 2 December 2026`);
    expect(text(builtin)).toContain('Licence: MIT');
    // The built-in glossary can be switched off, not removed or exported.
    expect(() => page!.button('Remove…', builtin)).toThrow();
    expect(() => page!.button('Export', builtin)).toThrow();

    const arctic = row('arctic');
    expect(text(arctic)).toContain('By Test Desk · 2 terms · Languages: English · Updated 30 November 2026');
    expect(text(arctic)).toContain('Licence: CC BY 4.0 · Website: example.org');
    const link = arctic.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/arctic');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    // The switch is named by the glossary and described by what it is.
    const meta = document.getElementById(arctic.querySelector('[role="switch"]')!.getAttribute('aria-describedby') ?? '');
    expect(meta?.textContent).toContain('2 terms');
    expect(text(section())).toContain('The order is the priority');
  });

  it('switches a glossary off and on', async () => {
    page = await mountWith(['arctic.json', ARCTIC]);
    const toggle = () => row('builtin').querySelector<HTMLButtonElement>('[role="switch"]')!;
    toggle().click();
    await settle();
    expect(page.background.of('setGlossaryEnabled')).toEqual([{ type: 'setGlossaryEnabled', id: 'builtin', enabled: false }]);
    expect(toggle().getAttribute('aria-checked')).toBe('false');
    expect((await page.background.list()).find((g) => g.id === 'builtin')?.enabled).toBe(false);
    expect(statusText()).toBe('“Russia, Iran and energy” is off: its terms are no longer marked.');
    toggle().click();
    await settle();
    expect(toggle().getAttribute('aria-checked')).toBe('true');
  });

  it('moves a glossary up and down, keeping the focus in its row', async () => {
    page = await mountWith(['arctic.json', ARCTIC]);
    expect(page.button('Move up', row('builtin')).disabled).toBe(true);
    expect(page.button('Move down', row('arctic')).disabled).toBe(true);
    page.button('Move up', row('arctic')).click();
    await settle();
    expect(rowIds()).toEqual(['arctic', 'builtin']);
    expect((await page.background.list()).map((g) => g.id)).toEqual(['arctic', 'builtin']);
    expect(statusText()).toBe('“Arctic shipping” is now number 1 of 2.');
    // Its "Move up" is disabled at the top, so the focus stays on its other button.
    expect(document.activeElement).toBe(page.button('Move down', row('arctic')));
    page.button('Move down', row('arctic')).click();
    await settle();
    expect(rowIds()).toEqual(['builtin', 'arctic']);
    expect(document.activeElement).toBe(page.button('Move up', row('arctic')));
  });

  it('says which terms a lower glossary shares with a higher one', async () => {
    page = await mountWith(['overlap.json', OVERLAP], ['one.json', ONE_OVERLAP]);
    expect(text(row('overlap'))).toContain('2 terms also in “Russia, Iran and energy”, which is higher and wins them.');
    expect(text(row('one-overlap'))).toContain('1 term also in “Russia, Iran and energy”, which is higher and wins it.');
    expect(text(row('builtin'))).not.toContain('also in');
    page.button('Move up', row('overlap')).click();
    await settle();
    expect(text(row('builtin'))).toContain('2 terms also in “Overlap”');
    expect(text(row('overlap'))).not.toContain('also in');
  });

  it('removes a glossary only after the inline confirmation; "Keep it" and Esc keep it', async () => {
    page = await mountWith(['arctic.json', ARCTIC]);
    page.button('Remove…', row('arctic')).click();
    await settle();
    expect(text(row('arctic'))).toContain('Remove “Arctic shipping”? Its terms will no longer be marked.');
    expect(document.activeElement).toBe(page.button('Keep it', row('arctic')));
    page.button('Keep it', row('arctic')).click();
    await settle();
    expect(document.activeElement).toBe(page.button('Remove…', row('arctic')));
    page.button('Remove…', row('arctic')).click();
    await settle();
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await settle();
    expect(text(row('arctic'))).not.toContain('Remove “Arctic shipping”?');
    expect(page.background.of('removeGlossary')).toHaveLength(0);

    page.button('Remove…', row('arctic')).click();
    await settle();
    page.button('Remove', row('arctic')).click();
    await settle();
    expect(page.background.of('removeGlossary')).toEqual([{ type: 'removeGlossary', id: 'arctic' }]);
    expect(rowIds()).toEqual(['builtin']);
    expect(page.background.db.records.has('arctic')).toBe(false);
    expect(statusText()).toBe('Removed “Arctic shipping”.');
    expect(document.activeElement).toBe(row('builtin').querySelector('[role="switch"]'));
  });

  it('exports the file exactly as it was imported', async () => {
    const original = ARCTIC.replace(/\n/g, '\r\n');
    page = await mountWith(['My Arctic.json', original]);
    page.button('Export', row('arctic')).click();
    await settle();
    expect(page.downloads).toEqual([{ filename: 'My Arctic.json', text: original }]);
    expect(statusText()).toBe('Saved “Arctic shipping” as My Arctic.json.');
  });

  it('says so when the background cannot list the glossaries', async () => {
    const background = new OptionsBackground();
    background.failing.add('listGlossaries');
    page = await mountOptions(background);
    expect(text(section())).toContain('Gloss could not read your glossaries.');
  });
});

describe('importing a glossary on the options page', { timeout: 30_000 }, () => {
  it('imports a file from the picker, announces it and lists it', async () => {
    page = await mountOptions();
    await chooseFile(section().querySelector<HTMLInputElement>('#gloss-glossary-file')!, fileOf('arctic.json', ARCTIC));
    await settleUntil(() => rowIds().includes('arctic'), 'the new row');
    expect(page.background.of('importGlossary')).toEqual([{ type: 'importGlossary', fileName: 'arctic.json', text: ARCTIC }]);
    expect(rowIds()).toEqual(['builtin', 'arctic']);
    const status = section().querySelector('#gloss-glossaries-status');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toBe('Added “Arctic shipping”. It is at the bottom of the list: move it up to give it priority.');
  });

  it('imports a file dropped onto the section, lighting up only for drags that carry files', async () => {
    page = await mountOptions();
    const target = section().querySelector<HTMLElement>('.gloss-glossaries')!;
    const zone = section().querySelector<HTMLElement>('.gloss-dropzone')!;
    const textDrag = dragEvent('dragenter', []);
    target.dispatchEvent(textDrag);
    await settle();
    expect(textDrag.defaultPrevented).toBe(false);
    expect(zone.classList.contains('gloss-dropzone--active')).toBe(false);

    const file = fileOf('arctic.json', ARCTIC);
    const enter = dragEvent('dragenter', [file]);
    target.dispatchEvent(enter);
    const over = dragEvent('dragover', [file]);
    target.dispatchEvent(over);
    await settle();
    expect([enter.defaultPrevented, over.defaultPrevented]).toEqual([true, true]);
    expect(zone.classList.contains('gloss-dropzone--active')).toBe(true);
    expect(text(zone)).toContain('Let go to import the file.');
    const drop = dragEvent('drop', [file]);
    target.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    await settleUntil(() => rowIds().includes('arctic'), 'the dropped glossary');
    expect(zone.classList.contains('gloss-dropzone--active')).toBe(false);
    expect(statusText()).toContain('Added “Arctic shipping”.');
  });

  it('shows a busy state while the file is read and checked', async () => {
    page = await mountOptions();
    let finish: (text: string) => void = () => undefined;
    const slow: FakeFile = { name: 'arctic.json', size: 1000, text: () => new Promise<string>((resolve) => (finish = resolve)) };
    await chooseFile(section().querySelector<HTMLInputElement>('#gloss-glossary-file')!, slow);
    const button = page.button('Import a glossary…', section());
    expect(button.disabled).toBe(true);
    expect(section().querySelector('.gloss-dropzone')?.getAttribute('aria-busy')).toBe('true');
    expect(statusText()).toBe('Importing arctic.json…');
    finish(ARCTIC);
    await settleUntil(() => rowIds().includes('arctic'), 'the imported glossary');
    expect(button.disabled).toBe(false);
    expect(section().querySelector('.gloss-dropzone')?.hasAttribute('aria-busy')).toBe(false);
  });

  it('shows a refused file\'s first 20 problems and how many more, and changes nothing', async () => {
    page = await mountWith(['arctic.json', ARCTIC]);
    const entries = Array.from({ length: 57 }, (_, i) => ({ ...entryJson(`e-${i}`, `Entry ${i}`), category: 'planet' }));
    await chooseFile(section().querySelector<HTMLInputElement>('#gloss-glossary-file')!, fileOf('many.json', glossaryText({ id: 'many' }, entries)));
    await settleUntil(() => section().querySelector('.gloss-problems') !== null, 'the problems');
    const problems = Array.from(section().querySelectorAll('.gloss-problems li')).map(text);
    expect(problems).toHaveLength(20);
    expect(problems[0]).toMatch(/^many\.json: entry "e-0": category: must be one of: /);
    expect(text(section().querySelector('.gloss-problems')!)).toContain('and 37 more');
    // The list says what it is about, for when the status line has moved on.
    const list = section().querySelector('.gloss-problems ul')!;
    expect(document.getElementById(list.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Problems in many.json:');
    expect(statusText()).toBe('Gloss did not import many.json. Nothing was changed.');
    expect(rowIds()).toEqual(['builtin', 'arctic']);
    expect((await page.background.list()).map((g) => g.id)).toEqual(['builtin', 'arctic']);
    // The next import starts afresh.
    await chooseFile(section().querySelector<HTMLInputElement>('#gloss-glossary-file')!, fileOf('overlap.json', OVERLAP));
    await settleUntil(() => rowIds().includes('overlap'), 'the next import');
    expect(section().querySelector('.gloss-problems')).toBeNull();
  });

  it('refuses a file over 20 MB without reading it or sending it', async () => {
    page = await mountOptions();
    let read = false;
    const huge: FakeFile = { name: 'huge.json', size: Math.round(23.4 * 1024 * 1024), text: async () => ((read = true), '{}') };
    expect(huge.size).toBeGreaterThan(MAX_GLOSSARY_BYTES);
    await chooseFile(section().querySelector<HTMLInputElement>('#gloss-glossary-file')!, huge);
    await settleUntil(() => section().querySelector('.gloss-problems') !== null, 'the refusal');
    expect(read).toBe(false);
    expect(page.background.of('importGlossary')).toHaveLength(0);
    expect(Array.from(section().querySelectorAll('.gloss-problems li')).map(text)).toEqual(['The file is too large (23.4 MB). Gloss imports glossary files of up to 20 MB.']);
    expect(statusText()).toBe('Gloss did not import huge.json. Nothing was changed.');
  });

  it('says a re-imported glossary replaced the old one in place', async () => {
    page = await mountWith(['arctic.json', ARCTIC], ['overlap.json', OVERLAP]);
    const next = glossaryText({ id: 'arctic', name: 'Arctic shipping 2' }, [entryJson('svalbard', 'Svalbard', { category: 'place' })]);
    await chooseFile(section().querySelector<HTMLInputElement>('#gloss-glossary-file')!, fileOf('arctic-2.json', next));
    await settleUntil(() => statusText().startsWith('Replaced'), 'the announcement');
    expect(statusText()).toBe('Replaced “Arctic shipping 2” with the new file. It keeps its place in the list.');
    expect(rowIds()).toEqual(['builtin', 'arctic', 'overlap']);
    expect(text(row('arctic'))).toContain('1 term ·');
  });
});
