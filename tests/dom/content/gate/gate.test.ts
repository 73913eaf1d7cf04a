// The gate (content.js), the only Gloss code every page runs: it decides from the page cache in
// storage.local, sends nothing and loads nothing where Gloss does not run, answers the worker's
// pageState/listTerms there itself, and hands the page to content-scan.js where Gloss runs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentExt } from '../../../../src/content/gate/ext.ts';
import { Gate, SCAN_MODULE } from '../../../../src/content/gate/gate.ts';
import type { PageController } from '../../../../src/content/page/module.ts';
import { CONTENT_REQUEST_TYPES } from '../../../../src/core/messages/content-types.ts';
import { ContentRequestSchema } from '../../../../src/core/messages/content-requests.ts';
import { defaultSettings, ruleKey, TERMS_KEY, VIEW_KEY, type Settings } from '../../../../src/core/settings/index.ts';
import { FakeLocalCache, setUrl } from '../fakes.ts';
import { html } from '../support.ts';

const ARTICLE = `<article><h1>Pipes</h1><p>${'Filler text about energy. '.repeat(80)}</p><p>Nord Stream 2.</p></article>`;
const NOT_ARTICLE = '<main><p>Log in to your bank. SWIFT transfers.</p></main>';
const OPT_OUT = '<meta name="gloss" content="off">';

let cache: FakeLocalCache;
let sent: unknown[];
let loads: string[];
let controller: { evaluate: number; handled: unknown[]; storage: number; navigated: number };
let gate: Gate;

const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

function fakeExt(): ContentExt {
  return {
    id: 'gloss-test',
    getURL: (path) => `chrome-extension://gloss-test/${path}`,
    sendMessage: (message) => {
      sent.push(message);
      return Promise.resolve({ ok: true, value: null });
    },
    onMessage: () => {},
    localGet: cache.get,
    onStorageChanged: () => {},
    i18n: () => ({ t: (key: string) => key, locale: 'en' }),
  };
}

function fakeController(): PageController {
  return {
    evaluate: () => {
      controller.evaluate++;
      return Promise.resolve();
    },
    navigated: () => {
      controller.navigated++;
      return Promise.resolve();
    },
    handle: (message) => {
      controller.handled.push(message);
      return Promise.resolve({ ok: true, value: { from: 'module' } });
    },
    storageChanged: () => {
      controller.storage++;
    },
  };
}

function makeGate(): Gate {
  gate = new Gate({
    ext: fakeExt(),
    win: window,
    load: (url) => {
      loads.push(url);
      return Promise.resolve({ startPage: () => fakeController() });
    },
  });
  return gate;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  setUrl('https://news.example.org/2025/pipes');
  cache = new FakeLocalCache();
  sent = [];
  loads = [];
  controller = { evaluate: 0, handled: [], storage: 0, navigated: 0 };
});

afterEach(() => {
  vi.useRealTimers();
  document.head.innerHTML = '';
});

