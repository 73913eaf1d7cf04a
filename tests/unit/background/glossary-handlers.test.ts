// The background's answers about glossaries (glossary-handlers.ts): the page cache is recompiled
// after every change, the built-in glossary is protected, titles come in the reader's language.
import { describe, expect, it } from 'vitest';
import { glossaryHandlers } from '../../../src/background/glossary-handlers.ts';
import { createGlossaries } from '../../../src/background/glossaries/store.ts';
import { builtinGlossary, entryJson, glossaryText, memoryGlossaryDb, TODAY } from './glossary-files.ts';

const ARCTIC = glossaryText({ id: 'arctic', name: 'Arctic shipping' }, [
  entryJson('northern-sea-route', 'Northern Sea Route', { category: 'corridor' }),
  entryJson('rosatomflot', 'Rosatomflot', { category: 'company' }),
]);

describe('the glossary handlers', () => {
  function handlers() {
    const glossaries = createGlossaries(memoryGlossaryDb(), builtinGlossary());
    const importFile = (fileName: string, text: string) => glossaries.import(fileName, text, TODAY);
    let refreshed = 0;
    const h = glossaryHandlers({
      glossaries,
      pageCache: {
        refresh: async () => {
          refreshed++;
        },
      },
      search: { search: async () => [] },
      today: () => TODAY,
    });
    return { h, glossaries, importFile, refreshes: () => refreshed };
  }
  const sender = { sender: { id: 'x' } };

  it('recompile the page cache after an accepted import and every change, not after a refused one', async () => {
    const { h, refreshes } = handlers();
    await h.importGlossary({ type: 'importGlossary', fileName: 'bad.json', text: '{' }, sender);
    expect(refreshes()).toBe(0);
    await h.importGlossary({ type: 'importGlossary', fileName: 'arctic.json', text: ARCTIC }, sender);
    expect(refreshes()).toBe(1);
    const list = await h.moveGlossary({ type: 'moveGlossary', id: 'arctic', direction: 'up' }, sender);
    expect((list as Array<{ id: string }>).map((g) => g.id)).toEqual(['arctic', 'builtin']);
    await h.setGlossaryEnabled({ type: 'setGlossaryEnabled', id: 'arctic', enabled: false }, sender);
    await h.removeGlossary({ type: 'removeGlossary', id: 'arctic' }, sender);
    expect(refreshes()).toBe(4);
  });

  it('refuse to remove or export the built-in glossary, with the reason', async () => {
    const { h } = handlers();
    await expect(h.removeGlossary({ type: 'removeGlossary', id: 'builtin' }, sender)).rejects.toThrow('switched off but not removed');
    await expect(h.exportGlossary({ type: 'exportGlossary', id: 'builtin' }, sender)).rejects.toThrow('has no file to export');
    await expect(h.exportGlossary({ type: 'exportGlossary', id: 'nothing' }, sender)).rejects.toThrow('There is no glossary "nothing"');
  });

  it('give titles in the language asked for, else English; unknown ids are left out', async () => {
    const { h, importFile } = handlers();
    expect((await importFile('arctic.json', ARCTIC)).ok).toBe(true);
    const titles = await h.getTitles({ type: 'getTitles', ids: ['gazprom', 'arctic/rosatomflot', 'gone'], languages: ['de'] }, sender);
    expect(titles).toEqual({ gazprom: 'Gazprom (de)', 'arctic/rosatomflot': 'Rosatomflot' });
  });
});
