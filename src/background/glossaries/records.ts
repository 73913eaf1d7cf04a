/**
 * What the background keeps of each glossary: the validated entries (ids as the file wrote them),
 * the file exactly as imported (export gives it back), and a hash that says when it changed. The
 * registry says which glossaries are on and in what order: order is priority.
 */
import type { GlossaryHeader } from '../../core/facts/glossary.ts';
import type { Entry } from '../../core/facts/types.ts';

export interface GlossaryRecord {
  id: string;
  header: GlossaryHeader;
  entries: Entry[];
  /** The imported file's text, unchanged. */
  source: string;
  /** The file name it was imported from (suggested again on export). */
  fileName: string;
  hash: string;
  importedAt: string;
}

export interface RegistryItem {
  id: string;
  enabled: boolean;
}

/** Where records and the registry live (IndexedDB in the worker; a Map in tests). */
export interface GlossaryDb {
  getRegistry(): Promise<RegistryItem[] | undefined>;
  get(id: string): Promise<GlossaryRecord | undefined>;
  /** Writes the record and the registry in one transaction: both or neither. */
  put(record: GlossaryRecord, registry: RegistryItem[]): Promise<void>;
  /** Deletes the record and writes the registry in one transaction. */
  delete(id: string, registry: RegistryItem[]): Promise<void>;
  setRegistry(registry: RegistryItem[]): Promise<void>;
}
