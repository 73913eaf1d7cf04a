import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossPage, type PagePorts } from '../../../../src/content/page/gloss-page.ts';
import { contentHandlers } from '../../../../src/content/page/request-handlers.ts';
import { i18nFromMessages } from '../../../../src/ui/i18n-messages.ts';
import en from '../../../../src/_locales/en/messages.json';
import { pageDataSource } from '../../../../src/content/page/page-data.ts';
import { FakeBackground, fakeHighlights, setUrl, trusted } from '../fakes.ts';
import { addedToHtml, html, loadCard, ManualClock } from '../support.ts';

const ARTICLE = `<article><h1>Pipes</h1><p>${'Filler text about energy. '.repeat(80)}</p>
  <p>Nord Stream 2 and Power of Siberia 2.</p><p>Payments by SWIFT, then Nord Stream again.</p></article>`;
const NOT_ARTICLE = '<main><p>Log in to your bank. SWIFT transfers.</p></main>';

let background: FakeBackground;
let clock: ManualClock;
let api: ReturnType<typeof fakeHighlights>;
let page: GlossPage;

function makePage(): GlossPage {
  return new GlossPage(ports());
}

function ports(): PagePorts {
  clock = new ManualClock();
  api = fakeHighlights();
  return {
    win: window,
    doc: document,
    background,
    // No page cache in these tests: every page asks the background (getPageData), as on a first visit.
    data: pageDataSource(async () => ({}), background),
    i18n: i18nFromMessages(en),
    highlightApi: api,
    clock,
    copy: async () => {},
    loadCard,
  };
}

async function ready(): Promise<void> {
  await page.evaluate();
  // The terms are decoded as the decision is applied; the first walk may still be queued.
  await vi.waitFor(() => expect(page.scan === null || page.scan.started).toBe(true));
  clock.drain();
}

const marked = () => api.texts('gloss-underline').sort();

beforeEach(() => {
  setUrl('https://news.example.org/2025/pipes');
  background = new FakeBackground();
});

afterEach(() => {
  page.stop();
  addedToHtml().forEach((h) => h.remove());
});

