/**
 * A slow, obviously correct matcher, written apart from src/core/match: string operations and
 * regular expressions only, no automaton, no shared code. The property tests compare the engine
 * with it.
 */

const IGNORED = /^[\u00AD\u061C\u0640\u180E\u200B\u200D\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/;
const SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/;
const DASH = /^[\u002D\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/;
const SINGLE = /^['`\u00B4\u02BC\u2018-\u201B\u2032\u2039\u203A\uFF07]$/;
const DOUBLE = /^["\u00AB\u00BB\u201C-\u201F\u2033\uFF02]$/;
const VARIANTS: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9' };
for (let d = 0; d <= 9; d++) VARIANTS[String.fromCharCode(0x0660 + d)] = String.fromCharCode(0x06f0 + d);
const WORDISH = /^[\p{L}\p{N}\p{M}]$/u;

function mapChar(ch: string, fold: boolean): string {
  if (IGNORED.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  if (SINGLE.test(ch)) return "'";
  if (DOUBLE.test(ch)) return '"';
  if (VARIANTS[ch]) return VARIANTS[ch];
  return fold ? ch.toLowerCase().toUpperCase().toLowerCase() : ch;
}

export interface RefUnit {
  unit: string;
  /** The code point the unit belongs to (for the word test). */
  char: string;
  from: number;
  to: number;
}

/** Normalised text as a list of units, each with the cluster of the original it came from. */
export function refNormalize(text: string, fold: boolean): RefUnit[] {
  const units: RefUnit[] = [];
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const from = m.index;
    const to = from + m[0].length;
    let piece = Array.from(m[0].normalize('NFC'), (ch) => mapChar(ch, fold)).join('');
    if (fold) piece = piece.normalize('NFC');
    for (const char of piece) {
      if (char === ' ' && units.length > 0 && units[units.length - 1]!.unit === ' ') continue;
      for (let i = 0; i < char.length; i++) units.push({ unit: char[i]!, char, from, to });
    }
  }
  return units;
}

export function refKey(text: string, caseSensitive: boolean): string {
  return refNormalize(text, !caseSensitive)
    .map((u) => u.unit)
    .join('')
    .replace(/^ +| +$/g, '');
}

export interface RefTerm {
  id: string;
  text: string;
  caseSensitive: boolean;
}

export interface RefMatch {
  start: number;
  end: number;
  id: string;
}

/** indexOf for every key on the normalised text, keep whole clusters with no word char either
 * side and the right case, then take leftmost-longest greedily. */
export function refScan(terms: RefTerm[], text: string): RefMatch[] {
  const units = refNormalize(text, true);
  const flat = units.map((u) => u.unit).join('');
  const isWord = (i: number): boolean => i >= 0 && i < units.length && WORDISH.test(units[i]!.char);
  // Case-sensitive aliases first (more specific), then source order; first claim of a key wins.
  const ordered = [...terms.filter((t) => t.caseSensitive), ...terms.filter((t) => !t.caseSensitive)].map((t) => ({
    ...t,
    key: refKey(t.text, false),
    exact: t.caseSensitive ? refKey(t.text, true) : null,
  }));
  const claimed = new Set<string>();
  const active = ordered.filter((t) => {
    if (t.key === '') return false;
    const claim = `${t.exact ?? '\u0001'}|${t.key}`;
    if (claimed.has(claim)) return false;
    claimed.add(claim);
    return true;
  });
  const found: Array<{ a: number; b: number; id: string }> = [];
  const keys = [...new Set(active.map((t) => t.key))];
  for (const key of keys) {
    for (let pos = flat.indexOf(key); pos >= 0; pos = flat.indexOf(key, pos + 1)) {
      const a = pos;
      const b = pos + key.length - 1;
      if (a > 0 && units[a - 1]!.from === units[a]!.from) continue;
      if (b + 1 < units.length && units[b + 1]!.from === units[b]!.from) continue;
      if (isWord(a - 1) || isWord(b + 1)) continue;
      const original = text.slice(units[a]!.from, units[b]!.to);
      const term = active.find((t) => t.key === key && (t.exact === null || refKey(original, true) === t.exact));
      if (term) found.push({ a, b, id: term.id });
    }
  }
  found.sort((x, y) => x.a - y.a || y.b - x.b);
  const out: RefMatch[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.a <= lastEnd) continue;
    out.push({ start: units[f.a]!.from, end: units[f.b]!.to, id: f.id });
    lastEnd = f.b;
  }
  return out;
}
