/**
 * Where the settings live in the browser's storage areas. Pure, so that the background (which
 * writes) and the tests agree on it without a browser.
 *
 * Writing: `version` plus the keys that differ from the defaults go to storage.sync; keys back at
 * their default are removed. If sync is missing or refuses the write (quota: 8 KB per item,
 * 100 KB in all), the same items go to storage.local together with LOCAL_MARKER.
 * Reading: while storage.local holds LOCAL_MARKER, the newest settings are the ones in local;
 * otherwise they are the ones in sync (or in local when sync cannot be read at all). A later
 * successful write to sync removes the local copy and its marker.
 * Keys that are not settings are never written or removed, so data of a newer Gloss survives.
 */
import { SETTINGS_KEYS, isSettingsKey, type Settings } from './model.ts';
import { diffFromDefaults } from './parse.ts';

/** Present in storage.local while the settings there are newer than the ones in sync. */
export const LOCAL_MARKER = 'glossSettingsInLocal';

type AreaName = 'sync' | 'local';

export interface StoredRecord {
  area: AreaName;
  /** The stored keys, marker removed: the input of parseSettings. */
  record: Record<string, unknown>;
}

/** `sync` is null when the sync area is missing or could not be read. */
export function chooseStoredRecord(sync: Record<string, unknown> | null, local: Record<string, unknown>): StoredRecord {
  if (LOCAL_MARKER in local || sync === null) {
    const { [LOCAL_MARKER]: _marker, ...record } = local;
    return { area: 'local', record };
  }
  return { area: 'sync', record: sync };
}

export interface StorageWrite {
  set: Record<string, unknown>;
  remove: string[];
}

/** The items to store for these settings, and the settings keys to remove (back at their default). */
export function toStorageWrite(settings: Settings): StorageWrite {
  const diff = diffFromDefaults(settings);
  const set: Record<string, unknown> = { version: settings.version, ...diff };
  const remove = SETTINGS_KEYS.filter((key) => key !== 'version' && !(key in diff));
  return { set, remove };
}

/** Keys to remove from local once sync holds the settings again. */
export function localCopyKeys(): string[] {
  return [LOCAL_MARKER, ...SETTINGS_KEYS];
}

/**
 * Whether a storage.onChanged event touches the settings. A content script that sees true asks the
 * background for the settings again (getSettings) and re-evaluates itself.
 */
export function isSettingsChange(changes: Record<string, unknown>, areaName: string): boolean {
  if (areaName !== 'sync' && areaName !== 'local') return false;
  return Object.keys(changes).some((key) => key === LOCAL_MARKER || isSettingsKey(key));
}
