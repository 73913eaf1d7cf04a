// The parts of the background worker that hold data, built over fake storage and an in-memory
// glossary database the way main.ts builds them over the browser's: the settings store, the
// glossaries (the test built-in glossary plus whatever a test imports), the page cache and the
// search. Passing the same storage and database again is a worker that restarted.
import { createGlossaries, type Glossaries } from '../../../src/background/glossaries/store.ts';
import { createPageCache, type PageCache } from '../../../src/background/page-cache.ts';
import { createSearchService, type SearchService } from '../../../src/background/search-service.ts';
import { createSettingsStore, type SettingsStore } from '../../../src/background/settings-store.ts';
import { FakeEvent, FakeStorageArea, makeLog } from './fakes.ts';
import { memoryGlossaryDb, type MemoryGlossaryDb } from './glossary-files.ts';
import { testBuiltin } from './test-entries.ts';

export interface WorkerStorage {
  sync: FakeStorageArea;
  local: FakeStorageArea;
  db: MemoryGlossaryDb;
}

export interface WorkerParts extends WorkerStorage {
  store: SettingsStore;
  glossaries: Glossaries;
  pageCache: PageCache;
  search: SearchService;
  log: ReturnType<typeof makeLog>;
}

export function newStorage(initialSync: Record<string, unknown> = {}): WorkerStorage {
  return { sync: new FakeStorageArea(initialSync, undefined, undefined, 'sync'), local: new FakeStorageArea(), db: memoryGlossaryDb() };
}

/** One start of the worker over `storage` (new storage by default). */
export function workerParts(storage: WorkerStorage = newStorage()): WorkerParts {
  const log = makeLog();
  const store = createSettingsStore({ sync: storage.sync, local: storage.local, log });
  const glossaries = createGlossaries(storage.db, testBuiltin());
  // A fixed salt source: the rule keys are the same on every run.
  const pageCache = createPageCache({ store, local: storage.local, glossaries, random: (bytes) => bytes.fill(42), log });
  return { ...storage, store, glossaries, pageCache, search: createSearchService(glossaries), log };
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** browser.storage.onChanged: one event for both areas, fired after each write that changed something. */
export function storageChanged(storage: WorkerStorage): FakeEvent<(changes: StorageChanges, area: string) => void> {
  const event = new FakeEvent<(changes: StorageChanges, area: string) => void>();
  for (const area of [storage.sync, storage.local]) area.onChanged.addListener((changes, name) => event.fire(changes, name));
  return event;
}
