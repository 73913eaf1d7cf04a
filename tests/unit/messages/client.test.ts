import { describe, expect, it } from 'vitest';
import {
  RequestError,
  createBackgroundClient,
  createTabClient,
  parseContentRequest,
  serveMessage,
  type ContentRequest,
  type Handlers,
} from '../../../src/core/messages/index.ts';
import { defaultSettings } from '../../../src/core/settings/index.ts';

describe('createBackgroundClient', () => {
  it('passes the request through and returns the answer', async () => {
    const sent: unknown[] = [];
    const client = createBackgroundClient(async (message) => {
      sent.push(message);
      return { ok: true, value: defaultSettings() };
    });
    const answer = await client.request({ type: 'getSettings' });
    expect(sent).toEqual([{ type: 'getSettings' }]);
    expect(answer).toEqual({ ok: true, value: defaultSettings() });
  });

  it('passes typed errors through', async () => {
    const client = createBackgroundClient(async () => ({ ok: false, error: { code: 'invalid-import', message: 'The file is not valid JSON.' } }));
    expect(await client.request({ type: 'importSettings', json: '{' })).toEqual({ ok: false, error: { code: 'invalid-import', message: 'The file is not valid JSON.' } });
  });

  it('turns a failed send into unreachable, never a rejection', async () => {
    const client = createBackgroundClient(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const answer = await client.request({ type: 'getSettings' });
    expect(!answer.ok && answer.error.code).toBe('unreachable');
  });

  it('turns no answer into unreachable and a malformed answer into internal', async () => {
    const none = await createBackgroundClient(async () => undefined).request({ type: 'getSettings' });
    expect(!none.ok && none.error.code).toBe('unreachable');
    for (const junk of ['yes', { ok: 'true' }, { ok: false, error: { code: 'boom', message: 'x' } }, { ok: true }]) {
      const answer = await createBackgroundClient(async () => junk).request({ type: 'getSettings' });
      expect(!answer.ok && answer.error.code).toBe('internal');
    }
  });
});

describe('createTabClient', () => {
  it('sends to the given tab and returns a checked answer', async () => {
    const client = createTabClient(async (tabId, message) => {
      expect(tabId).toBe(7);
      expect(message).toEqual({ type: 'revealTerm', id: 'swift' });
      return { ok: true, value: { found: true } };
    });
    expect(await client.request(7, { type: 'revealTerm', id: 'swift' })).toEqual({ ok: true, value: { found: true } });
  });

  it('refuses an answer whose value does not fit the request', async () => {
    const client = createTabClient(async () => ({ ok: true, value: { terms: 'lots' } }));
    const answer = await client.request(1, { type: 'listTerms' });
    expect(!answer.ok && answer.error.code).toBe('internal');
  });

  it('accepts a full listTerms answer', async () => {
    const value = { terms: [{ id: 'swift', title: 'SWIFT', count: 3 }], site: 'example.com', isArticle: true, on: true, reason: 'article' };
    const client = createTabClient(async () => ({ ok: true, value }));
    expect(await client.request(1, { type: 'listTerms' })).toEqual({ ok: true, value });
  });

  it('says unreachable for a tab without a content script', async () => {
    const client = createTabClient(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const answer = await client.request(1, { type: 'stepTerm', direction: 'next' });
    expect(!answer.ok && answer.error.code).toBe('unreachable');
  });
});

describe('serveMessage (the content script side)', () => {
  const handlers: Handlers<ContentRequest, { calls: string[] }> = {
    listTerms: () => ({ terms: [], site: null, isArticle: false, on: false, reason: 'not-article' }),
    revealTerm: ({ id }, ctx) => {
      ctx.calls.push(id);
      if (id === 'missing') throw new RequestError('not-found', 'no such term on this page');
      return { found: true };
    },
    explainSelection: () => {
      throw new Error('kaboom');
    },
    stepTerm: async () => ({ found: false }),
    pageState: () => ({ site: null, on: false, reason: 'not-article', distinct: 0, modules: [] }),
  };

  it('answers a valid request through its handler', async () => {
    const ctx = { calls: [] as string[] };
    expect(await serveMessage({ type: 'revealTerm', id: 'swift' }, parseContentRequest, handlers, ctx)).toEqual({ ok: true, value: { found: true } });
    expect(ctx.calls).toEqual(['swift']);
  });

  it('answers invalid-message without calling a handler', async () => {
    const ctx = { calls: [] as string[] };
    const answer = await serveMessage({ type: 'revealTerm', id: 42 }, parseContentRequest, handlers, ctx);
    expect(!answer.ok && answer.error.code).toBe('invalid-message');
    expect(ctx.calls).toEqual([]);
  });

  it('maps a RequestError to its code and anything else to internal', async () => {
    const ctx = { calls: [] as string[] };
    const missing = await serveMessage({ type: 'revealTerm', id: 'missing' }, parseContentRequest, handlers, ctx);
    expect(missing).toEqual({ ok: false, error: { code: 'not-found', message: 'no such term on this page' } });
    const broken = await serveMessage({ type: 'explainSelection', text: 'x', id: 'swift' }, parseContentRequest, handlers, ctx);
    expect(broken).toEqual({ ok: false, error: { code: 'internal', message: 'kaboom' } });
  });
});
