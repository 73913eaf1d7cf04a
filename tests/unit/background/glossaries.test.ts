// The background's glossaries: import (good, bad, too large, not JSON), namespaced ids, re-import
// in place, order, switching, removal, export, the state key the page cache follows, and the
// "N terms also in X" counts. All against an in-memory GlossaryDb.
import { describe, expect, it } from 'vitest';
import { createGlossaries, SHOWN_PROBLEMS } from '../../../src/background/glossaries/store.ts';
import { MAX_GLOSSARY_BYTES } from '../../../src/core/facts/glossary.ts';
import type { ImportOutcome } from '../../../src/core/messages/index.ts';
import { builtinGlossary, entryJson, glossaryText, memoryGlossaryDb, TODAY } from './glossary-files.ts';

function setup() {
  const db = memoryGlossaryDb();
  const glossaries = createGlossaries(db, builtinGlossary());
  return { db, glossaries, importFile: (fileName: string, text: string) => glossaries.import(fileName, text, TODAY) };
}

const ARCTIC = glossaryText({ id: 'arctic', name: 'Arctic shipping', homepage: 'https://example.org/arctic' }, [
  entryJson('northern-sea-route', 'Northern Sea Route', { category: 'corridor', aliases: ['NSR route'], related: ['rosatomflot'] }),
  entryJson('rosatomflot', 'Rosatomflot', { category: 'company', aliases: ['Atomflot'], contextEntries: ['northern-sea-route'] }),
]);
const RIVAL = glossaryText({ id: 'rival', name: 'Rival routes' }, [entryJson('northern-sea-route', 'Northern Sea Route', { category: 'corridor' })]);

function refused(outcome: ImportOutcome): { problems: string[]; total: number } {
  if (outcome.ok) throw new Error('expected the import to be refused');
  return outcome;
}

function accepted(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`expected the import to be accepted: ${outcome.problems.join('\n')}`);
  return outcome;
}

const ids = async (g: ReturnType<typeof setup>['glossaries']) => (await g.list()).map((i) => i.id);

