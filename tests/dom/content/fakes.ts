import { ok, fail, type BackgroundClient, type BackgroundRequest, type Result } from '../../../src/core/messages/index.ts';
import { LATIN_TERMS_KEY, TERMS_KEY } from '../../../src/core/settings/page-cache.ts';
import {
  defaultSettings,
  pageSettingsOf,
  pageViewOf,
  ruleFor,
  ruleItems,
  siteKey,
  VIEW_KEY,
  withMuted,
  withSiteRule,
  type Settings,
} from '../../../src/core/settings/index.ts';
import type { HighlightApi, HighlightLike } from '../../../src/content/scan/highlighter.ts';
import type { TermRecord } from '../../../src/content/scan/match-store.ts';
import { termPartsOf, termsOf } from './support.ts';
import { entryOf } from './test-entries.ts';

/**
 * The background as the content script sees it: the full settings it keeps, what it hands a page
 * of them (getPageData, as the real one: no site list, muted entries left out of the terms), and a
 * log of requests.
 */
export class FakeBackground implements BackgroundClient {
  settings: Settings = defaultSettings();
  readonly requests: BackgroundRequest[] = [];
  reachable = true;

  async request(request: BackgroundRequest): Promise<Result<never>> {
    this.requests.push(request);
    if (!this.reachable) return fail('unreachable', 'no answer: the worker is gone');
    switch (request.type) {
      case 'getPageData': {
        const site = siteKey(window.location.href);
        const rule = site === null ? null : (ruleFor(this.settings, site)?.rule ?? null);
        return ok({ site, settings: pageSettingsOf(this.settings, rule), terms: termsOf(this.settings.muted) }) as Result<never>;
      }
      case 'getEntry': {
        const entry = entryOf(request.id);
        return ok(entry ? { entry, glossary: { id: 'builtin', name: 'Russia, Iran and energy', builtin: true } } : null) as Result<never>;
      }
      case 'muteTerm':
        this.settings = withMuted(this.settings, request.id, true);
        return ok({ muted: true }) as Result<never>;
      case 'turnOffHere': {
        const site = siteKey(window.location.href) ?? '';
        this.settings = withSiteRule(this.settings, site, 'off');
        return ok({ site }) as Result<never>;
      }
      case 'reportPage':
        return ok({ badge: String(request.distinct) }) as Result<never>;
      default:
        return fail('forbidden-sender', 'not for content scripts');
    }
  }

  count(type: BackgroundRequest['type']): number {
    return this.requests.filter((r) => r.type === type).length;
  }
}

/**
 * storage.local with the page cache in it, written as background/page-cache.ts writes it (the
 * view, each site rule under its salted key, the compiled terms whole and in their Latin part), and a log of the keys a page
 * read. Tests may put anything in `items` to play a damaged profile.
 */
export class FakeLocalCache {
  items: Record<string, unknown> = {};
  readonly read: string[] = [];
  /** How many times get() was called (each one is a trip to the browser). */
  gets = 0;

  constructor(readonly salt = 'a1b2c3d4e5f6a7b8c9d0e1f2') {}

  write(settings: Settings): void {
    const { whole: terms, latin } = termPartsOf(settings.muted);
    this.items = { ...this.items, [TERMS_KEY]: terms, [LATIN_TERMS_KEY]: latin, [VIEW_KEY]: pageViewOf(settings, this.salt, terms.stamp), ...ruleItems(settings, this.salt) };
  }

  /** What a content script's storage.local.get(keys) gets. */
  get = (keys: string[]): Promise<Record<string, unknown>> => {
    this.read.push(...keys);
    this.gets++;
    return Promise.resolve(Object.fromEntries(keys.filter((k) => k in this.items).map((k) => [k, structuredClone(this.items[k])])));
  };
}

class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  priority = 0;
  add(r: AbstractRange) {
    this.ranges.add(r);
  }
  delete(r: AbstractRange) {
    this.ranges.delete(r);
  }
  clear() {
    this.ranges.clear();
  }
}

/** CSS.highlights as happy-dom lacks it: a map of names to sets of ranges. */
export function fakeHighlights(): HighlightApi & { registry: Map<string, FakeHighlight>; texts(name: string): string[] } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry,
    create: () => new FakeHighlight(),
    range: (r: TermRecord) => {
      const range = document.createRange();
      range.setStart(r.startNode, r.startOffset);
      range.setEnd(r.endNode, r.endOffset);
      return range;
    },
    texts(name: string) {
      return [...(registry.get(name)?.ranges ?? [])].map((r) => (r as Range).toString());
    },
  };
}

export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

/**
 * Marks an event as one the browser made. happy-dom has no isTrusted, so every event would look
 * like a page script's to Gloss, which ignores those; tests of the reader's own clicks and keys
 * use this, and tests of a page's forged events dispatch plain ones.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
