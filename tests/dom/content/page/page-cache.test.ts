// A page reads the page cache the background keeps in storage.local: the view, the salted key
// of its own site's rule and the compiled terms, without waking the worker. What it reads, and
// what it does with a damaged cache: an unmarked page and a warning, never a crash.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { GlossPage } from '../../../../src/content/page/gloss-page.ts';
import { pageDataSource, type FirstRead } from '../../../../src/content/page/page-data.ts';
import { readPageCache } from '../../../../src/content/gate/page-settings.ts';
import { LATIN_TERMS_KEY, NO_LATIN_PART, TERMS_KEY } from '../../../../src/core/settings/page-cache.ts';
import type { StoredMatcher } from '../../../../src/core/match/index.ts';
import { defaultSettings, ruleKey, VIEW_KEY, type Settings } from '../../../../src/core/settings/index.ts';
import { i18nFromMessages } from '../../../../src/ui/i18n-messages.ts';
import en from '../../../../src/_locales/en/messages.json';
import { FakeBackground, FakeLocalCache, fakeHighlights, setUrl } from '../fakes.ts';
import { html, loadCard, ManualClock } from '../support.ts';

const ARTICLE = `<article><h1>Pipes</h1><p>${'Filler text about energy. '.repeat(80)}</p>
  <p>Nord Stream 2 and Power of Siberia 2.</p><p>Payments by SWIFT, then Nord Stream again.</p></article>`;

let background: FakeBackground;
let cache: FakeLocalCache;
let api: ReturnType<typeof fakeHighlights>;
let clock: ManualClock;
let page: GlossPage;
let warn: MockInstance<typeof console.warn>;

function start(first?: FirstRead): GlossPage {
  clock = new ManualClock();
  api = fakeHighlights();
  page = new GlossPage({
    win: window,
    doc: document,
    background,
    data: pageDataSource(cache.get, background, first),
    i18n: i18nFromMessages(en),
    highlightApi: api,
    clock,
    copy: async () => {},
    loadCard,
  });
  return page;
}

async function ready(): Promise<void> {
  await page.evaluate();
  await vi.waitFor(() => expect(page.scan === null || page.scan.started).toBe(true));
  clock.drain();
}

const marked = () => api.texts('gloss-underline').sort();
const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });
const warnings = () => warn.mock.calls.map((c) => String(c[0]));

beforeEach(() => {
  setUrl('https://news.example.org/2025/pipes');
  html(ARTICLE);
  background = new FakeBackground();
  cache = new FakeLocalCache();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  page.stop();
  warn.mockRestore();
});

