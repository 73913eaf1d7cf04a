/** One problem found in a facts file. */
export interface FactsIssue {
  /** The file, as given to the validator (usually a path relative to the working directory). */
  file: string;
  /** The entry's id, when the entry has a string id. Without it, `field` starts with `entries[N]`. */
  id?: string;
  /**
   * Where in the entry (or, without an id, in the file) the problem is, e.g.
   * `facts[1].alternatives[0].source.date`. Empty when the whole file is at fault.
   */
  field: string;
  message: string;
}

/**
 * One line per issue, e.g.
 * `src/facts/energy.json: entry "power-of-siberia-2": facts[2].source.url: must be an https URL (got "http://…")`.
 */
export function formatIssue(issue: FactsIssue): string {
  const parts = [issue.file];
  if (issue.id !== undefined) parts.push(`entry ${JSON.stringify(issue.id)}`);
  if (issue.field !== '') parts.push(issue.field);
  parts.push(issue.message);
  return parts.join(': ');
}

const MAX_SHOWN = 80;

/** A short, unambiguous rendering of a bad value for "(got …)" in messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    // Code points, as JSON Schema counts a string's length (a grapheme may span several).
    const chars = Array.from(value);
    const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

/** Appends `.key` or `[index]` to a field path. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}
