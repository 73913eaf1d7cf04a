/**
 * Every glossary the reader has: the built-in one (bundled, always present, may be switched off but
 * not removed) and the imported ones (IndexedDB, see idb.ts), in the reader's order of priority.
 * The background is their only writer; everything else asks it (message-router.ts).
 */
import { BUILTIN_GLOSSARY_ID, MAX_GLOSSARY_BYTES, namespaced, validateGlossary, type GlossaryHeader } from '../../core/facts/glossary.ts';
import { formatIssue } from '../../core/facts/issues.ts';
import type { Entry } from '../../core/facts/types.ts';
import { hash53 } from '../../core/hash.ts';
import type { EntryView, GlossaryInfo, ImportOutcome } from '../../core/messages/index.ts';
import { createSerialQueue } from '../serial-queue.ts';
import type { GlossaryDb, GlossaryRecord, RegistryItem } from './records.ts';
import { shadowedCounts } from './overlaps.ts';

export interface BuiltinGlossary {
  header: GlossaryHeader;
  entries: Entry[];
}

interface ActiveGlossary {
  id: string;
  name: string;
  /** Ids namespaced (namespacedId), so two glossaries' entries never collide. */
  entries: Entry[];
}

/** A refused file shows this many problems, and how many there were in all. */
export const SHOWN_PROBLEMS = 20;

export interface Glossaries {
  list(): Promise<GlossaryInfo[]>;
  /** The enabled glossaries, highest first. */
  active(): Promise<ActiveGlossary[]>;
  import(fileName: string, text: string, today: string): Promise<ImportOutcome>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  move(id: string, direction: 'up' | 'down'): Promise<void>;
  remove(id: string): Promise<void>;
  exportFile(id: string): Promise<{ fileName: string; text: string } | null>;
  entry(id: string): Promise<EntryView | null>;
  /** Changes whenever the active glossaries, their contents or their order do. */
  stateKey(): Promise<string>;
}

interface State {
  registry: RegistryItem[];
  records: Map<string, GlossaryRecord>;
}

