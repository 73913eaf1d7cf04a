/**
 * The page cache: what content scripts read from storage.local without waking the worker (see
 * core/settings/page-view.ts): the page view, one key per site rule, and the compiled terms of
 * every enabled glossary with the muted entries left out. Rewritten whenever the settings or the
 * glossaries change, and on install and browser start; the terms are compiled again only when what
 * they are made of changed. Content scripts never read the settings themselves.
 */
import { compileTerms, decodeMatcher, MATCHER_FORMAT, MATCHER_VERSION, termSourcesFromEntries, type StoredMatcher } from '../core/match/index.ts';
import type { PageData } from '../core/messages/index.ts';
import {
  newSalt,
  pageSettingsOf,
  pageViewOf,
  ruleFor,
  ruleItems,
  LATIN_TERMS_KEY,
  NO_LATIN_PART,
  RULE_PREFIX,
  siteKey,
  TERMS_KEY,
  VIEW_KEY,
  type PageView,
  type Settings,
} from '../core/settings/index.ts';
import { isSettingsChange } from '../core/settings/index.ts';
import type { EventPort, Logger, StorageAreaPort } from './browser-api.ts';
import { createSerialQueue } from './serial-queue.ts';
import type { Glossaries } from './glossaries/store.ts';
import type { SettingsStore } from './settings-store.ts';

/** What the stored terms were compiled from (glossaries, their order, the muted list): recompile only when it changes. */
const INPUTS_KEY = 'gloss.termsInputs';
/** The rule keys written last time (salted, no site names), so stale ones can go. */
const RULE_KEYS_KEY = 'gloss.ruleKeys';

export interface PageCache {
  /** Writes the cache from the current settings and glossaries (serialised: the last call wins). */
  refresh(): Promise<void>;
  /** For getPageData: the page's settings and terms, refreshing the cache on the way. */
  dataFor(url: string | undefined): Promise<PageData>;
  /** The compiled terms now in force (the selection menu matches with them too). */
  terms(): Promise<StoredMatcher>;
}

export interface PageCacheDeps {
  store: SettingsStore;
  local: StorageAreaPort;
  glossaries: Pick<Glossaries, 'active' | 'stateKey'>;
  random: (bytes: Uint8Array) => Uint8Array;
  log?: Logger;
}

interface Compiled {
  /** What the terms were compiled from (INPUTS_KEY). */
  inputs: string;
  terms: StoredMatcher;
  /** Their Latin-script part, which most pages read instead; null where it would save little. */
  latin: StoredMatcher | null;
  /** storage.local holds these very terms (read from there, or written since). */
  inStorage: boolean;
}

export function createPageCache({ store, local, glossaries, random, log = console }: PageCacheDeps): PageCache {
  const queue = createSerialQueue();
  // The last compilation, in memory while the worker lives, in storage across its restarts.
  let compiled: Compiled | null = null;

  const inputsOf = async (settings: Settings): Promise<string> => `${await glossaries.stateKey()}|muted:${[...settings.muted].sort().join(',')}`;

  /** The enabled glossaries, highest first, compiled without the muted entries. */
  const compileNow = async (settings: Settings): Promise<{ whole: StoredMatcher; latin: StoredMatcher | null }> => {
    const off = new Set(settings.muted);
    const entries = (await glossaries.active()).flatMap((g) => g.entries.filter((e) => !off.has(e.id)));
    return compileTerms(termSourcesFromEntries(entries));
  };

  const termsFor = async (settings: Settings): Promise<Compiled> => {
    const inputs = await inputsOf(settings);
    if (compiled?.inputs === inputs) return compiled;
    const stored = await local.get([INPUTS_KEY, TERMS_KEY, LATIN_TERMS_KEY]);
    let terms: StoredMatcher | null = null;
    // undefined: no usable part stored, nor a note that there is none.
    let latin: StoredMatcher | null | undefined;
    if (stored[INPUTS_KEY] === inputs) {
      terms = usableMatcher(stored[TERMS_KEY]);
      if (terms === null) log.warn('Gloss: the stored terms are unreadable; compiling them again');
      const part = stored[LATIN_TERMS_KEY];
      if (part === NO_LATIN_PART) latin = null;
      else {
        // Missing (stored by a build before the parts) or of other terms: compiled again, quietly.
        const usable = usableMatcher(part);
        latin = usable?.part === 'latin' && usable.stamp === terms?.stamp ? usable : undefined;
      }
    }
    if (terms && latin !== undefined) compiled = { inputs, terms, latin, inStorage: true };
    else {
      const { whole, latin: part } = await compileNow(settings);
      compiled = { inputs, terms: whole, latin: part, inStorage: false };
    }
    return compiled;
  };

  const write = async (settings: Settings): Promise<void> => {
    const stored = await local.get([VIEW_KEY, INPUTS_KEY, RULE_KEYS_KEY]);
    const previous = stored[VIEW_KEY] as Partial<PageView> | undefined;
    const salt = typeof previous?.salt === 'string' && previous.salt.length >= 8 ? previous.salt : newSalt(random);
    const rules = ruleItems(settings, salt);
    const ruleKeys = Object.keys(rules);
    const before = Array.isArray(stored[RULE_KEYS_KEY]) ? (stored[RULE_KEYS_KEY] as unknown[]).filter((k): k is string => typeof k === 'string') : [];
    const stale = before.filter((key) => key.startsWith(RULE_PREFIX) && !(key in rules));
    const current = await termsFor(settings);
    const { terms, latin, inputs } = current;
    // The terms first: a page that sees the new view's stamp must find them, whole and in part.
    if (!current.inStorage || previous?.terms !== terms.stamp || stored[INPUTS_KEY] !== inputs) {
      await local.set({ [TERMS_KEY]: terms, [LATIN_TERMS_KEY]: latin ?? NO_LATIN_PART, [INPUTS_KEY]: inputs });
      current.inStorage = true;
    }
    // Then what changed of the view and its rules, in one set, so a page reading meanwhile sees the
    // old or the new view with its rules. Nothing unchanged is written: every write wakes every
    // open tab (storage.onChanged), and most refreshes (browser start, a switch that was already
    // on) change nothing a page sees.
    const view = pageViewOf(settings, salt, terms.stamp);
    const storedRules = ruleKeys.length === 0 ? {} : await local.get(ruleKeys);
    const items: Record<string, unknown> = {};
    if (!sameFields(previous, view)) items[VIEW_KEY] = view;
    if (JSON.stringify(stored[RULE_KEYS_KEY]) !== JSON.stringify(ruleKeys)) items[RULE_KEYS_KEY] = ruleKeys;
    for (const [key, rule] of Object.entries(rules)) if (storedRules[key] !== rule) items[key] = rule;
    if (Object.keys(items).length > 0) await local.set(items);
    if (stale.length > 0) await local.remove(stale);
  };

  const cache: PageCache = {
    refresh: () =>
      queue.run(async () => {
        try {
          await write(await store.get());
        } catch (error) {
          log.warn('Gloss: could not write the page cache', error);
        }
      }),
    async dataFor(url) {
      const settings = await store.get();
      void cache.refresh();
      const site = url === undefined ? null : siteKey(url);
      const rule = site === null ? null : (ruleFor(settings, site)?.rule ?? null);
      return { site, settings: pageSettingsOf(settings, rule), terms: (await termsFor(settings)).terms };
    },
    terms: async () => (await termsFor(await store.get())).terms,
  };
  return cache;
}

