// Fakes of what the popup and the options page talk to: a background that keeps settings in
// memory with the same core functions the real one uses, answers search, entries and titles from
// the entries it was given as src/background does, and content scripts in tabs.
import { languageChain, titleOf } from '../../../src/core/facts/localize.ts';
import type { Entry, Language } from '../../../src/core/facts/types.ts';
import type { BackgroundClient, BackgroundRequest, ContentRequest, EntryView, ListTermsResponse, Result, TabClient } from '../../../src/core/messages/index.ts';
import { fail, ok } from '../../../src/core/messages/index.ts';
import { createSearchIndex, type SearchIndex } from '../../../src/core/search/index.ts';
import {
  defaultSettings,
  exportSettingsJson,
  parseImport,
  withMuted,
  withPatch,
  withSiteRule,
  type Settings,
} from '../../../src/core/settings/index.ts';

export class FakeBackground implements BackgroundClient {
  settings: Settings;
  readonly requests: BackgroundRequest[] = [];
  /** Request types that answer with an 'internal' error, to test error paths. */
  readonly failing = new Set<BackgroundRequest['type']>();
  pendingSearch: string | null = null;
  /** The glossary every entry comes from, as getEntry names it. */
  glossary: EntryView['glossary'] = { id: 'builtin', name: 'Russia, Iran and energy', builtin: true };
  /** Request types whose answers wait until release(): to test answers that come late or out of order. */
  readonly held = new Set<BackgroundRequest['type']>();
  private readonly waiting: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();
  private entries = new Map<string, Entry>();
  /** One index per language chain, as the background's search service keeps one. */
  private readonly indexes = new Map<string, SearchIndex>();

  constructor(initial: Partial<Settings> = {}, entries: readonly Entry[] = []) {
    this.settings = { ...defaultSettings(), ...initial };
    this.useEntries(entries);
  }

  /** The entries of the enabled glossaries: what search, getEntry and getTitles answer from. */
  useEntries(entries: readonly Entry[]): void {
    this.entries = new Map(entries.map((e) => [e.id, e]));
    this.indexes.clear();
  }

  private search(query: string, languages: readonly Language[], limit: number) {
    const key = languages.join(',');
    let index = this.indexes.get(key);
    if (index === undefined) {
      // As background/search-service.ts: the reader's languages, then English.
      index = createSearchIndex([...this.entries.values()], [...languages, 'en']);
      this.indexes.set(key, index);
    }
    return index.search(query, { limit });
  }

  /** Like storage.onChanged: called after every write, a moment later. */
  onChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Another window changed the settings. */
  changeElsewhere(next: Settings): void {
    this.settings = next;
    this.notify();
  }

  private notify(): void {
    setTimeout(() => {
      for (const listener of this.listeners) listener();
    }, 0);
  }

  private write(next: Settings): Settings {
    this.settings = next;
    this.notify();
    return structuredClone(next);
  }

  /** Answers the held request at `index` (in the order they were sent; default the oldest). */
  release(index = 0): void {
    const [go] = this.waiting.splice(index, 1);
    go?.();
  }

  get heldCount(): number {
    return this.waiting.length;
  }

  // The client's generic signature ties each request to its answer; the switch below keeps to it
  // (an answer of Result<never> fits every request's answer type).
  async request(request: BackgroundRequest): Promise<Result<never>> {
    this.requests.push(structuredClone(request));
    await Promise.resolve();
    if (this.held.has(request.type)) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failing.has(request.type)) return fail('internal', 'storage failed');
    const r = request;
    const answer = (value: unknown): Result<never> => ok(value as never);
    switch (r.type) {
      case 'getSettings':
        return answer(structuredClone(this.settings));
      case 'setSiteRule':
        return answer(this.write(withSiteRule(this.settings, r.site, r.rule)));
      case 'setMuted':
        return answer(this.write(withMuted(this.settings, r.id, r.muted)));
      case 'updateSettings':
        return answer(this.write(withPatch(this.settings, r.patch)));
      case 'exportSettings':
        return answer({ json: exportSettingsJson(this.settings), filename: 'gloss-settings-2026-11-20.json' });
      case 'importSettings': {
        const parsed = parseImport(r.json);
        if (!parsed.ok) return fail('invalid-import', parsed.message);
        return answer(this.write(parsed.settings));
      }
      case 'resetSettings':
        return answer(this.write(defaultSettings()));
      case 'search':
        return answer(this.search(r.query, r.languages, r.limit));
      case 'getEntry': {
        const entry = this.entries.get(r.id);
        return answer(entry === undefined ? null : structuredClone({ entry, glossary: this.glossary }));
      }
      case 'getTitles': {
        const chain = languageChain(...r.languages);
        const titles: Record<string, string> = {};
        for (const id of r.ids) {
          const entry = this.entries.get(id);
          if (entry !== undefined) titles[id] = titleOf(entry, chain);
        }
        return answer(titles);
      }
      case 'takePendingSearch': {
        const query = this.pendingSearch;
        this.pendingSearch = null;
        return answer({ query });
      }
      default:
        return fail('invalid-message', `the fake background does not answer ${r.type}`);
    }
  }

  of<T extends BackgroundRequest['type']>(type: T): Extract<BackgroundRequest, { type: T }>[] {
    return this.requests.filter((r): r is Extract<BackgroundRequest, { type: T }> => r.type === type);
  }
}

export interface FakePage {
  /** What listTerms answers; null: no content script (unreachable). */
  terms: ListTermsResponse | null;
  /** Ids revealTerm finds. */
  revealable: Set<string>;
}

export class FakeTabs implements TabClient {
  readonly pages = new Map<number, FakePage>();
  readonly requests: { tabId: number; request: ContentRequest }[] = [];

  async request(tabId: number, request: ContentRequest): Promise<Result<never>> {
    this.requests.push({ tabId, request: structuredClone(request) });
    await Promise.resolve();
    const page = this.pages.get(tabId);
    if (page === undefined || page.terms === null) return fail('unreachable', 'no answer: nothing is listening');
    const r = request;
    if (r.type === 'listTerms') return ok(structuredClone(page.terms) as never);
    if (r.type === 'revealTerm') return ok({ found: page.revealable.has(r.id) } as never);
    return fail('invalid-message', 'not used by the popup');
  }
}

/** Lets Preact, fake messages and timers of 0 ms run (on fake timers: see ../fake-time.ts). */
export { settle } from '../fake-time.ts';
