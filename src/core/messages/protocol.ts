/** The request/response pairing shared by both directions, and the server side of dispatch. */
import type { BackgroundRequest, BackgroundResponses } from './background-requests.ts';
import type { ContentRequest, ContentResponses } from './content-requests.ts';
import { RequestError, fail, ok, type Result } from './result.ts';

export type AnyRequest = BackgroundRequest | ContentRequest;
type AllResponses = BackgroundResponses & ContentResponses;

/** The value a request answers with, e.g. ResponseFor<{ type: 'getEntry'; id: string }> is Entry | null. */
export type ResponseFor<R extends AnyRequest> = AllResponses[R['type']];

type Handler<R extends AnyRequest, Context> = (request: R, context: Context) => ResponseFor<R> | Promise<ResponseFor<R>>;

/** One handler per request type; the compiler refuses a missing one. */
export type Handlers<Req extends AnyRequest, Context> = {
  [K in Req['type']]: Handler<Extract<Req, { type: K }>, Context>;
};

export type Parse<Req> = (raw: unknown) => { ok: true; request: Req } | { ok: false; message: string };

/**
 * Validates a raw message and runs its handler. Never rejects: invalid input answers
 * 'invalid-message', a RequestError answers with its code, anything else thrown with 'internal'.
 */
export async function serveMessage<Req extends AnyRequest, Context>(
  raw: unknown,
  parse: Parse<Req>,
  handlers: Handlers<Req, Context>,
  context: Context,
): Promise<Result<unknown>> {
  const parsed = parse(raw);
  if (!parsed.ok) return fail('invalid-message', parsed.message);
  return runHandler(handlers, parsed.request, context);
}

export async function runHandler<Req extends AnyRequest, Context>(
  handlers: Handlers<Req, Context>,
  request: Req,
  context: Context,
): Promise<Result<unknown>> {
  // The mapped type guarantees the handler for request.type takes exactly that request.
  const handler = handlers[request.type as Req['type']] as unknown as Handler<Req, Context>;
  try {
    return ok(await handler(request, context));
  } catch (error) {
    if (error instanceof RequestError) return fail(error.code, error.message);
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