describe('the gate where Gloss does not run', () => {
  it('on a page that is not an article: reads only its own keys, loads nothing, sends nothing', async () => {
    html(NOT_ARTICLE);
    cache.write(settings());
    await makeGate().evaluate();
    expect(loads).toEqual([]);
    expect(sent).toEqual([]);
    expect(gate.loaded).toBe(false);
    expect(cache.read[0]).toBe(VIEW_KEY);
    expect(cache.read.every((key) => key === VIEW_KEY || key.startsWith('gloss.rule.'))).toBe(true);
  });

  it("reads the view alone where the view's rule filter rules out the site's keys, and the keys where it may hold one", async () => {
    html(NOT_ARTICLE);
    cache.write(settings({ sites: { 'bank.example': 'off' } }));
    await makeGate().evaluate();
    expect(cache.read).toEqual([VIEW_KEY]);
    expect(cache.gets).toBe(1);

    // The site's own rule: a second read, of the keys the filter may hold, and the rule applies
    // (the site is switched on, so the gate reads the terms and loads the page module).
    cache.write(settings({ sites: { 'bank.example': 'off', 'example.org': 'on' } }));
    cache.read.length = 0;
    await makeGate().evaluate();
    expect(cache.read).toEqual([VIEW_KEY, ruleKey(cache.salt, 'example.org'), TERMS_KEY]);
    expect(loads).toEqual([`chrome-extension://gloss-test/${SCAN_MODULE}`]);
  });

  it('reads all its own rule keys from a view written before the filter existed', async () => {
    html(ARTICLE);
    cache.write(settings({ sites: { 'example.org': 'off' } }));
    const { rules: _filter, ...older } = cache.items[VIEW_KEY] as Record<string, unknown>;
    cache.items[VIEW_KEY] = older;
    await makeGate().evaluate();
    expect(cache.read).toEqual([VIEW_KEY, ...['news.example.org', 'example.org', 'org'].map((site) => ruleKey(cache.salt, site))]);
    expect(await gate.message({ type: 'pageState' })).toMatchObject({ value: { on: false, reason: 'site-off' } });
    expect(loads).toEqual([]);
  });

  it('answers the worker and the popup itself, without loading the page module', async () => {
    html(NOT_ARTICLE);
    cache.write(settings());
    await makeGate().evaluate();
    expect(await gate.message({ type: 'pageState' })).toEqual({ ok: true, value: { site: 'news.example.org', on: false, reason: 'not-article', distinct: 0, modules: [] } });
    expect(await gate.message({ type: 'listTerms' })).toEqual({
      ok: true,
      value: { terms: [], site: 'news.example.org', isArticle: false, on: false, reason: 'not-article' },
    });
    expect(loads).toEqual([]);
  });

  it('on a switched-off site it does not even run the article check', async () => {
    html(ARTICLE);
    cache.write(settings({ sites: { 'example.org': 'off' } }));
    await makeGate().evaluate();
    expect(loads).toEqual([]);
    expect(await gate.message({ type: 'pageState' })).toMatchObject({ value: { on: false, reason: 'site-off' } });
  });

  it("honours a publisher's opt-out on an article, unless the reader switched the site on", async () => {
    html(ARTICLE);
    document.head.innerHTML = OPT_OUT;
    cache.write(settings());
    await makeGate().evaluate();
    expect(loads).toEqual([]);
    expect(await gate.message({ type: 'pageState' })).toMatchObject({ value: { reason: 'publisher-off' } });

    cache.write(settings({ sites: { 'news.example.org': 'on' } }));
    await makeGate().evaluate();
    expect(loads).toEqual([`chrome-extension://gloss-test/${SCAN_MODULE}`]);
  });

  it('looks once more, later, at a page whose article came late, then stays quiet', async () => {
    html(NOT_ARTICLE);
    cache.write(settings());
    await makeGate().evaluate();
    html(ARTICLE);
    const before = cache.read.length;
    await vi.runOnlyPendingTimersAsync();
    await vi.waitFor(() => expect(loads).toHaveLength(1));
    expect(controller.evaluate).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    // The later look was at the document only: the settings it decided from were still current.
    expect(cache.read.slice(before)).toEqual([TERMS_KEY]);
  });

  it('does not keep a read that a settings change overtook', async () => {
    html(ARTICLE);
    cache.write(settings({ sites: { 'example.org': 'off' } }));
    // Storage answers only when told: the gate's reads are taken, then held.
    const held: Array<() => void> = [];
    const read = cache.get;
    let holding = true;
    cache.get = (keys) => {
      const answer = read(keys);
      if (!holding) return answer;
      return new Promise((resolve) => held.push(() => resolve(answer)));
    };
    const first = makeGate().evaluate();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    held.shift()?.();
    // The rule has been read ('off'); before its answer arrives the reader switches the site on.
    await vi.waitFor(() => expect(held).toHaveLength(1));
    cache.write(settings({ sites: { 'example.org': 'on' } }));
    gate.storageChanged({ [ruleKey(cache.salt, 'example.org')]: { newValue: 'on' } }, 'local');
    holding = false;
    held.shift()?.();
    await first;
    // The change's own decision reads afresh instead of reusing the overtaken read.
    await vi.waitFor(() => expect(loads).toHaveLength(1));
  });

  it('wakes only for a change to its own keys, and then decides again', async () => {
    html(ARTICLE);
    cache.write(settings({ sites: { 'example.org': 'off' } }));
    await makeGate().evaluate();
    cache.read.length = 0;
    gate.storageChanged({ 'gloss.rule.elsewhere': { newValue: 'on' } }, 'local');
    gate.storageChanged({ [VIEW_KEY]: { newValue: {} } }, 'sync');
    await gate.evaluate();
    // Neither change made it read again: the explicit evaluate decided from what it had read.
    expect(cache.read).toEqual([]);
    cache.write(settings({ sites: { 'example.org': 'on' } }));
    gate.storageChanged({ [VIEW_KEY]: { newValue: {} } }, 'local');
    await vi.waitFor(() => expect(loads).toHaveLength(1));
  });
});

