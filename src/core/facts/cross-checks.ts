import { nameKey } from '../match/tokens.ts';
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

/** A name the matcher will look for: the title in some language, an alias or a short form. */
interface Name {
  text: string;
  field: string;
  /** The list it is in (aliases.de …); undefined for the title. */
  language: string | undefined;
  caseSensitive: boolean;
  /** A context rule of this entry names it: it may then be shared with another entry that has one too. */
  ruled: boolean;
}

function record(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

function strings(value: unknown): Array<{ text: string; index: number }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((text: unknown, index) => (typeof text === 'string' && text.trim() !== '' ? [{ text, index }] : []));
}

/** The names context rules of an entry govern. */
function ruledNames(entry: Record<string, unknown>): Set<string> {
  const ruled = new Set<string>();
  if (!Array.isArray(entry['context'])) return ruled;
  for (const rule of entry['context']) for (const { text } of strings(record(rule)['names'])) ruled.add(text);
  return ruled;
}

/** Reads what it can, so one broken field does not hide the cross-entry problems of the others. */
function namesOf(raw: unknown, which: 'full' | 'short' = 'full'): Name[] {
  const entry = record(raw);
  const caseSensitive = new Set(strings(entry['caseSensitive']).map((s) => s.text));
  const ruled = ruledNames(entry);
  const names: Name[] = [];
  const add = (text: string, field: string, language: string | undefined): void => {
    names.push({ text, field, language, caseSensitive: caseSensitive.has(text), ruled: ruled.has(text) });
  };
  if (which === 'short') {
    const short = record(entry['shortForms']);
    for (const language of LANGUAGES) for (const { text, index } of strings(short[language])) add(text, `shortForms.${language}[${index}]`, language);
    return names;
  }
  const title = record(entry['title']);
  for (const language of LANGUAGES) {
    const text = title[language];
    if (typeof text === 'string' && text.trim() !== '') add(text, `title.${language}`, undefined);
  }
  const aliases = record(entry['aliases']);
  for (const language of LANGUAGES) {
    for (const { text, index } of strings(aliases[language])) add(text, `aliases.${language}[${index}]`, language);
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

/** Every caseSensitive string, and every name a context rule governs, is spelled exactly like a name of the same entry. */
export function checkCaseSensitive(entries: readonly LocatedEntry[], report: Report): void {
  for (const entry of entries) {
    const names = new Set([...namesOf(entry.raw), ...namesOf(entry.raw, 'short')].map((n) => n.text));
    for (const { text, index } of strings(record(entry.raw)['caseSensitive'])) {
      if (names.has(text)) continue;
      report(entry, `caseSensitive[${index}]`, `${describeValue(text)} is neither the title nor one of this entry's aliases or short forms (it must be spelled exactly the same)`);
    }
    const rules = record(entry.raw)['context'];
    if (!Array.isArray(rules)) continue;
    rules.forEach((rule, r) => {
      for (const { text, index } of strings(record(rule)['names'])) {
        if (!names.has(text)) report(entry, `context[${r}].names[${index}]`, `${describeValue(text)} is not a name of this entry (the title, an alias or a short form, spelled exactly the same)`);
      }
    });
  }
}

/**
 * Two names conflict when some text could match both: their case-folded keys are equal, unless
 * both are case-sensitive and differ in case (then no text matches both). The keys come from the
 * matcher's own nameKey, so "Power of Siberia–2" and "power of siberia-2" conflict.
 * Within one entry a repeat is harmless (the matcher finds the same entry either way): a repeat
 * inside one language list is a warning, across languages or with the title it is expected
 * ("BRICS" is English and German) and says nothing.
 */
export function checkNameOwners(entries: readonly LocatedEntry[], report: Report, warn: Report): void {
  const owners = new Map<string, Array<{ entry: LocatedEntry; name: Name }>>();
  for (const entry of entries) {
    for (const name of namesOf(entry.raw)) {
      const folded = nameKey(name.text);
      if (folded === '') continue;
      const previous = owners.get(folded) ?? [];
      owners.set(folded, previous);
      const clashes = previous.filter((p) => conflicts(p.name, name));
      const other = clashes.find((p) => p.entry !== entry);
      if (other === undefined) {
        // Look for a repeat in the same list, not just the first name it equals: the title
        // ("Power of Siberia 2") must not hide two equal aliases ("Power of Siberia-2", "power of siberia‑2").
        const repeat = clashes.find((p) => p.name.language !== undefined && p.name.language === name.language);
        if (repeat === undefined) previous.push({ entry, name });
        else warn(entry, name.field, `repeats ${repeat.name.field} (${describeValue(repeat.name.text)}) after normalisation; harmless, but one of them can go`);
      } else if (other.name.ruled && name.ruled) {
        // Two entries may share a name when each says, with a context rule, when it is theirs.
        previous.push({ entry, name });
      } else {
        report(
          entry,
          name.field,
          `${describeValue(name.text)} is also a name of entry ${label(other.entry)} at ${other.name.field} (${describeValue(other.name.text)}); a name may belong to one entry only, unless both entries give it a context rule`,
        );
      }
    }
  }
}

function conflicts(a: Name, b: Name): boolean {
  if (a.caseSensitive && b.caseSensitive) return nameKey(a.text, true) === nameKey(b.text, true);
  return true;
}

/**
 * A short form that is another entry's full name would never be read as this entry's: the full name
 * wins wherever it stands. Short forms shared by two entries are fine (the latest full mention on
 * the page decides).
 */
export function checkShortForms(entries: readonly LocatedEntry[], report: Report): void {
  const full = new Map<string, { entry: LocatedEntry; name: Name }>();
  for (const entry of entries) for (const name of namesOf(entry.raw)) full.set(nameKey(name.text), { entry, name });
  for (const entry of entries) {
    for (const name of namesOf(entry.raw, 'short')) {
      const owner = full.get(nameKey(name.text));
      if (owner === undefined || owner.entry === entry) continue;
      report(entry, name.field, `${describeValue(name.text)} is a full name of entry ${label(owner.entry)} at ${owner.name.field}, so it could never stand for this entry`);
    }
  }
}

/** `related` must name existing entries, and not the entry itself. */
export function checkRelated(entries: readonly LocatedEntry[], report: Report): void {
  const ids = entries.flatMap((e) => (e.id === undefined ? [] : [e.id]));
  const known = new Set(ids);
  const unknownId = (text: string): string => {
    const guess = closest(text, ids);
    return `no entry has the id ${describeValue(text)}${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`;
  };
  for (const entry of entries) {
    const rules = record(entry.raw)['context'];
    if (Array.isArray(rules)) {
      rules.forEach((rule, r) => {
        for (const part of ['require', 'veto'] as const) {
          for (const { text, index } of strings(record(record(rule)[part])['entries'])) {
            if (!known.has(text)) report(entry, `context[${r}].${part}.entries[${index}]`, unknownId(text));
          }
        }
      });
    }
    for (const { text, index } of strings(record(entry.raw)['related'])) {
      const field = `related[${index}]`;
      if (text === entry.id) {
        report(entry, field, 'an entry must not list itself as related');
      } else if (!known.has(text)) {
        report(entry, field, unknownId(text));
      }
    }
  }
}
