import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/background/message-router.ts';
import type { PageReportInput } from '../../../src/background/page-reports.ts';
import { createPageCache } from '../../../src/background/page-cache.ts';
import { createPendingSearch } from '../../../src/background/pending-search.ts';
import { createSettingsStore } from '../../../src/background/settings-store.ts';
import type { SenderLike } from '../../../src/core/messages/index.ts';
import { CURRENT_VERSION, defaultSettings, exportSettingsJson } from '../../../src/core/settings/index.ts';
import { FakeStorageArea, makeLog } from './fakes.ts';
import { entryOf } from './test-entries.ts';
import { newStorage, workerParts } from './worker-parts.ts';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const popup: SenderLike = { id: EXT_ID, url: `${ORIGIN}popup.html` };
const options: SenderLike = { id: EXT_ID, url: `${ORIGIN}options.html` };
const content: SenderLike = { id: EXT_ID, url: 'https://news.example.com/2025/story', frameId: 0, tab: { id: 5, active: true, windowId: 1 } };
const otherExtension: SenderLike = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };

function setup(initial: Record<string, unknown> = {}) {
  const { sync, local, store, glossaries, search, pageCache } = workerParts(newStorage(initial));
  const session = new FakeStorageArea();
  const reports: PageReportInput[] = [];
  const pendingSearch = createPendingSearch(session);
  const router = createRouter({
    store,
    glossaries,
    search,
    self: { id: EXT_ID, origin: ORIGIN },
    pendingSearch,
    pageCache,
    today: () => '2025-06-01',
    reportPage: async (input) => {
      reports.push(input);
      return { badge: String(input.distinct) };
    },
  });
  return { router, sync, local, store, reports, pendingSearch, pageCache };
}

const code = (answer: { ok: boolean; error?: { code: string } }) => (answer.ok ? 'ok' : answer.error?.code);

describe('router: validation and senders', () => {
  it('refuses malformed messages and unknown types with invalid-message', async () => {
    const { router } = setup();
    for (const raw of [undefined, 'getSettings', { type: 'nope' }, { type: 'getEntry', id: 3 }, { type: 'getSettings', extra: 1 }]) {
      expect(code(await router.handle(raw, popup))).toBe('invalid-message');
    }
  });

  it('refuses other extensions and senders without an id', async () => {
    const { router } = setup();
    expect(await router.handle({ type: 'getSettings' }, otherExtension)).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: 'Gloss answers only its own extension.' },
    });
    expect(code(await router.handle({ type: 'getSettings' }, {}))).toBe('forbidden-sender');
    expect(code(await router.handle({ type: 'getSettings' }, { url: popup.url }))).toBe('forbidden-sender');
  });

  it('lets content scripts read their own page, report it, mute from the card and switch only their own site off', async () => {
    const { router, store } = setup();
    expect(code(await router.handle({ type: 'getPageData' }, content))).toBe('ok');
    expect(code(await router.handle({ type: 'getEntry', id: 'swift' }, content))).toBe('ok');
    expect(await router.handle({ type: 'muteTerm', id: 'swift' }, content)).toEqual({ ok: true, value: { muted: true } });
    expect(await router.handle({ type: 'turnOffHere' }, content)).toEqual({ ok: true, value: { site: 'news.example.com' } });
    expect((await store.get()).sites).toEqual({ 'news.example.com': 'off' });
    expect((await store.get()).muted).toEqual(['swift']);
    // Never the whole settings, another page's status, or a rule for a site of its choice.
    for (const type of ['getSettings', 'exportSettings', 'resetSettings', 'takePendingSearch'] as const) {
      expect(code(await router.handle({ type }, content))).toBe('forbidden-sender');
    }
    expect(code(await router.handle({ type: 'updateSettings', patch: { enabled: false } }, content))).toBe('forbidden-sender');
    expect(code(await router.handle({ type: 'importSettings', json: '{}' }, content))).toBe('forbidden-sender');
    expect(code(await router.handle({ type: 'getStatus', url: 'https://bank.example/', isArticle: true }, content))).toBe('forbidden-sender');
    expect(code(await router.handle({ type: 'setSiteRule', site: 'news.example.com', rule: 'on' }, content))).toBe('forbidden-sender');
    expect(code(await router.handle({ type: 'setMuted', id: 'swift', muted: false }, content))).toBe('forbidden-sender');
    expect(code(await router.handle({ type: 'turnOffHere' }, { ...content, url: 'about:blank' }))).toBe('forbidden-sender');
    // Nor the glossaries: a page may not read what the reader imported, or change it.
    for (const request of [
      { type: 'listGlossaries' },
      { type: 'importGlossary', fileName: 'x.json', text: '{}' },
      { type: 'setGlossaryEnabled', id: 'builtin', enabled: false },
      { type: 'removeGlossary', id: 'arctic' },
      { type: 'exportGlossary', id: 'arctic' },
      { type: 'search', query: 'nord', languages: ['en'], limit: 5 },
    ]) {
      expect(code(await router.handle(request, content))).toBe('forbidden-sender');
    }
  });

  it('gives a content script its own page: the rule that applies to its site, no site list, no muted entries', async () => {
    const { router, store } = setup();
    await store.update((s) => ({ ...s, sites: { 'example.com': 'on', 'bank.example': 'off' }, muted: ['swift'], categoriesOff: ['person'] }));
    const answer = await router.handle({ type: 'getPageData' }, content);
    if (!answer.ok) throw new Error(answer.error.message);
    const data = answer.value as { site: string; settings: Record<string, unknown>; terms: { ids: string } };
    expect(data.site).toBe('news.example.com');
    expect(data.settings).toEqual({ enabled: true, siteMode: 'articles', highlightStyle: 'underline', mentions: 'first', hoverDelayMs: 300, categoriesOff: ['person'], rule: 'on' });
    expect(JSON.stringify(data)).not.toContain('bank.example');
    expect(data.terms.ids.split('\n')).toEqual(['nord-stream-2', 'power-of-siberia-2', 'united-states']);
  });

  it('takes reportPage only from a content script in a tab', async () => {
    const { router, reports } = setup();
    expect(code(await router.handle({ type: 'reportPage', distinct: 2, state: 'on' }, popup))).toBe('forbidden-sender');
    expect(code(await router.handle({ type: 'reportPage', distinct: 2, state: 'on' }, { id: EXT_ID, url: 'https://a.com/' }))).toBe('forbidden-sender');
    expect(await router.handle({ type: 'reportPage', distinct: 2, state: 'on' }, content)).toEqual({ ok: true, value: { badge: '2' } });
    expect(reports).toEqual([{ tabId: 5, url: content.url, active: true, distinct: 2, state: 'on' }]);
  });
});

