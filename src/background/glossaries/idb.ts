/**
 * The glossaries in IndexedDB. Chosen over storage.local with `unlimitedStorage`: no new
 * permission (and no new install warning) for files up to 20 MB, transactions so a failed import
 * leaves everything as it was, structured clone instead of JSON for large entry lists, and content
 * scripts cannot read the extension's IndexedDB at all, which keeps imported glossaries away from
 * pages. The `idb` library wraps the request API in promises.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { GlossaryDb, GlossaryRecord, RegistryItem } from './records.ts';

interface GlossSchema extends DBSchema {
  glossaries: { key: string; value: GlossaryRecord };
  meta: { key: string; value: RegistryItem[] };
}

const REGISTRY = 'registry';

export function indexedDbGlossaries(name = 'gloss'): GlossaryDb {
  let db: Promise<IDBPDatabase<GlossSchema>> | null = null;
  const open = (): Promise<IDBPDatabase<GlossSchema>> =>
    (db ??= openDB<GlossSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('glossaries', { keyPath: 'id' });
        database.createObjectStore('meta');
      },
    }));
  return {
    async getRegistry() {
      return (await open()).get('meta', REGISTRY);
    },
    async get(id) {
      return (await open()).get('glossaries', id);
    },
    async put(record, registry) {
      const tx = (await open()).transaction(['glossaries', 'meta'], 'readwrite');
      await Promise.all([tx.objectStore('glossaries').put(record), tx.objectStore('meta').put(registry, REGISTRY), tx.done]);
    },
    async delete(id, registry) {
      const tx = (await open()).transaction(['glossaries', 'meta'], 'readwrite');
      await Promise.all([tx.objectStore('glossaries').delete(id), tx.objectStore('meta').put(registry, REGISTRY), tx.done]);
    },
    async setRegistry(registry) {
      await (await open()).put('meta', registry, REGISTRY);
    },
  };
}