export function createGlossaries(db: GlossaryDb, builtin: BuiltinGlossary): Glossaries {
  const queue = createSerialQueue();
  const builtinById = new Map(builtin.entries.map((e) => [e.id, e]));
  const builtinHash = hash53(JSON.stringify(builtin.entries));
  // The state as last read, as a promise: every reader shares one read, and a write that lands
  // while a read is under way drops it (changed), so a read begun before a write can never store
  // what it saw after the write has finished.
  let cache: Promise<State> | null = null;

  const read = async (): Promise<State> => {
    const stored = (await db.getRegistry()) ?? [];
    const registry = stored.some((r) => r.id === BUILTIN_GLOSSARY_ID) ? stored : [{ id: BUILTIN_GLOSSARY_ID, enabled: true }, ...stored];
    const records = new Map<string, GlossaryRecord>();
    for (const item of registry) {
      if (item.id === BUILTIN_GLOSSARY_ID) continue;
      const record = await db.get(item.id);
      if (record) records.set(item.id, record);
    }
    return { registry: registry.filter((r) => r.id === BUILTIN_GLOSSARY_ID || records.has(r.id)), records };
  };
  const load = (): Promise<State> => {
    if (cache) return cache;
    const reading = read();
    cache = reading;
    // A failed read is not kept: the next call tries again.
    reading.catch(() => {
      if (cache === reading) cache = null;
    });
    return reading;
  };
  const changed = (): void => {
    cache = null;
  };

  const headerOf = (id: string, records: Map<string, GlossaryRecord>): GlossaryHeader | undefined =>
    id === BUILTIN_GLOSSARY_ID ? builtin.header : records.get(id)?.header;
  const entriesOf = (id: string, records: Map<string, GlossaryRecord>): Entry[] => {
    if (id === BUILTIN_GLOSSARY_ID) return builtin.entries;
    const record = records.get(id);
    return record ? namespaced({ ...record.header, entries: record.entries }) : [];
  };

  const glossaries: Glossaries = {
    async list() {
      const { registry, records } = await load();
      const shadows = shadowedCounts(registry.filter((r) => r.enabled).map((r) => ({ id: r.id, entries: entriesOf(r.id, records) })));
      return registry.flatMap((item) => {
        const header = headerOf(item.id, records);
        if (!header) return [];
        const shadowedBy = (shadows.get(item.id) ?? []).map((s) => ({ ...s, name: headerOf(s.id, records)?.name ?? s.id }));
        return [{ ...header, entryCount: entriesOf(item.id, records).length, enabled: item.enabled, builtin: item.id === BUILTIN_GLOSSARY_ID, shadowedBy }];
      });
    },

    async active() {
      const { registry, records } = await load();
      return registry.filter((r) => r.enabled).map((r) => ({ id: r.id, name: headerOf(r.id, records)?.name ?? r.id, entries: entriesOf(r.id, records) }));
    },

    import: (fileName, text, today) =>
      queue.run(async (): Promise<ImportOutcome> => {
        const refuse = (problem: string): ImportOutcome => ({ ok: false, problems: [`${fileName}: ${problem}`], total: 1 });
        if (new TextEncoder().encode(text).length > MAX_GLOSSARY_BYTES) return refuse(`is larger than ${MAX_GLOSSARY_BYTES / 1024 / 1024} MB; Gloss does not import a file that size`);
        let raw: unknown;
        try {
          // A byte order mark (Windows editors write one) is not part of the JSON; the file keeps it on export.
          raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
        } catch (error) {
          return refuse(`is not a glossary: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        }
        const { glossary, errors } = validateGlossary(raw, { file: fileName, today });
        if (!glossary) return { ok: false, problems: errors.slice(0, SHOWN_PROBLEMS).map(formatIssue), total: errors.length };
        const { entries, ...header } = glossary;
        const { registry } = await load();
        const replaced = registry.some((r) => r.id === header.id);
        const record: GlossaryRecord = { id: header.id, header, entries, source: text, fileName, hash: hash53(text), importedAt: today };
        // A new glossary comes in at the bottom, switched on: it never takes a term from one the reader already has.
        const next = replaced ? registry : [...registry, { id: header.id, enabled: true }];
        await db.put(record, next);
        changed();
        const info = (await glossaries.list()).find((g) => g.id === header.id);
        if (!info) throw new Error(`the glossary "${header.id}" was stored but cannot be read back`);
        return { ok: true, glossary: info, replaced };
      }),

    setEnabled: (id, enabled) =>
      queue.run(async () => {
        const { registry } = await load();
        await db.setRegistry(registry.map((r) => (r.id === id ? { ...r, enabled } : r)));
        changed();
      }),

    move: (id, direction) =>
      queue.run(async () => {
        const { registry } = await load();
        const at = registry.findIndex((r) => r.id === id);
        const to = direction === 'up' ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= registry.length) return;
        const next = [...registry];
        [next[at], next[to]] = [next[to] as RegistryItem, next[at] as RegistryItem];
        await db.setRegistry(next);
        changed();
      }),

    remove: (id) =>
      queue.run(async () => {
        if (id === BUILTIN_GLOSSARY_ID) throw new Error('the built-in glossary can be switched off but not removed');
        const { registry } = await load();
        await db.delete(id, registry.filter((r) => r.id !== id));
        changed();
      }),

    async exportFile(id) {
      if (id === BUILTIN_GLOSSARY_ID) return null;
      const { records } = await load();
      const record = records.get(id);
      return record ? { fileName: record.fileName, text: record.source } : null;
    },

    async entry(id) {
      const slash = id.indexOf('/');
      if (slash < 0) {
        const entry = builtinById.get(id);
        return entry ? { entry, glossary: { id: BUILTIN_GLOSSARY_ID, name: builtin.header.name, builtin: true } } : null;
      }
      const { records } = await load();
      const record = records.get(id.slice(0, slash));
      const local = id.slice(slash + 1);
      const found = record?.entries.find((e) => e.id === local);
      if (!record || !found) return null;
      const [entry] = namespaced({ ...record.header, entries: [found] });
      return entry ? { entry, glossary: { id: record.id, name: record.header.name, builtin: false } } : null;
    },

    async stateKey() {
      const { registry, records } = await load();
      return registry
        .filter((r) => r.enabled)
        .map((r) => `${r.id}:${r.id === BUILTIN_GLOSSARY_ID ? builtinHash : (records.get(r.id)?.hash ?? '')}`)
        .join(',');
    },
  };
  return glossaries;
}
