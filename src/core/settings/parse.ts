/**
 * Reading stored settings: migrate, then check each key on its own. A corrupt or foreign value
 * resets only that key to its default, with a warning; keys this version does not know are
 * returned as they are, so the storage layer keeps them.
 */
import * as v from 'valibot';
import { describe, runMigrations } from './migrations.ts';
import {
  CURRENT_VERSION,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MENTION_MODES,
  SETTINGS_KEYS,
  SITE_MODES,
  SettingsSchemas,
  clampHoverDelay,
  defaultSettings,
  isSettingsKey,
  type Settings,
  type SiteRule,
} from './model.ts';
import { siteKeyFromInput } from './site-key.ts';

export interface ParsedSettings {
  settings: Settings;
  warnings: string[];
  /** Keys that are not settings of this version, kept so that writing back never drops them. */
  unknown: Record<string, unknown>;
  /** Set when migrations ran: the stored data should be written back in the current format. */
  migratedFrom: number | null;
}

type Warn = (message: string) => void;

export function parseSettings(input: unknown): ParsedSettings {
  const settings = defaultSettings();
  if (input === undefined || input === null) return { settings, warnings: [], unknown: {}, migratedFrom: null };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { settings, warnings: [`settings: ${describe(input)} is not an object; using the defaults`], unknown: {}, migratedFrom: null };
  }
  const migrated = runMigrations({ ...(input as Record<string, unknown>) });
  const warnings = [...migrated.warnings];
  const raw = migrated.raw;
  const warn: Warn = (message) => warnings.push(message);

  const version = raw['version'];
  settings.version = typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION ? version : CURRENT_VERSION;
  const unknown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isSettingsKey(key)) unknown[key] = value;
  }
  for (const key of SETTINGS_KEYS) {
    if (key === 'version' || !(key in raw)) continue;
    readField(settings, key, raw[key], warn);
  }
  return { settings, warnings, unknown, migratedFrom: migrated.migratedFrom };
}

/** What a key holds, in words, for the warning when a stored value is not that. */
const EXPECTED: Record<Exclude<keyof Settings, 'version'>, string> = {
  enabled: 'true or false',
  siteMode: `one of ${SITE_MODES.join(', ')}`,
  highlightStyle: `one of ${HIGHLIGHT_STYLES.join(', ')}`,
  mentions: `one of ${MENTION_MODES.join(', ')}`,
  hoverDelayMs: 'a number of milliseconds',
  sites: 'a map of site rules',
  categoriesOff: 'a list of categories',
  muted: 'a list of entry ids',
};

/** The container shape of each key; lists and maps are then read item by item, so one bad item drops alone. */
const SHAPE = {
  sites: v.record(v.string(), v.unknown()),
  categoriesOff: v.array(v.unknown()),
  muted: v.array(v.unknown()),
};

function readField(settings: Settings, key: Exclude<keyof Settings, 'version'>, value: unknown, warn: Warn): void {
  const reset = (): void => warn(`${key}: ${describe(value)} is not ${EXPECTED[key]}; reset to the default`);
  switch (key) {
    case 'sites': {
      const shape = v.safeParse(SHAPE.sites, value);
      if (shape.success) settings.sites = readSites(shape.output, warn);
      else reset();
      return;
    }
    case 'categoriesOff': {
      const shape = v.safeParse(SHAPE.categoriesOff, value);
      if (!shape.success) {
        reset();
        return;
      }
      const item = SettingsSchemas.categoriesOff.item;
      settings.categoriesOff = readList(shape.output, key, (x) => v.is(item, x), warn);
      return;
    }
    case 'muted': {
      const shape = v.safeParse(SHAPE.muted, value);
      if (!shape.success) {
        reset();
        return;
      }
      const item = SettingsSchemas.muted.item;
      settings.muted = readList(shape.output, key, (x) => v.is(item, x), warn);
      return;
    }
    case 'hoverDelayMs': {
      const parsed = v.safeParse(SettingsSchemas.hoverDelayMs, value);
      if (!parsed.success) {
        reset();
        return;
      }
      settings.hoverDelayMs = clampHoverDelay(parsed.output);
      if (settings.hoverDelayMs !== parsed.output) {
        warn(`hoverDelayMs: ${parsed.output} is outside ${HOVER_DELAY_MIN_MS}–${HOVER_DELAY_MAX_MS} ms; using ${settings.hoverDelayMs}`);
      }
      return;
    }
    default: {
      const parsed = v.safeParse(SettingsSchemas[key], value);
      if (parsed.success) Object.assign(settings, { [key]: parsed.output });
      else reset();
    }
  }
}

function readSites(value: Record<string, unknown>, warn: Warn): Record<string, SiteRule> {
  const sites: Record<string, SiteRule> = {};
  const ruleSchema = SettingsSchemas.sites.value;
  for (const [site, rule] of Object.entries(value)) {
    const key = siteKeyFromInput(site);
    if (key === null) {
      warn(`sites: ${describe(site)} is not a site; dropped its rule`);
    } else if (!v.is(ruleSchema, rule)) {
      warn(`sites: the rule for ${key} is ${describe(rule)}, not on or off; dropped it`);
    } else {
      if (key !== site) warn(`sites: ${describe(site)} stored as ${key}`);
      sites[key] = rule;
    }
  }
  return sites;
}

function readList<T>(value: unknown[], key: string, accept: (item: unknown) => item is T, warn: Warn): T[] {
  const seen = new Set<T>();
  for (const item of value) {
    if (accept(item)) seen.add(item);
    else warn(`${key}: dropped ${describe(item)}`);
  }
  return [...seen];
}

/** The keys whose value differs from the default: all that needs to be stored. Never `version`. */
export function diffFromDefaults(settings: Settings): Partial<Settings> {
  const defaults = defaultSettings();
  const diff: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    if (key === 'version') continue;
    if (!sameValue(settings[key], defaults[key])) diff[key] = settings[key];
  }
  return diff;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
  }
  return a === b;
}