describe('the gate where Gloss runs', () => {
  it('hands the page module what it read and decided, and the terms read it started', async () => {
    html(ARTICLE);
    cache.write(settings());
    let handed: unknown = null;
    const handing = (): Gate =>
      (gate = new Gate({
        ext: fakeExt(),
        win: window,
        load: (url) => {
          loads.push(url);
          return Promise.resolve({
            startPage: (_ext: unknown, _win: unknown, first: unknown) => {
              handed = first;
              return fakeController();
            },
          });
        },
      }));
    await handing().evaluate();
    const first = handed as { cache: { site: string }; terms: Promise<Record<string, unknown>>; latin: boolean; decided: unknown } | null;
    expect(first?.cache.site).toBe('news.example.org');
    expect(first?.decided).toEqual({ isArticle: true, decision: { on: true, reason: 'article' } });
    // A page that names no language reads the whole terms.
    expect(first?.latin).toBe(false);
    expect(Object.keys(await (first?.terms ?? Promise.resolve({})))).toEqual(['gloss.terms']);
    // The terms were asked for before the module's page had started.
    expect(cache.read.at(-1)).toBe('gloss.terms');

    // A page in a Latin-script language: only the Latin-script part, and the module is told so.
    document.documentElement.lang = 'de';
    try {
      await handing().evaluate();
      const part = handed as { terms: Promise<Record<string, unknown>>; latin: boolean } | null;
      expect(part?.latin).toBe(true);
      expect(Object.keys(await (part?.terms ?? Promise.resolve({})))).toEqual(['gloss.termsLatin']);
      expect(cache.read.at(-1)).toBe('gloss.termsLatin');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('loads the page module once and hands it the page, the messages and the changes', async () => {
    html(ARTICLE);
    cache.write(settings());
    await makeGate().evaluate();
    expect(loads).toEqual([`chrome-extension://gloss-test/${SCAN_MODULE}`]);
    expect(controller.evaluate).toBe(1);
    expect(await gate.message({ type: 'listTerms' })).toEqual({ ok: true, value: { from: 'module' } });
    gate.storageChanged({ [VIEW_KEY]: { newValue: {} } }, 'local');
    gate.navigated();
    await vi.waitFor(() => expect(controller.navigated).toBe(1));
    expect(controller.storage).toBe(1);
    await gate.evaluate();
    expect(loads).toHaveLength(1);
    expect(sent).toEqual([]);
  });

  it('a question asked while the gate is still deciding is answered by the module it decided to load', async () => {
    html(ARTICLE);
    cache.write(settings());
    const deciding = makeGate().evaluate();
    const answer = gate.message({ type: 'listTerms' });
    await deciding;
    expect(await answer).toEqual({ ok: true, value: { from: 'module' } });
    expect(loads).toHaveLength(1);
  });

  it('without a page cache yet, leaves the question to the page module (which asks the worker)', async () => {
    html(NOT_ARTICLE);
    await makeGate().evaluate();
    expect(loads).toHaveLength(1);
  });

  it('a reader asking for a card on a page Gloss leaves alone loads the module for it', async () => {
    html(NOT_ARTICLE);
    cache.write(settings());
    await makeGate().evaluate();
    expect(await gate.message({ type: 'stepTerm', direction: 'next' })).toEqual({ ok: true, value: { from: 'module' } });
    expect(loads).toHaveLength(1);
  });

  it('ignores what is not a content request', async () => {
    html(ARTICLE);
    cache.write(settings());
    await makeGate().evaluate();
    expect(gate.message({ type: 'getSettings' })).toBeUndefined();
    expect(gate.message('listTerms')).toBeUndefined();
    expect(controller.handled).toEqual([]);
  });

  it('a module that fails to load leaves the page as it was, and is tried again next time', async () => {
    html(ARTICLE);
    cache.write(settings());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    gate = new Gate({
      ext: fakeExt(),
      win: window,
      load: (url) => {
        loads.push(url);
        return fail ? Promise.reject(new Error('blocked')) : Promise.resolve({ startPage: () => fakeController() });
      },
    });
    await gate.evaluate();
    expect(gate.loaded).toBe(false);
    expect(warn).toHaveBeenCalled();
    fail = false;
    await gate.evaluate();
    expect(gate.loaded).toBe(true);
    expect(controller.evaluate).toBe(1);
    warn.mockRestore();
  });
});

describe('the requests the gate knows without loading their schemas', () => {
  it('are exactly the content requests of the protocol', () => {
    expect([...CONTENT_REQUEST_TYPES].sort()).toEqual(ContentRequestSchema.options.map((o) => o.entries.type.literal).sort());
  });
});
