/**
 * Answers every runtime message. Validation first (BackgroundRequestSchema), then the sender
 * (sender-policy.ts), then the handler; every answer is a Result, nothing throws to the caller.
 * Built from its dependencies so tests run it with fake storage and senders.
 */
import {
  RequestError,
  fail,
  parseBackgroundRequest,
  runHandler,
  type BackgroundRequest,
  type Handlers,
  type PageStatus,
  type Result,
  type SenderLike,
} from '../core/messages/index.ts';
import {
  defaultSettings,
  exportSettingsJson,
  isGlossOn,
  parseImport,
  ruleFor,
  siteKey,
  withMuted,
  withPatch,
  withSiteRule,
  type Settings,
} from '../core/settings/index.ts';
import { glossaryHandlers } from './glossary-handlers.ts';
import type { Glossaries } from './glossaries/store.ts';
import type { PageCache } from './page-cache.ts';
import type { SearchService } from './search-service.ts';
import type { PageReporter } from './page-reports.ts';
import type { EventPort } from './browser-api.ts';
import type { PendingSearch } from './pending-search.ts';
import { senderProblem, type ExtensionIdentity } from './sender-policy.ts';
import type { SettingsStore } from './settings-store.ts';

export interface RouterDeps {
  store: SettingsStore;
  glossaries: Glossaries;
  search: SearchService;
  self: ExtensionIdentity;
  reportPage: PageReporter;
  pendingSearch: PendingSearch;
  pageCache: PageCache;
  /** Today's date for the export file name; injectable for tests. */
  today?: () => string;
}

export interface Router {
  handle(raw: unknown, sender: SenderLike): Promise<Result<unknown>>;
}

interface Context {
  sender: SenderLike;
}

export function createRouter(deps: RouterDeps): Router {
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const { store, glossaries } = deps;
  const exists = async (id: string): Promise<boolean> => (await glossaries.entry(id)) !== null;

  const handlers: Handlers<BackgroundRequest, Context> = {
    ...glossaryHandlers({ glossaries, pageCache: deps.pageCache, search: deps.search, today }),
    getSettings: () => store.get(),
    getPageData: (_, { sender }) => deps.pageCache.dataFor(sender.url),
    getStatus: async ({ url, isArticle }) => statusFor(await store.get(), url, isArticle),
    setSiteRule: ({ site, rule }) => store.update((s) => withSiteRule(s, site, rule)),
    setMuted: async ({ id, muted }) => {
      if (muted && !(await exists(id))) throw new RequestError('not-found', `There is no entry "${id}".`);
      return store.update((s) => withMuted(s, id, muted));
    },
    muteTerm: async ({ id }) => {
      if (!(await exists(id))) throw new RequestError('not-found', `There is no entry "${id}".`);
      await store.update((s) => withMuted(s, id, true));
      return { muted: true };
    },
    turnOffHere: async (_, { sender }) => {
      const site = sender.url === undefined ? null : siteKey(sender.url);
      if (site === null) throw new RequestError('forbidden-sender', 'This page has no site.');
      await store.update((s) => withSiteRule(s, site, 'off'));
      return { site };
    },
    updateSettings: ({ patch }) => store.update((s) => withPatch(s, patch)),
    exportSettings: async () => ({ json: exportSettingsJson(await store.get()), filename: `gloss-settings-${today()}.json` }),
    importSettings: ({ json }) => {
      const parsed = parseImport(json);
      if (!parsed.ok) throw new RequestError('invalid-import', parsed.message);
      return store.update((current) => keepNewerVersion(current, parsed.settings));
    },
    resetSettings: () => store.update((current) => keepNewerVersion(current, defaultSettings())),
    reportPage: ({ distinct, state }, { sender }) =>
      deps.reportPage({ tabId: sender.tab?.id ?? -1, url: sender.url, active: sender.tab?.active === true, distinct, state }),
    takePendingSearch: async () => ({ query: await deps.pendingSearch.take() }),
  };

  return {
    async handle(raw, sender) {
      const parsed = parseBackgroundRequest(raw);
      if (!parsed.ok) return fail('invalid-message', parsed.message);
      const problem = senderProblem(parsed.request, sender, deps.self);
      if (problem) return { ok: false, error: problem };
      return runHandler(handlers, parsed.request, { sender });
    },
  };
}

/**
 * browser.runtime.onMessage: every message gets a Result. Returning the promise is how the polyfill
 * (and Firefox) send an asynchronous answer.
 */
export function registerRouter(onMessage: EventPort<(message: unknown, sender: SenderLike) => Promise<Result<unknown>>>, router: Router): void {
  onMessage.addListener((message, sender) => router.handle(message, sender));
}

function statusFor(settings: Settings, url: string, isArticle: boolean): PageStatus {
  const site = siteKey(url);
  const decision = isGlossOn(settings, url, isArticle);
  const match = site === null ? null : ruleFor(settings, site);
  return { site, on: decision.on, reason: decision.reason, siteRule: match?.rule ?? null, ruleFrom: match?.from ?? null, mode: settings.siteMode };
}

/**
 * Data written by a newer Gloss (synced from another device) keeps its version number, so that
 * Gloss does not run its migrations again over data already in the newer shape.
 */
function keepNewerVersion(current: Settings, next: Settings): Settings {
  return current.version > next.version ? { ...next, version: current.version } : next;
}
