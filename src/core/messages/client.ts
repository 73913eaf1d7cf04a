/**
 * Typed callers for both directions. They take the send function, so a context passes its own
 * transport and no `any` leaks in:
 *   const background = createBackgroundClient((m) => browser.runtime.sendMessage(m));
 *   const tabs = createTabClient((tabId, m) => browser.tabs.sendMessage(tabId, m));
 * They never throw: a transport failure is { ok: false, error: { code: 'unreachable' } }.
 */
import * as v from 'valibot';
import type { BackgroundRequest } from './background-requests.ts';
import { ContentResponseSchemas, type ContentRequest } from './content-requests.ts';
import type { ResponseFor } from './protocol.ts';
import { fail, isResultEnvelope, type Result } from './result.ts';

export type SendMessage = (message: unknown) => Promise<unknown>;
export type SendTabMessage = (tabId: number, message: unknown) => Promise<unknown>;

export interface BackgroundClient {
  request<R extends BackgroundRequest>(request: R): Promise<Result<ResponseFor<R>>>;
}

export interface TabClient {
  request<R extends ContentRequest>(tabId: number, request: R): Promise<Result<ResponseFor<R>>>;
}

export function createBackgroundClient(send: SendMessage): BackgroundClient {
  return {
    async request<R extends BackgroundRequest>(request: R): Promise<Result<ResponseFor<R>>> {
      const delivery = await deliver(() => send(request));
      const answer = delivery.sent ? delivery.answer : undefined;
      if (!isResultEnvelope(answer)) return unanswered(delivery);
      // The background is this extension's own code and validated the request; its envelope is enough.
      return answer as Result<ResponseFor<R>>;
    },
  };
}

export function createTabClient(send: SendTabMessage): TabClient {
  return {
    async request<R extends ContentRequest>(tabId: number, request: R): Promise<Result<ResponseFor<R>>> {
      const delivery = await deliver(() => send(tabId, request));
      const answer = delivery.sent ? delivery.answer : undefined;
      if (!isResultEnvelope(answer)) return unanswered(delivery);
      if (!answer.ok) return answer;
      // A content script lives in a web page's process: check the value, not only the envelope.
      const schema: v.GenericSchema = ContentResponseSchemas[request.type];
      const parsed = v.safeParse(schema, answer.value);
      if (!parsed.success) return fail('internal', `the page answered ${request.type} with an invalid value`);
      return { ok: true, value: parsed.output as ResponseFor<R> };
    },
  };
}

type Delivery = { sent: true; answer: unknown } | { sent: false; reason: string };

async function deliver(send: () => Promise<unknown>): Promise<Delivery> {
  try {
    return { sent: true, answer: await send() };
  } catch (error) {
    return { sent: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function unanswered<T>(delivery: Delivery): Result<T> {
  if (!delivery.sent) return fail('unreachable', `no answer: ${delivery.reason}`);
  // runtime.sendMessage resolves undefined when no listener answered.
  if (delivery.answer === undefined) return fail('unreachable', 'no answer: nothing is listening');
  return fail('internal', 'the answer is not a Result');
}
