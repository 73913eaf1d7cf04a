/**
 * The page cache: what content scripts read from storage.local without waking the worker (see
 * core/settings/page-view.ts): the page view, one key per site rule, and the terms to look for
 * with the muted entries left out. Rewritten whenever the settings change, and on install and
 * browser start. Content scripts never read the settings themselves.
 */
import type { Entry } from '../core/facts/types.ts';
import { compile, encodeMatcher, termSourcesFromEntries, type StoredMatcher } from '../core/match/index.ts';
import type { PageData } from '../core/messages/index.ts';
import {
  newSalt,
  pageSettingsOf,
  pageViewOf,
  ruleFor,
  ruleItems,
  RULE_PREFIX,
  siteKey,
  VIEW_KEY,
  type PageView,
  type Settings,
} from '../core/settings/index.ts';
import { isSettingsChange } from '../core/settings/index.ts';
import type { EventPort, Logger, StorageAreaPort } from './browser-api.ts';
import { createSerialQueue } from './serial-queue.ts';
import type { SettingsStore } from './settings-store.ts';

export const TERMS_KEY = 'gloss.terms';

export interface PageCache {
  /** Writes the cache from the current settings (serialised: the last call wins). */
  refresh(): Promise<void>;
  /** For getPageData: the page's settings and terms, refreshing the cache on the way. */
  dataFor(url: string | undefined): Promise<PageData>;
}

export interface PageCacheDeps {
  store: SettingsStore;
  local: StorageAreaPort;
  entries: readonly Entry[];
  random: (bytes: Uint8Array) => Uint8Array;
  log?: Logger;
}

export function createPageCache({ store, local, entries, random, log = console }: PageCacheDeps): PageCache {
  const queue = createSerialQueue();
  // Compiling is cheap for the built-in facts but not free; the same muted list gives the same terms.
  let compiled: { muted: string; terms: StoredMatcher } | null = null;

  const termsFor = (settings: Settings): StoredMatcher => {
    const muted = [...settings.muted].sort().join('\n');
    if (compiled?.muted !== muted) {
      const off = new Set(settings.muted);
      compiled = { muted, terms: encodeMatcher(compile(termSourcesFromEntries(entries.filter((e) => !off.has(e.id))))) };
    }
    return compiled.terms;
  };

  const write = async (settings: Settings): Promise<void> => {
    const all = await local.get(null);
    const previous = all[VIEW_KEY] as Partial<PageView> | undefined;
    const salt = typeof previous?.salt === 'string' && previous.salt.length >= 8 ? previous.salt : newSalt(random);
    const rules = ruleItems(settings, salt);
    const stale = Object.keys(all).filter((key) => key.startsWith(RULE_PREFIX) && !(key in rules));
    const terms = termsFor(settings);
    // The terms first: a page that sees the new view's stamp must find them. Then the view and its
    // rules in one set, so a page reading meanwhile sees the old or the new view with its rules.
    const stored = previous?.terms === terms.stamp ? null : { [TERMS_KEY]: terms };
    if (stored) await local.set(stored);
    await local.set({ [VIEW_KEY]: pageViewOf(settings, salt, terms.stamp), ...rules });
    if (stale.length > 0) await local.remove(stale);
  };

  return {
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
      void this.refresh();
      const site = url === undefined ? null : siteKey(url);
      const rule = site === null ? null : (ruleFor(settings, site)?.rule ?? null);
      return { site, settings: pageSettingsOf(settings, rule), terms: termsFor(settings) };
    },
  };
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
