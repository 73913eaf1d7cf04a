/**
 * The answers about glossaries and entries: listing, importing, switching, ordering, removing and
 * exporting glossaries (the options page), searching them and naming entries (the popup). Every
 * change recompiles the page cache, which every open tab follows through storage.onChanged.
 */
import { BUILTIN_GLOSSARY_ID } from '../core/facts/glossary.ts';
import { languageChain, titleOf } from '../core/facts/localize.ts';
import { RequestError, type BackgroundRequest, type Handlers } from '../core/messages/index.ts';
import type { Glossaries } from './glossaries/store.ts';
import type { PageCache } from './page-cache.ts';
import type { SearchService } from './search-service.ts';

type GlossaryRequest = Extract<
  BackgroundRequest,
  { type: 'listGlossaries' | 'importGlossary' | 'setGlossaryEnabled' | 'moveGlossary' | 'removeGlossary' | 'exportGlossary' | 'search' | 'getTitles' | 'getEntry' }
>;

export interface GlossaryHandlerDeps {
  glossaries: Glossaries;
  pageCache: Pick<PageCache, 'refresh'>;
  search: SearchService;
  today: () => string;
}

export function glossaryHandlers({ glossaries, pageCache, search, today }: GlossaryHandlerDeps): Handlers<GlossaryRequest, unknown> {
  const afterChange = async () => {
    await pageCache.refresh();
    return glossaries.list();
  };
  return {
    getEntry: ({ id }) => glossaries.entry(id),
    listGlossaries: () => glossaries.list(),
    importGlossary: async ({ fileName, text }) => {
      const outcome = await glossaries.import(fileName, text, today());
      if (outcome.ok) await pageCache.refresh();
      return outcome;
    },
    setGlossaryEnabled: async ({ id, enabled }) => {
      await glossaries.setEnabled(id, enabled);
      return afterChange();
    },
    moveGlossary: async ({ id, direction }) => {
      await glossaries.move(id, direction);
      return afterChange();
    },
    removeGlossary: async ({ id }) => {
      if (id === BUILTIN_GLOSSARY_ID) throw new RequestError('invalid-message', 'The built-in glossary can be switched off but not removed.');
      await glossaries.remove(id);
      return afterChange();
    },
    exportGlossary: async ({ id }) => {
      const file = await glossaries.exportFile(id);
      if (!file) throw new RequestError('not-found', id === BUILTIN_GLOSSARY_ID ? 'The built-in glossary ships with Gloss; it has no file to export.' : `There is no glossary "${id}".`);
      return file;
    },
    search: ({ query, languages, limit }) => search.search(query, languages, limit),
    getTitles: async ({ ids, languages }) => {
      const chain = languageChain(...languages);
      const out: Record<string, string> = {};
      for (const id of ids) {
        const view = await glossaries.entry(id);
        if (view) out[id] = titleOf(view.entry, chain);
      }
      return out;
    },
  };
}
