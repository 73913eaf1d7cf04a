import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../src/core/messages/index.ts';
import { defaultSettings, type Settings } from '../../../src/core/settings/index.ts';
import { pageView, ruleForSwitch, switchUsable, type Target } from '../../../src/popup/page-state.ts';
import { pageAnswer } from './support.tsx';

const tab = (url: string | null): Target => ({ kind: 'tab', tabId: 3, url });
const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });
const unreachable = fail('unreachable', 'no answer');

describe('pageView', () => {
  it.each([
    'chrome://extensions/',
    'about:addons',
    'view-source:https://news.example/a',
    'moz-extension://6f1c1c3e/options.html',
    'chrome-extension://abcdef/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/de/firefox/',
    'edge://settings',
    'data:text/html,hi',
  ])('calls %s restricted, whatever the page answers', (url) => {
    expect(pageView({ target: tab(url), answer: unreachable, settings: settings() })).toEqual({ kind: 'restricted' });
  });

  it('takes a tab that does not answer and ends in .pdf for the PDF viewer', () => {
    expect(pageView({ target: tab('https://news.example/report.PDF?x=1'), answer: unreachable, settings: settings() }).kind).toBe('restricted');
  });

  it('takes a tab with neither a URL nor an answer for one Gloss cannot run on', () => {
    expect(pageView({ target: tab(null), answer: unreachable, settings: settings() }).kind).toBe('restricted');
  });

  it('says nothing about a page when the popup is a tab of its own', () => {
    expect(pageView({ target: { kind: 'none' }, answer: null, settings: settings() })).toEqual({ kind: 'none' });
  });

  it('uses the site the content script names when the URL is hidden (?tab=)', () => {
    const view = pageView({ target: tab(null), answer: ok(pageAnswer({ site: '127.0.0.1' })), settings: settings() });
    expect(view).toMatchObject({ kind: 'site', site: '127.0.0.1', on: true, reason: 'article', terms: pageAnswer().terms });
  });

  it('shows a reachable article page as on, with its terms and the mode', () => {
    const view = pageView({ target: tab('https://www.stern.de/a'), answer: ok(pageAnswer({ site: 'stern.de' })), settings: settings() });
    expect(view).toMatchObject({ kind: 'site', site: 'stern.de', on: true, mode: 'articles', rule: null, ruleFrom: null });
  });

  it('says "not an article" in the articles mode', () => {
    const view = pageView({ target: tab('https://bank.example/'), answer: ok(pageAnswer({ site: 'bank.example', isArticle: false, terms: [] })), settings: settings() });
    expect(view).toMatchObject({ on: false, reason: 'not-article', isArticle: false });
  });

  it('names the parent domain a rule comes from', () => {
    const view = pageView({
      target: tab('https://blog.example.com/'),
      answer: ok(pageAnswer({ site: 'blog.example.com' })),
      settings: settings({ sites: { 'example.com': 'off' } }),
    });
    expect(view).toMatchObject({ on: false, reason: 'site-off', rule: 'off', ruleFrom: 'example.com' });
  });

  it('follows the settings, not the page, right after a change', () => {
    // The content script still says "on"; the settings already say the site is off.
    const view = pageView({ target: tab('https://news.example/'), answer: ok(pageAnswer()), settings: settings({ sites: { 'news.example': 'off' } }) });
    expect(view).toMatchObject({ on: false, reason: 'site-off' });
  });

  it('keeps the switch for a page that has not been read, without terms', () => {
    const view = pageView({ target: tab('https://news.example/a'), answer: unreachable, settings: settings() });
    expect(view).toMatchObject({ kind: 'site', site: 'news.example', terms: null, isArticle: null });
  });

  it('disables the switch only while Gloss is off everywhere', () => {
    const off = pageView({ target: tab('https://news.example/'), answer: ok(pageAnswer()), settings: settings({ enabled: false }) });
    if (off.kind !== 'site') throw new Error('expected a site view');
    expect(off.reason).toBe('disabled');
    expect(switchUsable(off)).toBe(false);
  });
});

describe('ruleForSwitch', () => {
  it('sets "off" on an article and removes it again when switched back on', () => {
    const s = settings();
    expect(ruleForSwitch(s, 'news.example', true, false)).toBe('off');
    expect(ruleForSwitch(settings({ sites: { 'news.example': 'off' } }), 'news.example', true, true)).toBeNull();
  });

  it('sets "on" for a page that is not an article, and removes it when switched off', () => {
    expect(ruleForSwitch(settings(), 'shop.example', false, true)).toBe('on');
    expect(ruleForSwitch(settings({ sites: { 'shop.example': 'on' } }), 'shop.example', false, false)).toBeNull();
  });

  it('overrides a parent domain with the site\'s own rule', () => {
    const s = settings({ sites: { 'example.com': 'off' } });
    expect(ruleForSwitch(s, 'blog.example.com', true, true)).toBe('on');
  });

  it('in "only listed" mode turns a site on with a rule', () => {
    expect(ruleForSwitch(settings({ siteMode: 'only-listed' }), 'news.example', true, true)).toBe('on');
  });

  it('sets an explicit rule when the page is unknown, so the switch holds whatever the page turns out to be', () => {
    expect(ruleForSwitch(settings(), 'news.example', null, true)).toBe('on');
    expect(ruleForSwitch(settings(), 'news.example', null, false)).toBe('off');
  });
});
