/** Every problem Gloss logs on a page carries this prefix, so the corpus run can tell it from the page's own. */
const LOG_PREFIX = '[Gloss]';

export function warn(what: string, error?: unknown): void {
  try {
    console.warn(`${LOG_PREFIX} ${what}`, error instanceof Error ? error.message : (error ?? ''));
  } catch {
    // A page that replaced console.warn with something that throws must not take Gloss down.
  }
}

/** Wraps an event handler or callback so that bad data or a hostile page never throws out of Gloss. */
export function guard<A extends unknown[]>(what: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      warn(what, error);
    }
  };
}