/** The same fields with the same values (key order aside): the stored view needs no rewrite. */
function sameFields(stored: unknown, next: PageView): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const old = stored as Record<string, unknown>;
  return Object.keys(old).length === Object.keys(next).length && Object.entries(next).every(([key, value]) => JSON.stringify(old[key]) === JSON.stringify(value));
}

/**
 * Terms read back after a restart, if they decode. A damaged copy that kept its outline (and its
 * stamp) would otherwise be handed to every page and to the selection menu until the glossaries
 * changed; it is compiled again instead.
 */
function usableMatcher(value: unknown): StoredMatcher | null {
  const v = value as Partial<StoredMatcher> | null;
  if (typeof v !== 'object' || v === null || v.format !== MATCHER_FORMAT || v.version !== MATCHER_VERSION || typeof v.stamp !== 'string') return null;
  try {
    decodeMatcher(v as StoredMatcher);
    return v as StoredMatcher;
  } catch {
    return null;
  }
}

type SetAccessLevel = (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;

/** Chrome can close an area to content scripts (setAccessLevel); Firefox has it only for session. */
function accessLevelSetter(area: object | undefined): SetAccessLevel | null {
  const fn: unknown = area === undefined ? undefined : Reflect.get(area, 'setAccessLevel');
  return typeof fn === 'function' ? (options) => Promise.resolve(Reflect.apply(fn, area, [options]) as unknown).then(() => undefined) : null;
}

export interface PageCacheEvents {
  onInstalled: EventPort<() => void>;
  onStartup: EventPort<() => void>;
  onStorageChanged: EventPort<(changes: Record<string, unknown>, area: string) => void>;
  pageCache: PageCache;
  /** Areas content scripts never need (the settings in sync): closed to them where the browser can. */
  restrictToExtension: ReadonlyArray<object | undefined>;
  log?: Logger;
}

/**
 * Keeps the cache current: on install and browser start (the worker may have missed changes
 * synced from another device while the browser was closed), and on every settings change,
 * whoever wrote it. Content scripts follow through their own storage.onChanged.
 */
export function registerPageCache({ onInstalled, onStartup, onStorageChanged, pageCache, restrictToExtension, log = console }: PageCacheEvents): void {
  const start = (): void => {
    void pageCache.refresh();
    for (const area of restrictToExtension) {
      accessLevelSetter(area)?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((error: unknown) => log.warn('Gloss: could not close a storage area to content scripts', error));
    }
  };
  onInstalled.addListener(start);
  onStartup.addListener(start);
  onStorageChanged.addListener((changes, area) => {
    if (isSettingsChange(changes, area)) void pageCache.refresh();
  });
}
