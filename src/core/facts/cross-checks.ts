import { normalizeKey } from '../match/index.ts';
import { describeValue } from './issues.ts';
import { closest } from './suggest.ts';
import { LANGUAGES } from './types.ts';

/** An entry as found in a file, before or after its shape was checked. */
export interface LocatedEntry {
  file: string;
  /** Position in `entries` of its file. */
  index: number;
  /** The entry's id when it is a non-empty string (even if not kebab-case). */
  id: string | undefined;
  raw: unknown;
}

export type Report = (entry: LocatedEntry, path: string, message: string) => void;

/** A name the matcher will look for: the title or one alias. */
interface Name {
  text: string;
  field: string;
  /** Set for aliases; undefined for the title. */
  language: string | undefined;
  caseSensitive: boolean;
}

function record(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

function strings(value: unknown): Array<{ text: string; index: number }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((text: unknown, index) => (typeof text === 'string' && text.trim() !== '' ? [{ text, index }] : []));
}

/** Reads what it can, so one broken field does not hide the cross-entry problems of the others. */
function namesOf(raw: unknown): Name[] {
  const entry = record(raw);
  const caseSensitive = new Set(strings(entry['caseSensitive']).map((s) => s.text));
  const names: Name[] = [];
  const title = entry['title'];
  if (typeof title === 'string' && title.trim() !== '') {
    names.push({ text: title, field: 'title', language: undefined, caseSensitive: caseSensitive.has(title) });
  }
  const aliases = record(entry['aliases']);
  for (const language of LANGUAGES) {
    for (const { text, index } of strings(aliases[language])) {
      names.push({ text, field: `aliases.${language}[${index}]`, language, caseSensitive: caseSensitive.has(text) });
    }
  }
  return names;
}

function label(entry: LocatedEntry): string {
  return entry.id === undefined ? `entries[${entry.index}] of ${entry.file}` : `"${entry.id}" (${entry.file})`;
}

/** Ids must be unique across all files; the second and later uses are the errors. */
export function checkUniqueIds(entries: readonly LocatedEntry[], report: Report): void {
  const first = new Map<string, LocatedEntry>();
  for (const entry of entries) {
    if (entry.id === undefined) continue;
    const owner = first.get(entry.id);
    if (owner === undefined) {
      first.set(entry.id, entry);
      continue;
    }
    report(entry, 'id', `${describeValue(entry.id)} is already the id of entries[${owner.index}] in ${owner.file}; ids must be unique across all files`);
  }
}

/** Every caseSensitive string must be spelled exactly like the title or one alias of the same entry. */
export function checkCaseSensitive(entries: readonly LocatedEntry[], report: Report): void {
  for (const entry of entries) {
    const names = new Set(namesOf(entry.raw).map((n) => n.text));
    for (const { text, index } of strings(record(entry.raw)['caseSensitive'])) {
      if (names.has(text)) continue;
      report(entry, `caseSensitive[${index}]`, `${describeValue(text)} is neither the title nor one of this entry's aliases (it must be spelled exactly the same)`);
    }
  }
}

/**
 * Two names conflict when some text could match both: their case-folded keys are equal, unless
 * both are case-sensitive and differ in case (then no text matches both). The keys come from the
 * matcher's own normalizeKey, so "Power of Siberia–2" and "power of siberia-2" conflict.
 * Within one entry a repeat is harmless (the matcher finds the same entry either way): a repeat
 * inside one language list is a warning, across languages or with the title it is expected
 * ("BRICS" is English and German) and says nothing.
 */
export function checkNameOwners(entries: readonly LocatedEntry[], report: Report, warn: Report): void {
  const owners = new Map<string, Array<{ entry: LocatedEntry; name: Name }>>();
  for (const entry of entries) {
    for (const name of namesOf(entry.raw)) {
      const folded = normalizeKey(name.text, false);
      if (folded === '') continue;
      const previous = owners.get(folded) ?? [];
      const clash = previous.find((p) => conflicts(p.name, name));
      if (clash === undefined) {
        previous.push({ entry, name });
        owners.set(folded, previous);
      } else if (clash.entry !== entry) {
        report(entry, name.field, `${describeValue(name.text)} is also a name of entry ${label(clash.entry)} at ${clash.name.field} (${describeValue(clash.name.text)}); a name may belong to one entry only`);
      } else if (clash.name.language !== undefined && clash.name.language === name.language) {
        warn(entry, name.field, `repeats ${clash.name.field} (${describeValue(clash.name.text)}) after normalisation; harmless, but one of them can go`);
      }
    }
  }
}

function conflicts(a: Name, b: Name): boolean {
  if (a.caseSensitive && b.caseSensitive) return normalizeKey(a.text, true) === normalizeKey(b.text, true);
  return true;
}

/** `related` must name existing entries, and not the entry itself. */
export function checkRelated(entries: readonly LocatedEntry[], report: Report): void {
  const ids = entries.flatMap((e) => (e.id === undefined ? [] : [e.id]));
  const known = new Set(ids);
  for (const entry of entries) {
    for (const { text, index } of strings(record(entry.raw)['related'])) {
      const field = `related[${index}]`;
      if (text === entry.id) {
        report(entry, field, 'an entry must not list itself as related');
      } else if (!known.has(text)) {
        const guess = closest(text, ids);
        report(entry, field, `no entry has the id ${describeValue(text)}${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`);
      }
    }
  }
}
