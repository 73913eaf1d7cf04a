/**
 * The only writer of the settings. Layout in storage (sync first, local as the fallback) is
 * described in src/core/settings/storage-layout.ts. Nothing is cached in memory: MV3 stops an
 * idle worker at any time, so every operation reads storage afresh, inside the serial queue.
 */
import {
  chooseStoredRecord,
  isSettingsKey,
  localCopyKeys,
  LOCAL_MARKER,
  parseSettings,
  toStorageWrite,
  type Settings,
} from '../core/settings/index.ts';
import type { EventPort, Logger, StorageAreaPort } from './browser-api.ts';
import { createSerialQueue } from './serial-queue.ts';

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Reads, applies `change` and writes, with no other operation in between. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
}

export interface SettingsStoreOptions {
  /** Undefined where the browser has no sync area. */
  sync: StorageAreaPort | undefined;
  local: StorageAreaPort;
  log?: Logger;
}

/** The page cache's keys in storage.local (page-cache.ts): never settings. */
const PAGE_CACHE_PREFIX = 'gloss.';

export function createSettingsStore({ sync, local, log = console }: SettingsStoreOptions): SettingsStore {
  const queue = createSerialQueue();
  let lastWarnings = '';

  async function readSync(): Promise<Record<string, unknown> | null> {
    if (!sync) return null;
    try {
      return await sync.get(null);
    } catch (error) {
      log.warn('Gloss: storage.sync cannot be read; using storage.local', error);
      return null;
    }
  }

  /**
   * storage.local matters only while it holds the settings (the marker) or sync cannot be read; it
   * also holds the page cache (a megabyte of compiled terms), which is not read for nothing.
   */
  async function readLocal(syncItems: Record<string, unknown> | null, marker: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (syncItems !== null && !(LOCAL_MARKER in marker)) return {};
    const items = await local.get(null);
    return Object.fromEntries(Object.entries(items).filter(([key]) => !key.startsWith(PAGE_CACHE_PREFIX)));
  }

  async function load(): Promise<Settings> {
    const [syncItems, marker] = await Promise.all([readSync(), local.get([LOCAL_MARKER])]);
    const localItems = await readLocal(syncItems, marker);
    const { record } = chooseStoredRecord(syncItems, localItems);
    const parsed = parseSettings(record);
    const warnings = parsed.warnings.join('\n');
    if (warnings !== '' && warnings !== lastWarnings) log.warn(`Gloss: stored settings repaired on reading:\n${warnings}`);
    lastWarnings = warnings;
    if (parsed.migratedFrom !== null) {
      // Keys a migration consumed (v1's disabledSites) would otherwise linger as unknown keys.
      const consumed = Object.keys(record).filter((key) => !isSettingsKey(key) && !(key in parsed.unknown));
      await save(parsed.settings, consumed);
    }
    return parsed.settings;
  }

  async function save(settings: Settings, alsoRemove: string[] = []): Promise<void> {
    const write = toStorageWrite(settings);
    const remove = [...write.remove, ...alsoRemove];
    if (sync) {
      try {
        await sync.set(write.set);
        await sync.remove(remove);
        const localItems = await local.get(LOCAL_MARKER);
        if (LOCAL_MARKER in localItems) await local.remove([...localCopyKeys(), ...alsoRemove]);
        return;
      } catch (error) {
        // Quota (8 KB per item, 100 KB in all, 120 writes a minute) or sync switched off.
        log.warn('Gloss: storage.sync refused the settings; keeping them in storage.local', error);
      }
    }
    await local.set({ ...write.set, [LOCAL_MARKER]: true });
    await local.remove(remove);
  }

  return {
    get: () => queue.run(load),
    update: (change) =>
      queue.run(async () => {
        const next = change(await load());
        await save(next);
        return next;
      }),
  };
}

/** On install and update, read once: that runs the migrations and writes the result back. */
export function registerMigrationOnInstall(onInstalled: EventPort<() => void>, store: SettingsStore, log: Logger = console): void {
  onInstalled.addListener(() => {
    store.get().catch((error: unknown) => log.warn('Gloss: migrating the settings failed', error));
  });
}
