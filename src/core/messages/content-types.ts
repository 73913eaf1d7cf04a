/**
 * The names of the requests a content script answers, as plain data: the gate on every page
 * (content/gate/) checks a message against them without carrying the schemas. A unit test keeps
 * them equal to ContentRequestSchema's.
 */
export const CONTENT_REQUEST_TYPES = ['listTerms', 'revealTerm', 'explainSelection', 'stepTerm', 'pageState'] as const;
export type ContentRequestName = (typeof CONTENT_REQUEST_TYPES)[number];

export function isContentRequest(message: unknown): message is { type: ContentRequestName } {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && (CONTENT_REQUEST_TYPES as readonly string[]).includes(type);
}