describe('deciding', () => {
  it('marks an article in the default mode and reports it', async () => {
    html(ARTICLE);
    page = makePage();
    await ready();
    expect(page.decision?.decision).toEqual({ on: true, reason: 'article' });
    expect(marked()).toEqual(['Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
    await vi.waitFor(() => expect(background.requests).toContainEqual({ type: 'reportPage', distinct: 3, state: 'on' }), { timeout: 2000 });
    // One report, with the count: none before the scan had counted anything.
    expect(background.requests.filter((r) => r.type === 'reportPage')).toHaveLength(1);
  });

  it('decodes new terms in a task of its own, after the one that decided', async () => {
    html(ARTICLE);
    let release: () => void = () => {};
    const asked = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    page = new GlossPage({ ...ports(), nextTask: asked });
    const evaluating = page.evaluate();
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    expect(page.decision).toBeNull();
    expect(page.scan).toBeNull();
    release();
    await evaluating;
    expect(page.decision?.decision).toEqual({ on: true, reason: 'article' });
    expect(page.scan?.started).toBe(true);
    // The first slice waits for a task of its own too.
    expect(marked()).toEqual([]);
    clock.drain();
    expect(marked()).toEqual(['Nord Stream 2', 'Power of Siberia 2', 'SWIFT']);
  });

  it('does nothing on a page that is not an article: no scan, no host, no listeners beyond the message', async () => {
    html(NOT_ARTICLE);
    page = makePage();
    await ready();
    expect(page.decision?.decision.reason).toBe('not-article');
    expect(page.scan).toBeNull();
    expect(clock.pending).toBe(0);
    expect(addedToHtml()).toEqual([]);
    expect(api.registry.size).toBe(0);
    expect(background.requests.map((r) => r.type)).toEqual(['getPageData', 'reportPage']);
  });

  it('skips even the article check where the site is switched off', async () => {
    html(ARTICLE);
    background.settings = { ...background.settings, sites: { 'example.org': 'off' } };
    page = makePage();
    await ready();
    expect(page.decision).toMatchObject({ isArticle: null, decision: { on: false, reason: 'site-off' } });
    expect(api.registry.size).toBe(0);
  });

  it('marks nothing, with a warning, when neither the page cache nor the background answers', async () => {
    html(ARTICLE);
    background.reachable = false;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    page = makePage();
    await ready();
    expect(page.decision).toBeNull();
    expect(api.registry.size).toBe(0);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('settings apply live', () => {
  it('switches style and mentions without a rescan, drops muted terms, then off and on again', async () => {
    html(ARTICLE);
    page = makePage();
    await ready();
    background.settings = { ...background.settings, highlightStyle: 'tint', mentions: 'every', muted: ['swift'] };
    await ready();
    expect(api.registry.has('gloss-underline')).toBe(false);
    expect(api.texts('gloss-tint').sort()).toEqual(['Nord Stream', 'Nord Stream 2', 'Power of Siberia 2']);
    background.settings = { ...background.settings, sites: { 'news.example.org': 'off' } };
    await page.evaluate();
    expect(api.registry.size).toBe(0);
    expect(page.scan).toBeNull();
    background.settings = { ...background.settings, sites: {} };
    await ready();
    expect(api.texts('gloss-tint').length).toBe(3);
  });

  it('leaves switched-off categories unmarked from the start, without fetching any entry', async () => {
    html(ARTICLE);
    background.settings = { ...background.settings, categoriesOff: ['pipeline'] };
    page = makePage();
    await ready();
    expect(marked()).toEqual(['SWIFT']);
    expect(background.count('getEntry')).toBe(0);
  });

  it('applies categories switched off later, without a new scan', async () => {
    html(ARTICLE);
    page = makePage();
    await ready();
    background.settings = { ...background.settings, categoriesOff: ['payment-system'] };
    await page.evaluate();
    await vi.waitFor(() => expect(marked()).toEqual(['Nord Stream 2', 'Power of Siberia 2']));
  });
});

describe('requests from the popup and the background', () => {
  it('lists the marked terms in page order with titles and counts', async () => {
    html(ARTICLE);
    page = makePage();
    await ready();
    const handlers = contentHandlers(page, window, i18nFromMessages(en).t);
    const list = await handlers.listTerms({ type: 'listTerms' }, undefined);
    expect(list).toEqual({
      terms: [
        { id: 'ns', title: 'Nord Stream', count: 2 },
        { id: 'pos2', title: 'Power of Siberia 2', count: 1 },
        { id: 'swift', title: 'SWIFT', count: 1 },
      ],
      site: 'news.example.org',
      isArticle: true,
      on: true,
      reason: 'article',
    });
  });

  it('answers listTerms with on: false where Gloss is off', async () => {
    html(NOT_ARTICLE);
    page = makePage();
    await ready();
    const handlers = contentHandlers(page, window, i18nFromMessages(en).t);
    expect(await handlers.listTerms({ type: 'listTerms' }, undefined)).toEqual({ terms: [], site: 'news.example.org', isArticle: false, on: false, reason: 'not-article' });
  });

  it('steps through the terms, opening a focused, labelled card and announcing it', async () => {
    html(ARTICLE);
    page = makePage();
    await ready();
    const handlers = contentHandlers(page, window, i18nFromMessages(en).t);
    expect(await handlers.stepTerm({ type: 'stepTerm', direction: 'next' }, undefined)).toEqual({ found: true });
    const host = addedToHtml()[0]!;
    expect(addedToHtml()).toHaveLength(1);
    expect(host.attributes).toHaveLength(0);
    expect(host.parentNode).toBe(document.documentElement);
    // The root is closed: the page sees none of it; Gloss's own code holds the only reference.
    expect(host.shadowRoot).toBeNull();
    const root = page.cards.root!;
    const dialog = root.querySelector('[role="dialog"]')!;
    const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Nord Stream');
    expect(root.activeElement).toBe(dialog);
    await vi.waitFor(() => expect(root.querySelector('.gloss-live[aria-live="polite"]')!.textContent).toBe('Nord Stream, 1 of 3 terms'));
    await handlers.stepTerm({ type: 'stepTerm', direction: 'next' }, undefined);
    expect(root.querySelector('[role="dialog"]')!.getAttribute('data-entry-id')).toBe('pos2');
    await handlers.stepTerm({ type: 'stepTerm', direction: 'previous' }, undefined);
    await handlers.stepTerm({ type: 'stepTerm', direction: 'previous' }, undefined);
    expect(root.querySelector('[role="dialog"]')!.getAttribute('data-entry-id')).toBe('swift');
  });

  it('reveals a term from the popup and explains a selection from the context menu', async () => {
    html(ARTICLE);
    page = makePage();
    await ready();
    const handlers = contentHandlers(page, window, i18nFromMessages(en).t);
    expect(await handlers.revealTerm({ type: 'revealTerm', id: 'swift' }, undefined)).toEqual({ found: true });
    expect(await handlers.revealTerm({ type: 'revealTerm', id: 'instc' }, undefined)).toEqual({ found: false });
    expect(await handlers.explainSelection({ type: 'explainSelection', id: 'pos2', text: 'Power of Siberia 2' }, undefined)).toEqual({ found: true });
    const dialog = page.cards.root!.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('data-entry-id')).toBe('pos2');
  });

  it('renders the card while the hover delay runs, hidden and laid out, so that the delay\'s end only reveals it', async () => {
    html(ARTICLE);
    page = makePage();
    await ready();
    page.cards.hoverDelay = 60_000;
    const record = page.ordered().find((r) => r.id === 'pos2')!;
    page.cards.intent.pointer(record, 10, 10);
    // Prepared: the whole card is in the closed root, staged but not shown, and nothing is open.
    await vi.waitFor(() => expect(page.cards.root?.querySelector('[role="dialog"]')?.getAttribute('data-entry-id')).toBe('pos2'));
    const root = page.cards.root!;
    const float = root.querySelector<HTMLElement>('.gloss-float')!;
    await vi.waitFor(() => expect(float.hasAttribute('data-staged')).toBe(true));
    expect(float.hidden).toBe(true);
    expect(page.cards.isOpen).toBe(false);
    const prepared = root.querySelector('[role="dialog"]');
    // The delay is over: the same card shows, not a new one.
    expect(await page.cards.openRecord(record, { focus: false }, false)).toBe(true);
    expect(root.querySelector('[role="dialog"]')).toBe(prepared);
    expect(float.hidden).toBe(false);
    expect(float.hasAttribute('data-staged')).toBe(false);
    expect(page.cards.isOpen).toBe(true);
    // Another term: rendered afresh for it.
    page.cards.close();
    const swift = page.ordered().find((r) => r.id === 'swift')!;
    expect(await page.cards.openRecord(swift, { focus: false }, false)).toBe(true);
    expect(root.querySelector('[role="dialog"]')?.getAttribute('data-entry-id')).toBe('swift');
  });

  it('closes the card and gives focus back on Esc', async () => {
    html(`<button id="before">before</button>${ARTICLE}`);
    page = makePage();
    await ready();
    const before = document.getElementById('before')!;
    before.focus();
    const handlers = contentHandlers(page, window, i18nFromMessages(en).t);
    await handlers.stepTerm({ type: 'stepTerm', direction: 'next' }, undefined);
    const shadow = page.cards.root!;
    const dialog = shadow.querySelector<HTMLElement>('[role="dialog"]')!;
    // A page's synthetic Esc is ignored; the reader's closes the card.
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shadow.querySelector('[role="dialog"]')).not.toBeNull();
    dialog.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(shadow.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('"Turn off on this site" asks the background and takes the marks away at once', async () => {
    html(ARTICLE);
    page = makePage();
    await ready();
    const handlers = contentHandlers(page, window, i18nFromMessages(en).t);
    await handlers.stepTerm({ type: 'stepTerm', direction: 'next' }, undefined);
    const shadow = page.cards.root!;
    const off = [...shadow.querySelectorAll('button')].find((b) => /Turn off/i.test(b.textContent))!;
    off.click();
    // A click the browser did not make (a page script's) does nothing: it is stopped at the card's
    // root while it is dispatched, so neither the request nor the closing can have started.
    expect(background.count('turnOffHere')).toBe(0);
    expect(shadow.querySelector('[role="dialog"]')).not.toBeNull();
    off.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await vi.waitFor(() => expect(api.registry.size).toBe(0));
    expect(background.requests).toContainEqual({ type: 'turnOffHere' });
    expect(addedToHtml()).toEqual([]);
  });
});
