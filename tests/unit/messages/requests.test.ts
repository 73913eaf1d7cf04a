import { describe, expect, it } from 'vitest';
import { parseContentRequest, parseRequest, type BackgroundRequest, type ContentRequest } from '../../../src/core/messages/index.ts';

const valid: BackgroundRequest[] = [
  { type: 'getEntry', id: 'nord-stream-2' },
  { type: 'getSettings' },
  { type: 'getStatus', url: 'https://example.com/a', isArticle: true },
  { type: 'setSiteRule', site: 'example.com', rule: 'off' },
  { type: 'setSiteRule', site: 'local files', rule: null },
  { type: 'setMuted', id: 'swift', muted: true },
  { type: 'updateSettings', patch: { hoverDelayMs: 400, categoriesOff: ['person'], siteMode: 'only-listed' } },
  { type: 'updateSettings', patch: {} },
  { type: 'exportSettings' },
  { type: 'importSettings', json: '{}' },
  { type: 'resetSettings' },
  { type: 'reportPage', distinct: 3, state: 'on' },
  { type: 'takePendingSearch' },
];

describe('parseRequest (to the background)', () => {
  it.each(valid.map((r) => [r.type, r] as const))('accepts a well-formed %s', (_type, request) => {
    expect(parseRequest(structuredClone(request))).toEqual({ ok: true, request });
  });

  it.each([
    ['not an object', 'getSettings'],
    ['null', null],
    ['an array', [{ type: 'getSettings' }]],
    ['no type', { id: 'swift' }],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a content-script request', { type: 'listTerms' }],
    ['a type of the wrong kind', { type: 7 }],
    ['an extra key', { type: 'getSettings', sneaky: true }],
    ['a missing field', { type: 'getEntry' }],
    ['an id that is not kebab-case', { type: 'getEntry', id: '../../etc/passwd' }],
    ['a huge id', { type: 'getEntry', id: 'a'.repeat(500) }],
    ['a site that is not a site key', { type: 'setSiteRule', site: 'https://example.com/', rule: 'off' }],
    ['an un-normalised site', { type: 'setSiteRule', site: 'www.example.com', rule: 'off' }],
    ['a rule that is neither on, off nor null', { type: 'setSiteRule', site: 'example.com', rule: 'maybe' }],
    ['a muted flag that is not boolean', { type: 'setMuted', id: 'swift', muted: 'yes' }],
    ['a patch with an unknown setting', { type: 'updateSettings', patch: { sites: {} } }],
    ['a patch with a bad value', { type: 'updateSettings', patch: { highlightStyle: 'blink' } }],
    ['a patch with an infinite delay', { type: 'updateSettings', patch: { hoverDelayMs: Number.POSITIVE_INFINITY } }],
    ['a patch with an unknown category', { type: 'updateSettings', patch: { categoriesOff: ['dragons'] } }],
    ['a negative count', { type: 'reportPage', distinct: -1, state: 'on' }],
    ['a fractional count', { type: 'reportPage', distinct: 1.5, state: 'on' }],
    ['an unknown page state', { type: 'reportPage', distinct: 1, state: 'asleep' }],
    ['a non-string import', { type: 'importSettings', json: { format: 'gloss-settings' } }],
    ['a non-boolean isArticle', { type: 'getStatus', url: 'https://a.com', isArticle: 'true' }],
  ])('refuses %s', (_what, raw) => {
    const parsed = parseRequest(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
  });

  it('names the field that failed', () => {
    const parsed = parseRequest({ type: 'setMuted', id: 'swift', muted: 'yes' });
    expect(!parsed.ok && parsed.message).toMatch(/^muted:/);
  });
});

describe('parseContentRequest (to a content script)', () => {
  const requests: ContentRequest[] = [
    { type: 'listTerms' },
    { type: 'revealTerm', id: 'swift' },
    { type: 'explainSelection', text: 'SWIFT', id: 'swift' },
    { type: 'stepTerm', direction: 'previous' },
  ];

  it.each(requests.map((r) => [r.type, r] as const))('accepts %s', (_type, request) => {
    expect(parseContentRequest(request)).toEqual({ ok: true, request });
  });

  it.each([
    [{ type: 'getSettings' }],
    [{ type: 'stepTerm', direction: 'sideways' }],
    [{ type: 'revealTerm' }],
    [{ type: 'explainSelection', text: 'x'.repeat(1001), id: 'swift' }],
    [undefined],
  ])('refuses %o', (raw) => {
    expect(parseContentRequest(raw).ok).toBe(false);
  });
});
