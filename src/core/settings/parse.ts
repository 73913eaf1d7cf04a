/**
 * Reading stored settings: migrate, then check each key on its own. A corrupt or foreign value
 * resets only that key to its default, with a warning; keys this version does not know are
 * returned as they are, so the storage layer keeps them.
 */
import { CATEGORIES, type Category } from '../facts/types.ts';
import { describe, runMigrations } from './migrations.ts';
import {
  CURRENT_VERSION,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MENTION_MODES,
  SETTINGS_KEYS,
  SITE_MODES,
  SITE_RULES,
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

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

function readField(settings: Settings, key: Exclude<keyof Settings, 'version'>, value: unknown, warn: Warn): void {
  const reset = (what: string): void => warn(`${key}: ${describe(value)} is not ${what}; reset to the default`);
  switch (key) {
    case 'enabled':
      if (typeof value === 'boolean') settings.enabled = value;
      else reset('true or false');
      return;
    case 'siteMode':
      if (isOneOf(SITE_MODES, value)) settings.siteMode = value;
      else reset(`one of ${SITE_MODES.join(', ')}`);
      return;
    case 'highlightStyle':
      if (isOneOf(HIGHLIGHT_STYLES, value)) settings.highlightStyle = value;
      else reset(`one of ${HIGHLIGHT_STYLES.join(', ')}`);
      return;
    case 'mentions':
      if (isOneOf(MENTION_MODES, value)) settings.mentions = value;
      else reset(`one of ${MENTION_MODES.join(', ')}`);
      return;
    case 'hoverDelayMs':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        reset('a number of milliseconds');
      } else {
        settings.hoverDelayMs = clampHoverDelay(value);
        if (settings.hoverDelayMs !== value) {
          warn(`hoverDelayMs: ${value} is outside ${HOVER_DELAY_MIN_MS}–${HOVER_DELAY_MAX_MS} ms; using ${settings.hoverDelayMs}`);
        }
      }
      return;
    case 'sites':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) settings.sites = readSites(value as Record<string, unknown>, warn);
      else reset('a map of site rules');
      return;
    case 'categoriesOff':
      if (Array.isArray(value)) settings.categoriesOff = readList(value, key, (item): item is Category => isOneOf(CATEGORIES, item), warn);
      else reset('a list of categories');
      return;
    case 'muted':
      if (Array.isArray(value)) settings.muted = readList(value, key, (item): item is string => typeof item === 'string' && ENTRY_ID.test(item), warn);
      else reset('a list of entry ids');
      return;
  }
}

function readSites(value: Record<string, unknown>, warn: Warn): Record<string, SiteRule> {
  const sites: Record<string, SiteRule> = {};
  for (const [site, rule] of Object.entries(value)) {
    const key = siteKeyFromInput(site);
    if (key === null) {
      warn(`sites: ${describe(site)} is not a site; dropped its rule`);
    } else if (!isOneOf(SITE_RULES, rule)) {
      warn(`sites: the rule for ${key} is ${describe(rule)}, not on or off; dropped it`);
    } else {
      if (key !== site) warn(`sites: ${describe(site)} stored as ${key}`);
      sites[key] = rule;
    }
  }
  return sites;
}

function readList<T extends string>(value: unknown[], key: string, accept: (item: unknown) => item is T, warn: Warn): T[] {
  const seen = new Set<T>();
  for (const item of value) {
    if (accept(item)) seen.add(item);
    else warn(`${key}: dropped ${describe(item)}`);
  }
  return [...seen];
}

export function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** The keys whose value differs from the default: all that needs to be stored. Never `version`. */
export function diffFromDefaults(settings: Settings): Partial<Settings> {
  const defaults = defaultSettings();
  const diff: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    if (key === 'version') continue;
    if (!sameValue(settings[key], defaults[key])) diff[key] = settings[key];
  }
  return diff as Partial<Settings>;
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
