// Which entry a selection names ("Explain … with Gloss"): the same compiled terms as the pages,
// answered synchronously once loaded, and loaded again by a worker that restarted.
import { describe, expect, it, vi } from 'vitest';
import { createTermLookup, registerTermLookupRefresh } from '../../../src/background/term-lookup.ts';
import { compile, encodeMatcher, termSourcesFromEntries, type StoredMatcher } from '../../../src/core/match/index.ts';
import { entryJson as glossaryEntry, glossaryText } from './glossary-files.ts';
import { ENTRIES, TODAY } from './test-entries.ts';
import { workerParts, newStorage } from './worker-parts.ts';

const compiled = (entries = ENTRIES): StoredMatcher => encodeMatcher(compile(termSourcesFromEntries(entries)));
const TERMS = compiled();
const ARCTIC = glossaryText({ id: 'arctic', name: 'Arctic shipping' }, [glossaryEntry('northern-sea-route', 'Northern Sea Route', { category: 'corridor' })]);

describe('createTermLookup', () => {
  const lookup = createTermLookup(() => Promise.resolve(TERMS));

  it.each([
    ['Nord Stream 2', 'nord-stream-2'],
    ['nord stream ii', 'nord-stream-2'],
    ['  “Nord Stream 2”, ', 'nord-stream-2'],
    ['SWIFT', 'swift'],
    ['U.S.', 'united-states'],
    ['the Nord Stream 2 pipeline', 'nord-stream-2'],
    ['Power of Siberia 2', 'power-of-siberia-2'],
  ])('%o → %s', async (text, id) => {
    expect(await lookup.load(text)).toBe(id);
  });

  it.each([
    ['swift', 'case-sensitive alias in the wrong case'],
    ['carbon border tax', 'no term at all'],
    ['SWIFT and Nord Stream 2', 'two different terms'],
    ['...', 'only punctuation'],
    ['', 'nothing'],
    [`${'A long sentence that goes on and on about many things, '.repeat(2)}and Nord Stream 2.`, 'a sentence, not a term'],
  ])('%o → null (%s)', async (text) => {
    expect(await lookup.load(text)).toBeNull();
  });
});

describe('answering at once', () => {
  it('says "not loaded" (undefined) until the terms are loaded, then answers synchronously', async () => {
    const terms = vi.fn(() => Promise.resolve(TERMS));
    const lookup = createTermLookup(terms);
    expect(lookup.now('SWIFT')).toBeUndefined();
    // Nothing to look up needs no terms.
    expect(lookup.now('  ... ')).toBeNull();
    expect(terms).not.toHaveBeenCalled();
    expect(await lookup.load('SWIFT')).toBe('swift');
    expect(lookup.now('SWIFT')).toBe('swift');
    expect(lookup.now('carbon border tax')).toBeNull();
  });

  it('warm() loads the terms without a selection, so the next click is answered at once', async () => {
    const lookup = createTermLookup(() => Promise.resolve(TERMS));
    lookup.warm();
    await vi.waitFor(() => expect(lookup.now('Nord Stream 2')).toBe('nord-stream-2'));
  });

  it('builds the matcher again only when the terms changed (their stamp)', async () => {
    let current = TERMS;
    const lookup = createTermLookup(() => Promise.resolve(current));
    expect(await lookup.load('SWIFT')).toBe('swift');
    current = compiled(ENTRIES.filter((e) => e.id !== 'swift'));
    expect(await lookup.load('SWIFT')).toBeNull();
    expect(lookup.now('Nord Stream 2')).toBe('nord-stream-2');
  });

  it('a failed load leaves the lookup unloaded, and warm() does not throw', async () => {
    let fail = true;
    const lookup = createTermLookup(() => (fail ? Promise.reject(new Error('storage is unavailable')) : Promise.resolve(TERMS)));
    await expect(lookup.load('SWIFT')).rejects.toThrow('storage is unavailable');
    lookup.warm();
    expect(lookup.now('SWIFT')).toBeUndefined();
    fail = false;
    expect(await lookup.load('SWIFT')).toBe('swift');
  });
});

describe('a restarted worker', () => {
  it('starts unloaded and reloads the terms in force, with changes made before it stopped', async () => {
    const storage = newStorage();
    const first = workerParts(storage);
    const before = createTermLookup(() => first.pageCache.terms());
    expect(await before.load('SWIFT')).toBe('swift');
    await first.store.update((s) => ({ ...s, muted: ['swift'] }));
    await first.pageCache.refresh();

    // The worker stops: everything in memory is gone; storage and the glossary database stay.
    const second = workerParts(storage);
    const active = vi.spyOn(second.glossaries, 'active');
    const after = createTermLookup(() => second.pageCache.terms());
    expect(after.now('Nord Stream 2')).toBeUndefined();
    expect(await after.load('Nord Stream 2')).toBe('nord-stream-2');
    expect(after.now('SWIFT')).toBeNull();
    // Read back from the page cache in storage.local, not compiled again.
    expect(active).not.toHaveBeenCalled();
  });
});

describe('following the terms in force', () => {
  it('knows a glossary imported while the worker runs at the next click, without waiting for it', async () => {
    const parts = workerParts();
    const lookup = createTermLookup(() => parts.pageCache.terms());
    registerTermLookupRefresh(parts.local.onChanged, lookup);
    expect(await lookup.load('Northern Sea Route')).toBeNull();
    const outcome = await parts.glossaries.import('arctic.json', ARCTIC, TODAY);
    expect(outcome.ok).toBe(true);
    await parts.pageCache.refresh();
    await vi.waitFor(() => expect(lookup.now('Northern Sea Route')).toBe('arctic/northern-sea-route'));
    await parts.store.update((s) => ({ ...s, muted: ['arctic/northern-sea-route'] }));
    await parts.pageCache.refresh();
    await vi.waitFor(() => expect(lookup.now('Northern Sea Route')).toBeNull());
  });
});