describe('importing a glossary', () => {
  it('accepts a good file: listed last, switched on, with its header and entry count', async () => {
    const { glossaries, importFile } = setup();
    const outcome = accepted(await importFile('arctic.json', ARCTIC));
    expect(outcome.replaced).toBe(false);
    expect(outcome.glossary).toMatchObject({ id: 'arctic', name: 'Arctic shipping', publisher: 'Test Desk', license: 'CC BY 4.0', languages: ['en'] });
    expect(outcome.glossary).toMatchObject({ updated: '2026-11-30', homepage: 'https://example.org/arctic', entryCount: 2, enabled: true, builtin: false, shadowedBy: [] });
    expect(await ids(glossaries)).toEqual(['builtin', 'arctic']);
    const [builtin] = await glossaries.list();
    expect(builtin).toMatchObject({ name: 'Russia, Iran and energy', builtin: true, enabled: true, entryCount: 3 });
  });

  it('refuses a file with faults, each problem naming the file, the entry and the field, and changes nothing', async () => {
    const { db, glossaries, importFile } = setup();
    const bad = entryJson('broken', 'Broken');
    (bad['facts'] as Array<Record<string, unknown>>)[1] = { label: { en: 'Size' }, value: 1, asOf: '2026-01-15', source: { publisher: 'X', title: 'Y', url: 'http://example.org/', date: '2026-01-15' } };
    const before = await glossaries.stateKey();
    const { problems, total } = refused(await importFile('faulty.json', glossaryText({ id: 'faulty' }, [bad])));
    expect(total).toBe(1);
    expect(problems).toEqual(['faulty.json: entry "broken": facts[1].source.url: must be an https URL (got "http://example.org/")']);
    expect(await ids(glossaries)).toEqual(['builtin']);
    expect(db.records.size).toBe(0);
    expect(await glossaries.stateKey()).toBe(before);
  });

  it('names the field of a date given only as a year, where a day is needed', async () => {
    const { importFile } = setup();
    const yearOnly = entryJson('transits', 'Transits of the passage');
    const facts = yearOnly['facts'] as Array<{ source: Record<string, unknown> }>;
    (facts[2] as { source: Record<string, unknown> }).source['date'] = '2024';
    const { problems } = refused(await importFile('years.json', glossaryText({ id: 'years' }, [yearOnly])));
    expect(problems).toHaveLength(1);
    expect(problems).toEqual(['years.json: entry "transits": facts[2].source.date: must be a date as YYYY-MM-DD or YYYY-MM (got "2024")']);
  });

  it(`shows the first ${SHOWN_PROBLEMS} problems and counts them all`, async () => {
    const { importFile } = setup();
    const entries = Array.from({ length: 57 }, (_, i) => ({ ...entryJson(`e-${i}`, `Entry ${i}`), category: 'planet' }));
    const { problems, total } = refused(await importFile('many.json', glossaryText({ id: 'many' }, entries)));
    expect(total).toBe(57);
    expect(problems).toHaveLength(SHOWN_PROBLEMS);
    expect(problems[0]).toMatch(/^many\.json: entry "e-0": category: must be one of: /);
  });

  it('refuses a file over 20 MB before parsing it, saying so', async () => {
    const { db, importFile } = setup();
    // Valid JSON, so only the size can be the reason.
    const huge = JSON.stringify({ padding: 'x'.repeat(MAX_GLOSSARY_BYTES) });
    const { problems, total } = refused(await importFile('huge.json', huge));
    expect(total).toBe(1);
    expect(problems[0]).toBe('huge.json: is larger than 20 MB; Gloss does not import a file that size');
    expect(db.records.size).toBe(0);
  });

  it('counts bytes, not characters, against the limit', async () => {
    const { importFile } = setup();
    // Under the limit in UTF-16 units, over it in UTF-8 bytes (ä is two bytes).
    const text = JSON.stringify({ padding: 'ä'.repeat(MAX_GLOSSARY_BYTES / 2 + 8) });
    expect(text.length).toBeLessThan(MAX_GLOSSARY_BYTES);
    expect(refused(await importFile('wide.json', text)).problems[0]).toContain('is larger than 20 MB');
  });

  it.each([
    ['not JSON', 'entries: [1, 2]', /^notes\.txt: is not a glossary: not valid JSON \(/],
    ['JSON of another kind', JSON.stringify({ format: 'gloss-settings', version: 1, settings: {} }), /^notes\.txt: format: must be "gloss-glossary"/],
    ['an empty file', '', /^notes\.txt: is not a glossary: not valid JSON/],
  ])('refuses %s with the reason', async (_kind, text, reason) => {
    const { glossaries, importFile } = setup();
    const { problems } = refused(await importFile('notes.txt', text));
    expect(problems[0]).toMatch(reason);
    expect(await ids(glossaries)).toEqual(['builtin']);
  });

  it('reads a file that starts with a byte order mark, and exports it unchanged', async () => {
    const { glossaries, importFile } = setup();
    accepted(await importFile('bom.json', `\uFEFF${ARCTIC}`));
    expect((await glossaries.exportFile('arctic'))?.text).toBe(`\uFEFF${ARCTIC}`);
  });

  it('refuses a glossary that calls itself "builtin"', async () => {
    const { importFile } = setup();
    const { problems } = refused(await importFile('fake.json', glossaryText({ id: 'builtin' }, [entryJson('x', 'Thing X')])));
    expect(problems.some((p) => p.startsWith('fake.json: id: "builtin" is the built-in glossary\'s id'))).toBe(true);
  });

  it('leaves everything as it was when the write fails', async () => {
    const { db, glossaries, importFile } = setup();
    db.failWrites = true;
    await expect(importFile('arctic.json', ARCTIC)).rejects.toThrow('disk is full');
    db.failWrites = false;
    expect(await ids(glossaries)).toEqual(['builtin']);
    accepted(await importFile('arctic.json', ARCTIC));
    expect(await ids(glossaries)).toEqual(['builtin', 'arctic']);
  });
});

describe('entry ids', () => {
  it('are namespaced by the glossary, and related and context ids follow', async () => {
    const { glossaries, importFile } = setup();
    accepted(await importFile('arctic.json', ARCTIC));
    const active = await glossaries.active();
    expect(active.map((g) => g.id)).toEqual(['builtin', 'arctic']);
    const arctic = active[1]?.entries ?? [];
    expect(arctic.map((e) => e.id)).toEqual(['arctic/northern-sea-route', 'arctic/rosatomflot']);
    expect(arctic[0]?.related).toEqual(['arctic/rosatomflot']);
    expect(arctic[1]?.context?.[0]?.require?.entries).toEqual(['arctic/northern-sea-route']);
    // The built-in glossary's ids stay bare.
    expect(active[0]?.entries.map((e) => e.id)).toEqual(['gazprom', 'swift', 'rosatom']);
  });

  it('never let an import overwrite another glossary\'s entry', async () => {
    const { glossaries, importFile } = setup();
    accepted(await importFile('arctic.json', ARCTIC));
    accepted(await importFile('rival.json', RIVAL));
    const mine = await glossaries.entry('arctic/northern-sea-route');
    const theirs = await glossaries.entry('rival/northern-sea-route');
    expect(mine?.glossary).toEqual({ id: 'arctic', name: 'Arctic shipping', builtin: false });
    expect(mine?.entry.related).toEqual(['arctic/rosatomflot']);
    expect(theirs?.glossary).toEqual({ id: 'rival', name: 'Rival routes', builtin: false });
    expect(theirs?.entry.related).toEqual([]);
    expect(await glossaries.entry('gazprom')).toMatchObject({ entry: { id: 'gazprom' }, glossary: { id: 'builtin', builtin: true } });
    expect(await glossaries.entry('northern-sea-route')).toBeNull();
    expect(await glossaries.entry('arctic/nothing')).toBeNull();
    expect(await glossaries.entry('nowhere/northern-sea-route')).toBeNull();
  });
});

describe('managing glossaries', () => {
  it('replaces a re-imported glossary in place, keeping its place and its switch', async () => {
    const { glossaries, importFile } = setup();
    accepted(await importFile('arctic.json', ARCTIC));
    accepted(await importFile('rival.json', RIVAL));
    await glossaries.move('arctic', 'up');
    await glossaries.setEnabled('arctic', false);
    const next = glossaryText({ id: 'arctic', name: 'Arctic shipping, 2nd edition' }, [entryJson('svalbard', 'Svalbard', { category: 'place' })]);
    const outcome = accepted(await importFile('arctic-2.json', next));
    expect(outcome.replaced).toBe(true);
    expect(outcome.glossary).toMatchObject({ name: 'Arctic shipping, 2nd edition', entryCount: 1, enabled: false });
    expect(await ids(glossaries)).toEqual(['arctic', 'builtin', 'rival']);
    expect(await glossaries.entry('arctic/northern-sea-route')).toBeNull();
    expect(await glossaries.exportFile('arctic')).toEqual({ fileName: 'arctic-2.json', text: next });
  });

  it('moves glossaries up and down; the ends stay where they are', async () => {
    const { glossaries, importFile } = setup();
    accepted(await importFile('arctic.json', ARCTIC));
    accepted(await importFile('rival.json', RIVAL));
    await glossaries.move('rival', 'up');
    expect(await ids(glossaries)).toEqual(['builtin', 'rival', 'arctic']);
    await glossaries.move('builtin', 'down');
    expect(await ids(glossaries)).toEqual(['rival', 'builtin', 'arctic']);
    await glossaries.move('rival', 'up');
    await glossaries.move('arctic', 'down');
    await glossaries.move('nothing', 'up');
    expect(await ids(glossaries)).toEqual(['rival', 'builtin', 'arctic']);
    expect((await glossaries.active()).map((g) => g.id)).toEqual(['rival', 'builtin', 'arctic']);
  });

  it('switches glossaries off and on, the built-in one too', async () => {
    const { glossaries, importFile } = setup();
    accepted(await importFile('arctic.json', ARCTIC));
    await glossaries.setEnabled('builtin', false);
    expect((await glossaries.active()).map((g) => g.id)).toEqual(['arctic']);
    expect((await glossaries.list()).map((g) => [g.id, g.enabled])).toEqual([
      ['builtin', false],
      ['arctic', true],
    ]);
    await glossaries.setEnabled('builtin', true);
    expect((await glossaries.active()).map((g) => g.id)).toEqual(['builtin', 'arctic']);
  });

  it('removes an imported glossary with its entries, but never the built-in one', async () => {
    const { db, glossaries, importFile } = setup();
    accepted(await importFile('arctic.json', ARCTIC));
    await glossaries.remove('arctic');
    expect(await ids(glossaries)).toEqual(['builtin']);
    expect(db.records.has('arctic')).toBe(false);
    expect(await glossaries.entry('arctic/rosatomflot')).toBeNull();
    expect(await glossaries.exportFile('arctic')).toBeNull();
    await expect(glossaries.remove('builtin')).rejects.toThrow('can be switched off but not removed');
    expect(await ids(glossaries)).toEqual(['builtin']);
  });

  it('exports the file exactly as imported, under its name; the built-in one has no file', async () => {
    const { glossaries, importFile } = setup();
    const text = ARCTIC.replace(/\n/g, '\r\n');
    accepted(await importFile('My Arctic.json', text));
    expect(await glossaries.exportFile('arctic')).toEqual({ fileName: 'My Arctic.json', text });
    expect(await glossaries.exportFile('builtin')).toBeNull();
  });

  it('keeps its state across a restart of the worker (a new store on the same database)', async () => {
    const { db, glossaries, importFile } = setup();
    accepted(await importFile('arctic.json', ARCTIC));
    await glossaries.move('arctic', 'up');
    await glossaries.setEnabled('builtin', false);
    const again = createGlossaries(db, builtinGlossary());
    expect((await again.list()).map((g) => [g.id, g.enabled])).toEqual([
      ['arctic', true],
      ['builtin', false],
    ]);
    expect(await again.stateKey()).toBe(await glossaries.stateKey());
  });
});

describe('the state key', () => {
  it('changes with every change to what is switched on, and only then', async () => {
    const { glossaries, importFile } = setup();
    let last = await glossaries.stateKey();
    const changedTo = async (): Promise<string> => {
      const key = await glossaries.stateKey();
      expect(key, 'the key before').not.toBe(last);
      last = key;
      return key;
    };
    const unchanged = async (): Promise<void> => expect(await glossaries.stateKey()).toBe(last);
    accepted(await importFile('arctic.json', ARCTIC));
    await changedTo();
    accepted(await importFile('rival.json', RIVAL));
    await changedTo();
    await glossaries.move('rival', 'up');
    await changedTo();
    await glossaries.setEnabled('rival', false);
    const off = await changedTo();
    // Changes to a glossary that is off do not change what pages are marked with.
    accepted(await importFile('rival.json', RIVAL.replace('Rival routes', 'Rival routes, renamed')));
    await unchanged();
    await glossaries.move('rival', 'down');
    await unchanged();
    await glossaries.setEnabled('builtin', false);
    await changedTo();
    await glossaries.setEnabled('builtin', true);
    expect(await changedTo()).toBe(off);
    accepted(await importFile('arctic.json', ARCTIC.replace('Rosatomflot', 'Rosatomflot FSUE')));
    await changedTo();
    // The same file again: the same contents, the same key.
    accepted(await importFile('arctic.json', ARCTIC.replace('Rosatomflot', 'Rosatomflot FSUE')));
    await unchanged();
    refused(await importFile('bad.json', '{'));
    await unchanged();
    await glossaries.remove('arctic');
    await changedTo();
  });

  it('is not left stale by a read that overlaps an import (regression)', async () => {
    const { db, glossaries, importFile } = setup();
    // A list() starts reading the registry, then an import runs to its end while that read is held.
    const hold = db.holdNextRegistryRead();
    const early = glossaries.list();
    const importing = importFile('arctic.json', ARCTIC);
    await new Promise((resolve) => setImmediate(resolve));
    hold.release();
    await Promise.all([early, importing]);
    expect(await ids(glossaries)).toEqual(['builtin', 'arctic']);
    expect(await glossaries.stateKey()).toContain('arctic:');
  });
});

describe('"N terms also in X"', () => {
  const OVERLAP = glossaryText({ id: 'overlap', name: 'Overlap' }, [
    entryJson('gas-giant', 'Gas giant', { aliases: ['Gazprom'] }),
    entryJson('gazprom-pao', 'PAO Gazprom'),
    entryJson('swift-network', 'Swift'),
    entryJson('own-thing', 'Something else'),
  ]);

  it('counts the terms a lower glossary shares with each higher one, which wins them', async () => {
    const { glossaries, importFile } = setup();
    accepted(await importFile('overlap.json', OVERLAP));
    accepted(await importFile('rival.json', RIVAL));
    accepted(await importFile('arctic.json', ARCTIC));
    const byId = new Map((await glossaries.list()).map((g) => [g.id, g.shadowedBy]));
    // Gazprom (an alias), PAO Gazprom (the built-in one's alias) and Swift (case folded).
    expect(byId.get('overlap')).toEqual([{ id: 'builtin', name: 'Russia, Iran and energy', count: 3 }]);
    expect(byId.get('builtin')).toEqual([]);
    expect(byId.get('rival')).toEqual([]);
    expect(byId.get('arctic')).toEqual([{ id: 'rival', name: 'Rival routes', count: 1 }]);
  });

  it('follows the order, and a glossary switched off takes nothing', async () => {
    const { glossaries, importFile } = setup();
    accepted(await importFile('overlap.json', OVERLAP));
    await glossaries.move('overlap', 'up');
    let byId = new Map((await glossaries.list()).map((g) => [g.id, g.shadowedBy]));
    expect(byId.get('builtin')).toEqual([{ id: 'overlap', name: 'Overlap', count: 2 }]);
    expect(byId.get('overlap')).toEqual([]);
    await glossaries.setEnabled('overlap', false);
    byId = new Map((await glossaries.list()).map((g) => [g.id, g.shadowedBy]));
    expect(byId.get('builtin')).toEqual([]);
  });
});
