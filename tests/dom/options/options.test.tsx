import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, exportSettingsJson, MAX_IMPORT_BYTES } from '../../../src/core/settings/index.ts';
import { checkNewSite, defaultRuleFor } from '../../../src/options/sections/SitesSection.tsx';
import { withCategory } from '../../../src/options/sections/CategoriesSection.tsx';
import { HOVER_DELAY_DEBOUNCE_MS } from '../../../src/options/sections/HoverDelaySection.tsx';
import { settle } from '../popup/fake-extension.ts';
import { buildData, OptionsBackground } from './options-background.ts';
import { DE } from '../ui/support.tsx';
import { chooseFile, mountOptions, submit, typeInto, type MountedOptions } from './support.tsx';
import { advance, useFakeTimers } from '../fake-time.ts';

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

const fileOf = (name: string, text: string, size = new TextEncoder().encode(text).length) => ({ name, size, text: async () => text });

describe('checkNewSite', () => {
  it('normalises what the reader typed and refuses what is no site', () => {
    expect(checkNewSite('  https://WWW.Stern.de/politik/a.html ', {}, 'on')).toEqual({ ok: true, site: 'stern.de' });
    expect(checkNewSite('local files', {}, 'on')).toEqual({ ok: true, site: 'local files' });
    expect(checkNewSite('', {}, 'on')).toEqual({ ok: false, reason: 'empty' });
    for (const bad of ['not a site', 'chrome://settings', 'about:config', 'addons.mozilla.org', 'user@example.com']) {
      expect(checkNewSite(bad, {}, 'on'), bad).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(checkNewSite('stern.de', { 'stern.de': 'on' }, 'on')).toEqual({ ok: false, reason: 'duplicate' });
    // The same site with the other rule is a change, not a duplicate.
    expect(checkNewSite('stern.de', { 'stern.de': 'on' }, 'off')).toEqual({ ok: true, site: 'stern.de' });
  });

  it('suggests "off" for a new site only in the "everywhere" mode', () => {
    expect([defaultRuleFor('articles'), defaultRuleFor('all-except'), defaultRuleFor('only-listed')]).toEqual(['on', 'off', 'on']);
  });

  it('ticks and unticks categories', () => {
    expect(withCategory([], 'person', false)).toEqual(['person']);
    expect(withCategory(['person', 'place'], 'person', true)).toEqual(['place']);
  });
});

describe('options page: sites', () => {
  it('adds a site with the rule chosen, normalised', async () => {
    page = await mountOptions();
    const input = page.root.querySelector<HTMLInputElement>('#gloss-new-site')!;
    await typeInto(input, 'https://www.stern.de/politik/');
    await submit(page.root.querySelector('form')!);
    expect(page.background.settings.sites).toEqual({ 'stern.de': 'on' });
    expect(input.value).toBe('');
    const row = page.root.querySelector<HTMLElement>('[data-site="stern.de"]');
    expect(row?.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('true');
    expect(page.text()).toContain('Gloss is now on for stern.de.');
  });

  it('refuses what is no site, with the reason tied to the box, and writes nothing', async () => {
    page = await mountOptions();
    const input = page.root.querySelector<HTMLInputElement>('#gloss-new-site')!;
    await typeInto(input, 'chrome://settings');
    await submit(page.root.querySelector('form')!);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById('gloss-new-site-error');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain('gloss-new-site-error');
    expect(error?.textContent).toBe('“chrome://settings” is not a site Gloss can run on. Type a domain such as stern.de.');
    expect(document.activeElement).toBe(input);
    await submit(page.root.querySelector('form')!);
    await typeInto(input, '');
    await submit(page.root.querySelector('form')!);
    expect(error?.textContent).toBe('Type a site first, for example stern.de.');
    expect(page.background.of('setSiteRule')).toHaveLength(0);
  });

  it('switches a listed site off and removes it', async () => {
    page = await mountOptions(new OptionsBackground({ sites: { 'stern.de': 'on', 'bank.example': 'off' } }));
    const rows = Array.from(page.root.querySelectorAll<HTMLElement>('[data-site]')).map((r) => r.dataset['site']);
    expect(rows).toEqual(['bank.example', 'stern.de']);
    page.root.querySelector<HTMLButtonElement>('[data-site="stern.de"] [role="switch"]')!.click();
    await settle();
    expect(page.background.settings.sites['stern.de']).toBe('off');
    page.button('Remove bank.example').click();
    await settle();
    expect(page.background.settings.sites).toEqual({ 'stern.de': 'off' });
    expect(page.root.querySelector('[data-site="bank.example"]')).toBeNull();
  });

  it('uses "off" as the rule for a new site in the "everywhere" mode', async () => {
    page = await mountOptions(new OptionsBackground({ siteMode: 'all-except' }));
    expect(page.root.querySelector<HTMLSelectElement>('#gloss-new-site-rule')?.value).toBe('off');
  });
});

describe('options page: where and how', () => {
  it('switches the site mode and the global switch', async () => {
    page = await mountOptions();
    const onlyListed = page.root.querySelector<HTMLInputElement>('#site-mode-only-listed')!;
    onlyListed.click();
    await settle();
    expect(page.background.settings.siteMode).toBe('only-listed');
    expect(document.getElementById(onlyListed.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Only on the sites you switch on');
    page.root.querySelector<HTMLButtonElement>('#gloss-enabled')!.click();
    await settle();
    expect(page.background.settings.enabled).toBe(false);
  });

  it('marks the preview with the real matcher, first mention or every mention', async () => {
    page = await mountOptions();
    const preview = page.root.querySelector<HTMLElement>('.gloss-preview__text')!;
    // At least Gazprom, Power of Siberia 2, Mongolia, Power of Siberia and the corridor (the
    // paragraph names them for that); counted relative to the first mentions, so that a new entry
    // the paragraph happens to name does not break the test.
    const first = Number(preview.dataset['marks']);
    expect(first).toBeGreaterThanOrEqual(5);
    page.root.querySelector<HTMLInputElement>('#mentions-every')!.click();
    await settle();
    expect(page.background.settings.mentions).toBe('every');
    // Gazprom's second mention.
    expect(Number(preview.dataset['marks'])).toBe(first + 1);
    page.root.querySelector<HTMLInputElement>('#highlight-style-tint')!.click();
    await settle();
    expect(page.background.settings.highlightStyle).toBe('tint');
  });

  it('leaves switched-off categories and muted terms out of the preview', async () => {
    page = await mountOptions();
    const preview = page.root.querySelector<HTMLElement>('.gloss-preview__text')!;
    const first = Number(preview.dataset['marks']);
    page.background.changeElsewhere({ ...page.background.settings, muted: ['gazprom'] });
    await settle();
    expect(Number(preview.dataset['marks'])).toBe(first - 1);
    page.root.querySelector<HTMLInputElement>('#gloss-category-pipeline')!.click();
    await settle();
    expect(page.background.settings.categoriesOff).toEqual(['pipeline']);
    // Both Power of Siberia pipelines.
    expect(Number(preview.dataset['marks'])).toBe(first - 3);
  });

  it('writes the hover delay once, after the slider stops', async () => {
    page = await mountOptions();
    const slider = page.root.querySelector<HTMLInputElement>('#gloss-hover-delay')!;
    expect(slider.value).toBe('300');
    for (const v of ['350', '400', '450', '500']) await typeInto(slider, v);
    expect(page.background.of('updateSettings')).toHaveLength(0);
    expect(slider.getAttribute('aria-valuetext')).toBe('500 ms');
    // Half the debounce after the last move: still nothing; the full debounce: one write.
    await advance(HOVER_DELAY_DEBOUNCE_MS / 2);
    expect(page.background.of('updateSettings')).toHaveLength(0);
    await advance(HOVER_DELAY_DEBOUNCE_MS / 2);
    expect(page.background.of('updateSettings')).toEqual([{ type: 'updateSettings', patch: { hoverDelayMs: 500 } }]);
    expect(page.background.settings.hoverDelayMs).toBe(500);
  });

  it('lists muted terms by title and unmutes them', async () => {
    page = await mountOptions(new OptionsBackground({ muted: ['gazprom', 'swift'] }));
    expect(page.section('muted').textContent).toContain('Gazprom');
    page.button('Unmute Gazprom').click();
    await settle();
    expect(page.background.settings.muted).toEqual(['swift']);
    expect(page.text()).toContain('“Gazprom” is marked again.');
    page.button('Unmute SWIFT').click();
    await settle();
    expect(page.text()).toContain('No muted terms.');
  });

  it('follows changes made in another window', async () => {
    page = await mountOptions();
    page.background.changeElsewhere({ ...defaultSettings(), sites: { 'zeit.de': 'off' }, hoverDelayMs: 800 });
    await settle();
    expect(page.root.querySelector('[data-site="zeit.de"]')).not.toBeNull();
    expect(page.root.querySelector<HTMLInputElement>('#gloss-hover-delay')?.value).toBe('800');
  });
});

describe('options page: export, import, reset', () => {
  it('exports the settings as a JSON file', async () => {
    page = await mountOptions(new OptionsBackground({ sites: { 'stern.de': 'on' } }));
    page.button('Export settings').click();
    await settle();
    expect(page.downloads).toHaveLength(1);
    const [file] = page.downloads;
    expect(file?.filename).toBe('gloss-settings-2026-11-20.json');
    expect(JSON.parse(file?.text ?? '')).toMatchObject({ format: 'gloss-settings', settings: { sites: { 'stern.de': 'on' } } });
  });

  it('imports a good file', async () => {
    page = await mountOptions();
    const json = exportSettingsJson({ ...defaultSettings(), sites: { 'zeit.de': 'off' }, mentions: 'every' });
    await chooseFile(page.root.querySelector<HTMLInputElement>('#gloss-import-file')!, fileOf('mine.json', json));
    expect(page.background.settings.sites).toEqual({ 'zeit.de': 'off' });
    expect(page.background.settings.mentions).toBe('every');
    expect(page.text()).toContain('Imported the settings from mine.json.');
  });

  it.each([
    ['malformed', '{"format": "gloss-settings", ', 'not valid JSON'],
    ['foreign', JSON.stringify({ format: 'dark-reader', version: 1, settings: {} }), 'holds "dark-reader", not Gloss settings'],
    ['wrong values', JSON.stringify({ format: 'gloss-settings', version: 1, settings: { siteMode: 'sometimes' } }), 'values Gloss cannot use'],
  ])('refuses a %s file with the reason and keeps the settings', async (_kind, json, reason) => {
    const background = new OptionsBackground({ sites: { 'stern.de': 'on' } });
    page = await mountOptions(background);
    const before = structuredClone(background.settings);
    await chooseFile(page.root.querySelector<HTMLInputElement>('#gloss-import-file')!, fileOf('bad.json', json));
    expect(background.settings).toEqual(before);
    const status = document.getElementById('gloss-backup-status');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toContain('Gloss did not import bad.json. Your settings are unchanged.');
    expect(status?.textContent).toContain(reason);
    expect(page.root.querySelector('[data-site="stern.de"]')).not.toBeNull();
  });

  it('refuses a too-large file without reading or sending it', async () => {
    page = await mountOptions();
    let read = false;
    const huge = { name: 'huge.json', size: MAX_IMPORT_BYTES * 20, text: async () => ((read = true), '{}') };
    await chooseFile(page.root.querySelector<HTMLInputElement>('#gloss-import-file')!, huge);
    expect(read).toBe(false);
    expect(page.background.of('importSettings')).toHaveLength(0);
    expect(page.text()).toContain('The file is too large (2000 KB). A Gloss settings file is smaller than 100 KB.');
  });

  it('resets only after the inline confirmation, and Cancel keeps everything', async () => {
    page = await mountOptions(new OptionsBackground({ sites: { 'stern.de': 'on' }, muted: ['gazprom'] }));
    page.button('Reset to defaults…').click();
    await settle();
    expect(page.background.of('resetSettings')).toHaveLength(0);
    expect(page.section('reset').textContent).toContain('Your site list and muted terms will be emptied');
    expect(document.activeElement).toBe(page.button('Cancel'));
    page.button('Cancel').click();
    await settle();
    expect(page.background.of('resetSettings')).toHaveLength(0);
    expect(document.activeElement).toBe(page.button('Reset to defaults…'));
    page.button('Reset to defaults…').click();
    await settle();
    page.button('Reset everything').click();
    await settle();
    expect(page.background.settings).toEqual(defaultSettings());
    expect(page.text()).toContain('All settings are back at their defaults.');
    expect(page.text()).toContain('No sites yet.');
  });

  it('closes the confirmation with Esc', async () => {
    page = await mountOptions();
    page.button('Reset to defaults…').click();
    await settle();
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await settle();
    expect(page.section('reset').textContent).not.toContain('Reset everything');
  });

  it('speaks German', async () => {
    page = await mountOptions(new OptionsBackground(), DE);
    expect(page.text()).toContain('Gloss-Einstellungen');
    expect(page.text()).toContain('Einstellungen exportieren');
    expect(page.root.querySelector('.gloss-preview__text')?.textContent).toContain('Kraft Sibiriens 2');
    expect(Number(page.root.querySelector<HTMLElement>('.gloss-preview__text')?.dataset['marks'])).toBeGreaterThanOrEqual(5);
  });
});
