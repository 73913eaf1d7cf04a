import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentExt } from '../../../../src/content/gate/ext.ts';
import { pageKey, watchNavigation, POLL_MS } from '../../../../src/content/page/navigation.ts';
import { setUrl } from '../fakes.ts';

function fakeChrome() {
  const listeners: Array<(m: unknown, s: { id?: string }, r: (a: unknown) => void) => boolean | undefined> = [];
  return {
    listeners,
    chrome: {
      runtime: {
        id: 'gloss-id',
        sendMessage: vi.fn(async (m: unknown) => ({ ok: true, value: m })),
        onMessage: { addListener: (fn: (typeof listeners)[number]) => listeners.push(fn) },
      },
      storage: { onChanged: { addListener: vi.fn() } },
      i18n: { getMessage: (key: string, subs?: string | string[]) => (key === 'ui_locale' ? 'en' : key === 'known' ? `K ${String(subs)}` : '') },
    },
  };
}

describe('extension API adapter', () => {
  it('answers through sendResponse and says so by returning true', async () => {
    const fake = fakeChrome();
    const ext = contentExt({ chrome: fake.chrome });
    ext.onMessage(async (m) => ({ echo: m }));
    const respond = vi.fn();
    expect(fake.listeners[0]!({ type: 'listTerms' }, { id: 'gloss-id' }, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ echo: { type: 'listTerms' } }));
  });

  it('leaves messages it does not handle alone, and turns a failure into a Result', async () => {
    const fake = fakeChrome();
    const ext = contentExt({ chrome: fake.chrome });
    ext.onMessage((m) => (m === 'mine' ? Promise.reject(new Error('boom')) : undefined));
    expect(fake.listeners[0]!('other', {}, vi.fn())).toBeUndefined();
    const respond = vi.fn();
    fake.listeners[0]!('mine', {}, respond);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ ok: false, error: { code: 'internal', message: 'Error: boom' } }));
  });

  it('prefers Firefox\'s browser namespace, and translates with the key as a visible fallback', () => {
    const a = fakeChrome();
    const b = fakeChrome();
    b.chrome.runtime.id = 'firefox-id';
    expect(contentExt({ chrome: a.chrome, browser: b.chrome }).id).toBe('firefox-id');
    const i18n = contentExt({ chrome: a.chrome }).i18n();
    expect(i18n.locale).toBe('en');
    expect(i18n.t('content_noTerms')).toBe('content_noTerms');
    expect(() => contentExt({})).toThrow();
  });
});

describe('SPA navigation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ignores fragment changes', () => {
    expect(pageKey('https://a.example/x?y#z')).toBe('https://a.example/x?y');
  });

  it('notices pushState by polling where there is no Navigation API, once the page settled', async () => {
    vi.useFakeTimers();
    setUrl('https://news.example.org/one');
    const onChange = vi.fn();
    const stop = watchNavigation(window, onChange, 100);
    history.pushState(null, '', '/one#part');
    await vi.advanceTimersByTimeAsync(POLL_MS + 200);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState(null, '', '/two');
    await vi.advanceTimersByTimeAsync(POLL_MS + 200);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });
});