describe('router: requests', () => {
  it('getEntry returns the entry with the glossary it comes from, or null', async () => {
    const { router } = setup();
    expect(await router.handle({ type: 'getEntry', id: 'nord-stream-2' }, content)).toEqual({
      ok: true,
      value: { entry: entryOf('nord-stream-2'), glossary: { id: 'builtin', name: 'Russia, Iran and energy', builtin: true } },
    });
    expect(await router.handle({ type: 'getEntry', id: 'no-such-entry' }, content)).toEqual({ ok: true, value: null });
    expect(await router.handle({ type: 'getEntry', id: 'arctic/no-such-entry' }, content)).toEqual({ ok: true, value: null });
  });

  it('getStatus explains the decision for a URL', async () => {
    const { router } = setup({ version: CURRENT_VERSION, sites: { 'example.com': 'off' } });
    expect(await router.handle({ type: 'getStatus', url: 'https://news.example.com/a', isArticle: true }, popup)).toEqual({
      ok: true,
      value: { site: 'news.example.com', on: false, reason: 'site-off', siteRule: 'off', ruleFrom: 'example.com', mode: 'articles' },
    });
    expect(await router.handle({ type: 'getStatus', url: 'chrome://extensions', isArticle: false }, popup)).toEqual({
      ok: true,
      value: { site: null, on: false, reason: 'restricted', siteRule: null, ruleFrom: null, mode: 'articles' },
    });
  });

  it('setSiteRule, setMuted and updateSettings answer with the new settings and store them', async () => {
    const { router, sync } = setup();
    expect(await router.handle({ type: 'setSiteRule', site: 'bank.example', rule: 'off' }, popup)).toMatchObject({ ok: true, value: { sites: { 'bank.example': 'off' } } });
    expect(await router.handle({ type: 'setMuted', id: 'swift', muted: true }, popup)).toMatchObject({ ok: true, value: { muted: ['swift'] } });
    expect(await router.handle({ type: 'updateSettings', patch: { hoverDelayMs: 5, mentions: 'every' } }, options)).toMatchObject({ ok: true, value: { hoverDelayMs: 100, mentions: 'every' } });
    expect(sync.data).toEqual({ version: CURRENT_VERSION, sites: { 'bank.example': 'off' }, muted: ['swift'], hoverDelayMs: 100, mentions: 'every' });
    expect(await router.handle({ type: 'setSiteRule', site: 'bank.example', rule: null }, popup)).toMatchObject({ ok: true, value: { sites: {} } });
  });

  it('setMuted refuses an entry that does not exist, but may always unmute', async () => {
    const { router } = setup();
    expect(code(await router.handle({ type: 'setMuted', id: 'made-up', muted: true }, popup))).toBe('not-found');
    expect(code(await router.handle({ type: 'setMuted', id: 'made-up', muted: false }, popup))).toBe('ok');
  });

  it('exports a marked file and imports it back after a reset', async () => {
    const { router } = setup();
    await router.handle({ type: 'updateSettings', patch: { highlightStyle: 'tint', categoriesOff: ['weapon'] } }, options);
    const exported = await router.handle({ type: 'exportSettings' }, options);
    if (!exported.ok) throw new Error('export failed');
    const { json, filename } = exported.value as { json: string; filename: string };
    expect(filename).toBe('gloss-settings-2025-06-01.json');
    expect(JSON.parse(json)).toMatchObject({ format: 'gloss-settings', version: CURRENT_VERSION, settings: { highlightStyle: 'tint' } });
    expect(await router.handle({ type: 'resetSettings' }, options)).toEqual({ ok: true, value: defaultSettings() });
    expect(await router.handle({ type: 'importSettings', json }, options)).toMatchObject({ ok: true, value: { highlightStyle: 'tint', categoriesOff: ['weapon'] } });
  });

  it('refuses a bad import with invalid-import and leaves the settings as they were', async () => {
    const { router, sync } = setup({ version: CURRENT_VERSION, mentions: 'every' });
    const before = structuredClone(sync.data);
    const bad = [
      '{ not json',
      JSON.stringify({ format: 'other-app', settings: {} }),
      JSON.stringify({ format: 'gloss-settings', version: CURRENT_VERSION, settings: { hoverDelayMs: 'x' } }),
      exportSettingsJson(defaultSettings()).padEnd(200_000, ' '),
    ];
    for (const json of bad) {
      const answer = await router.handle({ type: 'importSettings', json }, options);
      expect(code(answer)).toBe('invalid-import');
      expect(!answer.ok && answer.error.message.length).toBeGreaterThan(10);
    }
    expect(sync.data).toEqual(before);
  });

  it('resetting keeps the version number a newer Gloss wrote', async () => {
    const { router, sync } = setup({ version: CURRENT_VERSION + 2, mentions: 'every' });
    await router.handle({ type: 'resetSettings' }, options);
    expect(sync.data).toEqual({ version: CURRENT_VERSION + 2 });
  });

  it('takePendingSearch hands over the query once', async () => {
    const { router, pendingSearch } = setup();
    await pendingSearch.set('Power of Siberia');
    expect(await router.handle({ type: 'takePendingSearch' }, popup)).toEqual({ ok: true, value: { query: 'Power of Siberia' } });
    expect(await router.handle({ type: 'takePendingSearch' }, popup)).toEqual({ ok: true, value: { query: null } });
  });

  it('answers internal, not a rejection, when storage breaks', async () => {
    const { router, sync } = setup();
    sync.failGet = true;
    sync.refuseSet = () => new Error('disk full');
    // Reading falls back to local; a failed write to both areas surfaces as internal.
    const parts = workerParts();
    const local = new FakeStorageArea();
    local.refuseSet = () => new Error('disk full');
    const store = createSettingsStore({ sync, local, log: makeLog() });
    const broken = createRouter({
      store,
      glossaries: parts.glossaries,
      search: parts.search,
      self: { id: EXT_ID, origin: ORIGIN },
      pendingSearch: createPendingSearch(undefined),
      pageCache: createPageCache({ store, local, glossaries: parts.glossaries, random: (b) => b, log: makeLog() }),
      reportPage: async () => ({ badge: '' }),
    });
    expect(code(await router.handle({ type: 'getSettings' }, popup))).toBe('ok');
    expect(code(await broken.handle({ type: 'setMuted', id: 'swift', muted: true }, popup))).toBe('internal');
  });
});
