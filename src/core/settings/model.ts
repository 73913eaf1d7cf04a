/**
 * The reader's settings: their type, the allowed values and the defaults.
 * The background worker is the only writer (see src/background/settings-store.ts).
 */
import * as v from 'valibot';
import { CATEGORIES, ENTRY_ID } from '../facts/vocabulary.ts';
import { CURRENT_VERSION } from './version.ts';
import { HIGHLIGHT_STYLES, MENTION_MODES, SITE_MODES, SITE_RULES } from './values.ts';

export { CURRENT_VERSION };

export * from './values.ts';

/** Below 100 ms a card flashes up as the pointer merely crosses a word; above 2 s it feels broken. */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;

/**
 * One schema per stored key. parse.ts reads each key on its own with these (a corrupt key falls
 * back to its default, the others stay), and the message protocol builds its patch schema from them.
 */
export const SettingsSchemas = {
  /** Format version of the stored data; CURRENT_VERSION, or higher when a newer Gloss wrote it. */
  version: v.pipe(v.number(), v.integer()),
  enabled: v.boolean(),
  siteMode: v.picklist(SITE_MODES),
  /** Site key (see siteKey) → rule. A rule for "example.com" also covers its subdomains. */
  sites: v.record(v.string(), v.picklist(SITE_RULES)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  mentions: v.picklist(MENTION_MODES),
  hoverDelayMs: v.pipe(v.number(), v.finite()),
  /** Categories switched off; every other category is on, so new categories start on. */
  categoriesOff: v.array(v.picklist(CATEGORIES)),
  /** Entry ids the reader does not want marked. */
  muted: v.array(v.pipe(v.string(), v.regex(ENTRY_ID))),
};

export type Settings = v.InferOutput<v.ObjectSchema<typeof SettingsSchemas, undefined>>;

/** The settings a reader can change in one go from the popup or the options page. */
export type SettingsPatch = Partial<
  Pick<Settings, 'enabled' | 'siteMode' | 'highlightStyle' | 'mentions' | 'hoverDelayMs' | 'categoriesOff'>
>;

export function defaultSettings(): Settings {
  return {
    version: CURRENT_VERSION,
    enabled: true,
    siteMode: 'articles',
    sites: {},
    highlightStyle: 'underline',
    mentions: 'first',
    hoverDelayMs: 300,
    categoriesOff: [],
    muted: [],
  };
}

/** Every stored key that belongs to the settings (the rest of a storage area is kept untouched). */
export const SETTINGS_KEYS = [
  'version',
  'enabled',
  'siteMode',
  'sites',
  'highlightStyle',
  'mentions',
  'hoverDelayMs',
  'categoriesOff',
  'muted',
] as const satisfies ReadonlyArray<keyof Settings>;

export function isSettingsKey(key: string): key is keyof Settings {
  return (SETTINGS_KEYS as readonly string[]).includes(key);
}

export function clampHoverDelay(ms: number): number {
  return Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(ms)));
}
