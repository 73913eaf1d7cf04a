import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  defaultSettings,
  exportSettingsJson,
  parseImport,
  type Settings,
} from '../../../src/core/settings/index.ts';

const custom: Settings = {
  ...defaultSettings(),
  enabled: false,
  siteMode: 'all-except',
  sites: { 'bank.example': 'off', 'news.example.org': 'on' },
  highlightStyle: 'tint',
  hoverDelayMs: 600,
  categoriesOff: ['weapon'],
  muted: ['swift'],
};

const file = (settings: Record<string, unknown>, version = CURRENT_VERSION) => JSON.stringify({ format: EXPORT_FORMAT, version, settings });

const refusal = (json: string): string => {
  const result = parseImport(json);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
};

describe('export and import', () => {
  it('round-trips every setting', () => {
    const json = exportSettingsJson(custom);
    expect(JSON.parse(json)).toMatchObject({ format: 'gloss-settings', version: CURRENT_VERSION });
    expect(parseImport(json)).toEqual({ ok: true, settings: custom });
  });

  it('accepts a partial file: missing settings take their defaults', () => {
    expect(parseImport(file({ mentions: 'every' }))).toEqual({ ok: true, settings: { ...defaultSettings(), mentions: 'every' } });
  });

  it('migrates a file exported by an older Gloss', () => {
    const result = parseImport(file({ disabledSites: ['www.bank.example'], highlight: 'background' }, 1));
    expect(result).toEqual({ ok: true, settings: { ...defaultSettings(), sites: { 'bank.example': 'off' }, highlightStyle: 'tint' } });
  });

  it('refuses malformed JSON', () => {
    expect(refusal('{ "format": "gloss-settings", ')).toMatch(/not valid JSON/);
  });

  it('refuses a foreign file, naming what it holds', () => {
    expect(refusal(JSON.stringify({ format: 'dark-reader-settings', version: 1, settings: {} }))).toMatch(/dark-reader-settings/);
    expect(refusal(JSON.stringify({ enabled: false }))).toMatch(/not a Gloss settings file/);
    expect(refusal('[1, 2, 3]')).toMatch(/not a Gloss settings file/);
    expect(refusal('"gloss-settings"')).toMatch(/not a Gloss settings file/);
  });

  it('refuses a file that is too large, without parsing it', () => {
    const huge = file({ muted: Array.from({ length: 20_000 }, (_, i) => `entry-${i}`) });
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(refusal(huge)).toMatch(/too large/);
  });

  it('refuses invalid values, unknown settings and a broken structure', () => {
    expect(refusal(file({ hoverDelayMs: 'fast' }))).toMatch(/hoverDelayMs/);
    expect(refusal(file({ hoverDelayMs: 50_000 }))).toMatch(/hoverDelayMs/);
    expect(refusal(file({ sites: { 'bad site': 'off' } }))).toMatch(/sites/);
    expect(refusal(file({ highlighStyle: 'tint' }))).toMatch(/"highlighStyle" is not a Gloss setting/);
    expect(refusal(JSON.stringify({ format: EXPORT_FORMAT, version: CURRENT_VERSION, settings: [] }))).toMatch(/no settings/);
    expect(refusal(JSON.stringify({ format: EXPORT_FORMAT, settings: {} }))).toMatch(/version/);
    expect(refusal(JSON.stringify({ format: EXPORT_FORMAT, version: CURRENT_VERSION, settings: { version: 1 } }))).toMatch(/damaged/);
  });

  it('lists at most three problems, then how many more', () => {
    const message = refusal(file({ enabled: 1, siteMode: 2, mentions: 3, highlightStyle: 4, hoverDelayMs: 'x' }));
    expect(message).toMatch(/and 2 more/);
  });

  it('refuses a file from a newer Gloss', () => {
    expect(refusal(file({}, CURRENT_VERSION + 1))).toMatch(/newer Gloss/);
  });
});
