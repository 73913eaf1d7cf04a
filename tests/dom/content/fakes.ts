import type { Entry } from '../../../src/core/facts/types.ts';
import { ok, fail, type BackgroundClient, type BackgroundRequest, type Result } from '../../../src/core/messages/index.ts';
import { compile } from '../../../src/core/match/index.ts';
import { defaultSettings, pageSettingsOf, ruleFor, siteKey, withMuted, withSiteRule, type Settings } from '../../../src/core/settings/index.ts';
import type { HighlightApi, HighlightLike } from '../../../src/content/scan/highlighter.ts';
import type { TermRecord } from '../../../src/content/scan/match-store.ts';
import { CATEGORY, SOURCES } from './support.ts';

export function entry(id: string, over: Partial<Entry> = {}): Entry {
  return {
    id,
    title: { pos2: 'Power of Siberia 2', ns: 'Nord Stream', swift: 'SWIFT', instc: 'International North–South Transport Corridor' }[id] ?? id,
    category: CATEGORY[id] ?? 'event',
    summary: `Summary of ${id}.`,
    aliases: { en: [], de: [], ru: [], fa: [] },
    caseSensitive: [],
    facts: [
      {
        label: 'Length',
        value: '1,234',
        unit: 'km',
        asOf: '2025-01-01',
        source: { publisher: 'Example', title: 'Report', url: 'https://example.org/report', date: '2025-01-01' },
      },
    ],
    related: id === 'pos2' ? ['ns'] : [],
    reviewed: '2025-06-01',
    ...over,
  };
}

/**
 * The background as the content script sees it: the full settings it keeps, what it hands a page
 * of them (getPageData, as the real one: no site list, muted entries left out of the terms), and a
 * log of requests.
 */
export class FakeBackground implements BackgroundClient {
  settings: Settings = defaultSettings();
  readonly requests: BackgroundRequest[] = [];
  reachable = true;

  async request<R extends BackgroundRequest>(request: R): Promise<Result<never>> {
    this.requests.push(request);
    if (!this.reachable) return fail('unreachable', 'no answer: the worker is gone') as Result<never>;
    switch (request.type) {
      case 'getPageData': {
        const site = siteKey(window.location.href);
        const rule = site === null ? null : (ruleFor(this.settings, site)?.rule ?? null);
        const muted = new Set(this.settings.muted);
        const dictionary = compile(SOURCES.filter((s) => !muted.has(s.id)));
        return ok({ site, settings: pageSettingsOf(this.settings, rule), dictionary }) as Result<never>;
      }
      case 'getEntry':
        return ok(CATEGORY[request.id] ? entry(request.id) : null) as Result<never>;
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
        return fail('forbidden-sender', 'not for content scripts') as Result<never>;
    }
  }

  count(type: BackgroundRequest['type']): number {
    return this.requests.filter((r) => r.type === type).length;
  }
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
    registry: registry as unknown as HighlightApi['registry'] & Map<string, FakeHighlight>,
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
  } as HighlightApi & { registry: Map<string, FakeHighlight>; texts(name: string): string[] };
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
