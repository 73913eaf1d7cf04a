/** Every answer in the protocol is a Result: a value, or a typed error a caller can show or act on. */

const ERROR_CODES = ['invalid-message', 'forbidden-sender', 'not-found', 'invalid-import', 'unreachable', 'internal'] as const;
/**
 * invalid-message: failed validation or unknown type. forbidden-sender: not this extension, or a
 * context that may not ask this. not-found: no such entry. invalid-import: the settings file was
 * refused (the message says why, for the reader). unreachable: nobody answered (no content script
 * in that tab, the worker could not be woken). internal: a bug or a storage failure.
 */
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface MessageError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: MessageError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Thrown by a handler to answer with a specific error code instead of 'internal'. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Checks the envelope of an answer received over messaging (not the value inside it). */
export function isResultEnvelope(value: unknown): value is { ok: true; value: unknown } | { ok: false; error: MessageError } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (record['ok'] === true) return 'value' in record;
  if (record['ok'] !== false) return false;
  const error = record['error'];
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as Record<string, unknown>;
  return typeof message === 'string' && typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}
