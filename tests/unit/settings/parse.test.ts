import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/facts/types.ts';
import {
  CURRENT_VERSION,
  HIGHLIGHT_STYLES,
  MENTION_MODES,
  SITE_MODES,
  defaultSettings,
  diffFromDefaults,
  parseSettings,
  type Settings,
} from '../../../src/core/settings/index.ts';

const stored = (fields: Record<string, unknown>) => ({ version: CURRENT_VERSION, ...fields });

describe('parseSettings', () => {
  it('gives the defaults, silently, when nothing is stored', () => {
    for (const empty of [undefined, null, {}]) {
      const parsed = parseSettings(empty);
      expect(parsed.settings).toEqual(defaultSettings());
      expect(parsed.warnings).toEqual([]);
      expect(parsed.unknown).toEqual({});
    }
  });

  it('gives the defaults with a warning for a value that is not an object', () => {
    for (const junk of ['settings', 42, true, [1, 2]]) {
      const parsed = parseSettings(junk);
      expect(parsed.settings).toEqual(defaultSettings());
      expect(parsed.warnings).toHaveLength(1);
    }
  });

  it('reads every field that is valid', () => {
    const settings: Settings = {
      version: CURRENT_VERSION,
      enabled: false,
      siteMode: 'only-listed',
      sites: { 'example.com': 'on', 'news.example.org': 'off', 'local files': 'on', '127.0.0.1': 'off' },
      highlightStyle: 'none-until-hover',
      mentions: 'every',
      hoverDelayMs: 750,
      categoriesOff: ['person', 'weapon'],
      muted: ['nord-stream-2', 'swift'],
    };
    const parsed = parseSettings(settings);
    expect(parsed.settings).toEqual(settings);
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    ['enabled', 'yes'],
    ['siteMode', 'sometimes'],
    ['highlightStyle', 42],
    ['mentions', null],
    ['hoverDelayMs', 'slow'],
    ['hoverDelayMs', Number.NaN],
    ['sites', ['example.com']],
    ['categoriesOff', 'person'],
    ['muted', { id: 'swift' }],
  ])('resets only %s when it holds %o, with a warning', (key, value) => {
    const good = { enabled: false, mentions: 'every' as const, highlightStyle: 'tint' as const, siteMode: 'all-except' as const, hoverDelayMs: 500 };
    const parsed = parseSettings(stored({ ...good, [key]: value }));
    const expected = { ...defaultSettings(), ...good, [key]: defaultSettings()[key as keyof Settings] };
    expect(parsed.settings).toEqual(expected);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toContain(key);
  });

  it('clamps the hover delay into 100–2000 ms, with a warning', () => {
    expect(parseSettings(stored({ hoverDelayMs: 5 })).settings.hoverDelayMs).toBe(100);
    expect(parseSettings(stored({ hoverDelayMs: 99_999 })).settings.hoverDelayMs).toBe(2000);
    expect(parseSettings(stored({ hoverDelayMs: 5 })).warnings).toHaveLength(1);
    expect(parseSettings(stored({ hoverDelayMs: 420.4 })).settings.hoverDelayMs).toBe(420);
  });

  it('drops bad site rules one by one and normalises their keys', () => {
    const parsed = parseSettings(stored({ sites: { 'WWW.Example.com': 'off', 'good.org': 'on', 'bad site': 'off', 'x.org': 'maybe', 'chrome://settings': 'on' } }));
    expect(parsed.settings.sites).toEqual({ 'example.com': 'off', 'good.org': 'on' });
    expect(parsed.warnings).toHaveLength(4);
  });

  it('drops unknown categories and malformed entry ids, and removes duplicates', () => {
    const parsed = parseSettings(stored({ categoriesOff: ['person', 'dragons', 'person', 7], muted: ['swift', 'Not An Id', 'swift', '', null] }));
    expect(parsed.settings.categoriesOff).toEqual(['person']);
    expect(parsed.settings.muted).toEqual(['swift']);
    expect(parsed.warnings).toHaveLength(5);
  });

  it('keeps unknown keys apart, for the storage layer to leave alone', () => {
    const parsed = parseSettings(stored({ enabled: false, futureFeature: { a: 1 }, theme: 'dark' }));
    expect(parsed.unknown).toEqual({ futureFeature: { a: 1 }, theme: 'dark' });
    expect(parsed.settings.enabled).toBe(false);
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps the version of data a newer Gloss wrote, and reads what it knows', () => {
    const parsed = parseSettings({ version: CURRENT_VERSION + 5, mentions: 'every', glow: true });
    expect(parsed.settings.version).toBe(CURRENT_VERSION + 5);
    expect(parsed.settings.mentions).toBe('every');
    expect(parsed.unknown).toEqual({ glow: true });
    expect(parsed.warnings.join()).toMatch(/newer/);
  });

  it('never throws and always yields valid settings, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('version', 'enabled', 'siteMode', 'sites', 'highlightStyle', 'mentions', 'hoverDelayMs', 'categoriesOff', 'muted', 'disabledSites', 'highlight'), fc.anything())), (raw) => {
        const { settings } = parseSettings(raw);
        expect(typeof settings.enabled).toBe('boolean');
        expect(SITE_MODES).toContain(settings.siteMode);
        expect(HIGHLIGHT_STYLES).toContain(settings.highlightStyle);
        expect(MENTION_MODES).toContain(settings.mentions);
        expect(settings.hoverDelayMs).toBeGreaterThanOrEqual(100);
        expect(settings.hoverDelayMs).toBeLessThanOrEqual(2000);
        for (const c of settings.categoriesOff) expect(CATEGORIES).toContain(c);
        for (const rule of Object.values(settings.sites)) expect(['on', 'off']).toContain(rule);
        expect(settings.version).toBeGreaterThanOrEqual(CURRENT_VERSION);
        // Reading what we would write gives the same settings back.
        expect(parseSettings({ version: settings.version, ...diffFromDefaults(settings) }).settings).toEqual(settings);
      }),
      { numRuns: 500 },
    );
  });
});

describe('diffFromDefaults', () => {
  it('is empty for the defaults', () => {
    expect(diffFromDefaults(defaultSettings())).toEqual({});
  });

  it('holds exactly the keys that differ, never the version', () => {
    const settings = { ...defaultSettings(), mentions: 'every' as const, sites: { 'a.com': 'off' as const }, muted: ['swift'] };
    expect(diffFromDefaults(settings)).toEqual({ mentions: 'every', sites: { 'a.com': 'off' }, muted: ['swift'] });
  });

  it('leaves out values set back to their default', () => {
    const settings = { ...defaultSettings(), hoverDelayMs: 300, categoriesOff: [], sites: {} };
    expect(diffFromDefaults(settings)).toEqual({});
  });
});
