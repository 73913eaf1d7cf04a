import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrations, parseSettings, runMigrations, type Migration } from '../../../src/core/settings/index.ts';

const step = (from: number): Migration => {
  const found = migrations.find((m) => m.from === from);
  if (!found) throw new Error(`no migration from ${from}`);
  return found;
};

describe('the migration chain', () => {
  it('starts at version 1 and moves one version per step, in order', () => {
    expect(migrations[0]?.from).toBe(1);
    migrations.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(migrations[i - 1]?.to);
    });
    expect(CURRENT_VERSION).toBe(migrations[migrations.length - 1]?.to);
  });

  it('never mutates its input', () => {
    const v1 = { version: 1, disabledSites: ['a.com'], highlight: 'background' };
    const copy = structuredClone(v1);
    runMigrations(v1);
    for (const m of migrations) m.migrate(v1);
    expect(v1).toEqual(copy);
  });

  it('accepts garbage in every step without throwing', () => {
    for (const m of migrations) {
      for (const junk of [{}, { disabledSites: 'a.com' }, { disabledSites: [1, null, {}] }, { sites: 'x', highlight: 5 }]) {
        expect(() => m.migrate(junk)).not.toThrow();
      }
    }
  });
});

describe('v1 → v2: disabledSites becomes per-site rules', () => {
  it('turns each listed host into a normalised "off" rule', () => {
    const out = step(1).migrate({ version: 1, enabled: true, disabledSites: ['www.Bank.example', 'https://shop.example.org/cart', 'news.example.com', 'not a host', 3] });
    expect(out).toEqual({ version: 2, enabled: true, sites: { 'bank.example': 'off', 'shop.example.org': 'off', 'news.example.com': 'off' } });
  });

  it('gives an empty rule map when the list is missing or broken', () => {
    expect(step(1).migrate({ version: 1 })).toEqual({ version: 2, sites: {} });
    expect(step(1).migrate({ version: 1, disabledSites: 'a.com' })).toEqual({ version: 2, sites: {} });
  });
});

describe('v2 → v3: highlight becomes highlightStyle', () => {
  it("renames 'background' to 'tint'", () => {
    expect(step(2).migrate({ version: 2, highlight: 'background' })).toEqual({ version: 3, highlightStyle: 'tint' });
  });

  it('carries other values over for parseSettings to judge', () => {
    expect(step(2).migrate({ version: 2, highlight: 'underline' })).toEqual({ version: 3, highlightStyle: 'underline' });
    expect(step(2).migrate({ version: 2, highlight: 'neon' })).toEqual({ version: 3, highlightStyle: 'neon' });
  });

  it('leaves a record without highlight alone', () => {
    expect(step(2).migrate({ version: 2, mentions: 'every' })).toEqual({ version: 3, mentions: 'every' });
  });
});

describe('runMigrations and parseSettings', () => {
  it('moves a v1 record all the way to the current version', () => {
    const parsed = parseSettings({ version: 1, enabled: false, disabledSites: ['www.example.com'], highlight: 'background', hoverDelayMs: 500 });
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.settings).toMatchObject({ version: CURRENT_VERSION, enabled: false, sites: { 'example.com': 'off' }, highlightStyle: 'tint', hoverDelayMs: 500 });
    expect(parsed.unknown).toEqual({});
    expect(parsed.warnings).toEqual([]);
  });

  it('runs nothing for a current record or one without a version', () => {
    expect(runMigrations({ version: CURRENT_VERSION, mentions: 'every' }).migratedFrom).toBeNull();
    expect(runMigrations({ mentions: 'every' })).toEqual({ raw: { mentions: 'every' }, migratedFrom: null, warnings: [] });
  });

  it('reads a nonsense version as current, with a warning', () => {
    for (const version of ['2', 0, -1, 1.5, null]) {
      const out = runMigrations({ version });
      expect(out.raw['version']).toBe(CURRENT_VERSION);
      expect(out.warnings).toHaveLength(1);
    }
  });

  it('reports a gap in a chain instead of silently skipping', () => {
    const broken: Migration[] = [{ from: 1, to: 2, migrate: (r) => ({ ...r, version: 2 }) }, { from: 3, to: 4, migrate: (r) => ({ ...r, version: 4 }) }];
    const out = runMigrations({ version: 1 }, broken);
    expect(out.raw['version']).toBe(4);
    expect(out.warnings.join()).toMatch(/no migration from 2/);
  });
});