describe('reading the page cache', () => {
  it("marks the page from storage.local alone, reading the view, its own site's rule keys and the terms", async () => {
    cache.write(settings({ siteMode: 'only-listed', sites: { 'example.org': 'on', 'bank.example': 'off' } }));
    start();
    await ready();
    expect(marked()).toEqual(['Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
    expect(background.count('getPageData')).toBe(0);
    // Of its own keys (site, parent domain, top), only those the view's filter may hold: here the parent's.
    expect(cache.read).toEqual([VIEW_KEY, ruleKey(cache.salt, 'example.org'), TERMS_KEY]);
    expect(cache.read).not.toContain(ruleKey(cache.salt, 'bank.example'));
  });

  it("reads nothing twice when the gate hands over what it read and decided: its settings, its decision, and the terms it started reading", async () => {
    cache.write(settings());
    const load = await readPageCache(cache.get, window.location.href);
    expect(load).not.toBeNull();
    const first: FirstRead = { cache: load as NonNullable<typeof load>, terms: cache.get([TERMS_KEY]), latin: false, decided: { isArticle: true, decision: { on: true, reason: 'article' } } };
    // The gate's decision stands for this document: the page does not look at it again (here it no
    // longer reads as an article, and is marked all the same).
    html('<p>Nord Stream 2 and Power of Siberia 2.</p><p>Payments by SWIFT.</p>');
    const before = [...cache.read];
    start(first);
    await ready();
    expect(page.decision?.decision).toEqual({ on: true, reason: 'article' });
    expect(marked()).toEqual(['Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
    expect(cache.read).toEqual(before);
    expect(background.count('getPageData')).toBe(0);
    // A later decision (a settings change) reads afresh, and looks at the page again.
    cache.write(settings({ highlightStyle: 'tint' }));
    await page.evaluate();
    expect(cache.read.slice(before.length)).toContain(VIEW_KEY);
    expect(page.decision?.settings.highlightStyle).toBe('tint');
    expect(page.decision?.decision).toEqual({ on: false, reason: 'not-article' });
  });

  it('never reads the terms where Gloss is off', async () => {
    cache.write(settings({ sites: { 'example.org': 'off' } }));
    start();
    await ready();
    expect(page.decision?.decision).toEqual({ on: false, reason: 'site-off' });
    expect(cache.read).not.toContain(TERMS_KEY);
    expect(api.registry.size).toBe(0);
  });

  it('follows a rewritten cache: a muted term goes, and the terms are read again only when their stamp changed', async () => {
    cache.write(settings());
    start();
    await ready();
    cache.write(settings({ highlightStyle: 'tint' }));
    cache.read.length = 0;
    await ready();
    expect(api.texts('gloss-tint').sort()).toEqual(['Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
    expect(cache.read).not.toContain(TERMS_KEY);
    cache.write(settings({ highlightStyle: 'tint', muted: ['swift'] }));
    await ready();
    expect(cache.read).toContain(TERMS_KEY);
    expect(api.texts('gloss-tint').sort()).toEqual(['Nord Stream 2', 'Power of Siberia 2']);
  });
});

describe('the Latin-script part of the terms', () => {
  // Every mention marked, so that a Russian name of an entry already named in English shows too.
  const EVERY = ['Nord Stream', 'Nord Stream 2', 'Power of Siberia 2', 'SWIFT'];
  it('a page in a Latin-script language reads only the part, and is marked as with the whole', async () => {
    document.documentElement.lang = 'en-GB';
    cache.write(settings({ mentions: 'every' }));
    start();
    await ready();
    expect(marked()).toEqual(EVERY);
    expect(cache.read).toContain(LATIN_TERMS_KEY);
    expect(cache.read).not.toContain(TERMS_KEY);
  });

  it('where the terms have no part worth storing, or a damaged one, a Latin-script page reads the whole from storage, not from the worker', async () => {
    document.documentElement.lang = 'en';
    for (const part of [NO_LATIN_PART, { format: 'gloss-matcher', version: 1 }]) {
      cache.write(settings({ mentions: 'every' }));
      cache.items[LATIN_TERMS_KEY] = part;
      cache.read.length = 0;
      start();
      await ready();
      expect(marked()).toEqual(EVERY);
      expect(cache.read.filter((k) => k.startsWith('gloss.terms'))).toEqual([LATIN_TERMS_KEY, TERMS_KEY]);
      expect(background.count('getPageData')).toBe(0);
      page.stop();
    }
  });

  it('a page in another language, or in none, reads the whole', async () => {
    cache.write(settings({ mentions: 'every' }));
    for (const lang of ['ru', '']) {
      document.documentElement.lang = lang;
      cache.read.length = 0;
      html(ARTICLE.replace('</article>', '<p>Газ пойдёт через «Сила Сибири 2».</p></article>'));
      start();
      await ready();
      expect(cache.read).toContain(TERMS_KEY);
      expect(cache.read).not.toContain(LATIN_TERMS_KEY);
      expect(marked()).toEqual([...EVERY, 'Сила Сибири 2']);
      page.stop();
    }
  });

  it('a page that said it was English but quotes Russian is read again with the whole, once, and its Russian names marked', async () => {
    document.documentElement.lang = 'en';
    // No word Mir's rule needs: in the Latin part, its rule has the number the Russian name's has in the whole.
    html(`<article><h1>Pipes</h1><p>${'Filler text about energy. '.repeat(80)}</p><p>Nord Stream 2 and Power of Siberia 2.</p>
      <p>Russian media call it «Сила Сибири 2».</p><p>Газ и «Сила Сибири 2».</p></article>`);
    const english = ['Nord Stream 2', 'Power of Siberia 2'];
    const all = [...english, 'Сила Сибири 2', 'Сила Сибири 2'];
    cache.write(settings({ mentions: 'every' }));
    start();
    await ready();
    const session = page.scan;
    // The first walk, with the Latin-script part, found the Russian text: the whole terms are read,
    // and the page is walked again in place, the marks it has staying up meanwhile.
    await vi.waitFor(() => expect(cache.read).toContain(TERMS_KEY));
    await vi.waitFor(() => expect(page.scan?.scanning).toBe(true));
    expect(page.scan).toBe(session);
    expect(marked()).toEqual(english);
    await vi.waitFor(() => {
      clock.drain();
      // The Russian name's rule (a word of context on the page) is decided with the whole's rules.
      expect(marked()).toEqual(all);
    });
    expect(cache.read.filter((k) => k === LATIN_TERMS_KEY)).toHaveLength(1);
    expect(cache.read.filter((k) => k === TERMS_KEY)).toHaveLength(1);
    // Settings change later: the whole terms it holds still do; nothing is read again.
    cache.read.length = 0;
    cache.write(settings({ mentions: 'every', highlightStyle: 'tint' }));
    await ready();
    expect(cache.read).not.toContain(TERMS_KEY);
    expect(cache.read).not.toContain(LATIN_TERMS_KEY);
    expect(api.texts('gloss-tint').sort()).toEqual(all);
  });
});

describe('a damaged page cache', () => {
  it.each([
    ['not an object', 'garbage'],
    ['null', null],
    ['a salt that is not a string', { ...settings(), salt: 3, terms: 'x' }],
    ['no stamp of the terms', { ...settings(), salt: 'a1b2c3d4e5f6a7b8' }],
  ])('a view that is %s, and no worker to ask: an unmarked page and a warning', async (_what, view) => {
    cache.write(settings());
    cache.items[VIEW_KEY] = view;
    background.reachable = false;
    start();
    await ready();
    expect(page.decision).toBeNull();
    expect(api.registry.size).toBe(0);
    expect(warnings().some((w) => w.startsWith('[Gloss]'))).toBe(true);
  });

  it('a damaged view, with the worker there: the page asks it instead', async () => {
    cache.write(settings());
    cache.items[VIEW_KEY] = 'garbage';
    start();
    await ready();
    expect(background.count('getPageData')).toBe(1);
    expect(marked()).toEqual(['Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
  });

  it("a view the gate could decide from but damaged where only the page reads it: the page checks it whole and asks the worker", async () => {
    cache.write(settings());
    cache.items[VIEW_KEY] = { ...(cache.items[VIEW_KEY] as object), highlightStyle: 'neon', hoverDelayMs: 'soon' };
    const load = await readPageCache(cache.get, window.location.href);
    // The gate's check passes (switch, mode, salt are intact)…
    expect(load?.view).toEqual({ enabled: true, siteMode: 'articles', salt: cache.salt, rules: (cache.items[VIEW_KEY] as { rules: string }).rules });
    const first: FirstRead = { cache: load as NonNullable<typeof load>, terms: cache.get([TERMS_KEY]), latin: false, decided: { isArticle: true, decision: { on: true, reason: 'article' } } };
    start(first);
    await ready();
    // …the page module's does not: it asks the worker rather than mark with a style it cannot read.
    expect(background.count('getPageData')).toBe(1);
    expect(page.decision?.settings.highlightStyle).toBe('underline');
    expect(marked()).toEqual(['Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
  });

  it('terms whose outline is intact but whose buffer is not: an unmarked page and a warning', async () => {
    cache.write(settings());
    const terms = cache.items[TERMS_KEY] as StoredMatcher;
    cache.items[TERMS_KEY] = { ...terms, buffer: terms.buffer.slice(0, 64) };
    start();
    await ready();
    expect(page.decision?.decision.on).toBe(true);
    expect(page.scan).toBeNull();
    expect(api.registry.size).toBe(0);
    expect(warnings()).toContain('[Gloss] the compiled terms are unusable');
  });

  it.each([
    ['not an object', 42],
    ['of another format', { format: 'something-else', version: 2 }],
    ['an array', []],
  ])('terms that are %s, and no worker to ask: an unmarked page and a warning', async (_what, terms) => {
    cache.write(settings());
    cache.items[TERMS_KEY] = terms;
    background.reachable = false;
    start();
    await ready();
    expect(page.scan).toBeNull();
    expect(api.registry.size).toBe(0);
    expect(warnings().some((w) => w.startsWith('[Gloss]'))).toBe(true);
  });

  it('a storage read that throws: the page asks the worker, and stays unmarked with a warning when it cannot', async () => {
    background.reachable = false;
    cache.get = () => Promise.reject(new Error('storage is unavailable'));
    start();
    await ready();
    expect(api.registry.size).toBe(0);
    expect(warnings()).toContain('[Gloss] could not read the page cache; asking the background');
  });
});
