/**
 * Cutting a name into words and a word into the part that inflects, shared by every language.
 * A name is split on whitespace only, and put back with its own separators, so each form keeps the
 * name's spacing. Within a word, dashes join a compound ("Nord-Süd-Korridor", "Решт–Астара"):
 * only one segment of it inflects, and everything around it is kept as written.
 */

/** Every dash the matcher treats as a hyphen (char-map.ts DASHES): inside a word they join segments. */
const DASH = /[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
/** Quote marks: a word that opens, closes or sits inside quotes is a quoted name («Дружба», „Alabuga“),
 * which the phrase around it does not decline ("нефтепровода «Дружба»"). */
const QUOTE = /["«»„“”‟‹›‘’‚‛'`]/u;
const EDGE = /[\p{L}\p{N}\p{M}]/u;
/** What may make up a segment that inflects: letters and marks, an apostrophe inside a name
 * ("O'Neil"), and ZWNJ, which Persian writes inside words ("راه‌آهن"). */
const INFLECTABLE = /^[\p{L}\p{M}\u200c'’]+$/u;
const LETTER = /\p{L}/gu;
const DIGITS = /^\p{Nd}+$/u;

export interface Word {
  /** The word as written. */
  text: string;
  /** Everything before the segment that inflects (leading punctuation, earlier segments, dashes). */
  before: string;
  /** The segment that inflects; '' when the word never inflects (digits, an acronym, one letter,
   * punctuation, or a word in quotes). */
  seg: string;
  /** Everything after that segment (a trailing "-2", closing punctuation). */
  after: string;
  /** The word's last dash-joined segment is a number ("Шахед-136", "F-16"). */
  numbered: boolean;
}

export interface Phrase {
  words: Word[];
  /** seps[i] comes before words[i]; seps[words.length] ends the name. */
  seps: string[];
}

export interface SplitOptions {
  /** When the last segment is a number, let the segment before it inflect (Russian "Герани-2"). */
  beforeNumber: boolean;
}

/** The name's words with their separators, so that `joinPhrase` gives the name back unchanged. */
export function splitPhrase(name: string, options: SplitOptions): Phrase {
  const parts = name.split(/(\s+)/u);
  const words: Word[] = [];
  const seps: string[] = [];
  let sep = '';
  let inQuote = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      sep += part;
      continue;
    }
    if (part === '') continue;
    seps.push(sep);
    sep = '';
    const word = parseWord(part, options, inQuote);
    words.push(word.word);
    inQuote = word.inQuote;
  }
  seps.push(sep);
  return { words, seps };
}

export function joinPhrase(phrase: Phrase, texts: readonly string[]): string {
  let out = '';
  for (let i = 0; i < phrase.words.length; i++) out += (phrase.seps[i] ?? '') + (texts[i] ?? phrase.words[i]?.text ?? '');
  return out + (phrase.seps[phrase.words.length] ?? '');
}

function parseWord(text: string, options: SplitOptions, quoteBefore: boolean): { word: Word; inQuote: boolean } {
  const chars = Array.from(text); // code points: EDGE tests one character at a time
  let start = 0;
  while (start < chars.length && !EDGE.test(chars[start] ?? '')) start++;
  let end = chars.length;
  while (end > start && !EDGE.test(chars[end - 1] ?? '')) end--;
  const lead = chars.slice(0, start).join('');
  const trail = chars.slice(end).join('');
  const core = chars.slice(start, end).join('');
  const opens = QUOTE.test(lead);
  const closes = QUOTE.test(trail);
  const quoted = quoteBefore || opens || closes;
  // A quote left open by this word stays open until a word that closes it.
  const inQuote = (quoteBefore || opens) && !closes;
  const none: Word = { text, before: text, seg: '', after: '', numbered: false };
  if (core === '' || quoted) return { word: none, inQuote };
  const segments = core.split(new RegExp(`(${DASH.source})`, 'u'));
  let index = segments.length - 1;
  const numbered = DIGITS.test(segments[index] ?? '') && segments.length > 1;
  if (numbered && options.beforeNumber) index -= 2;
  const seg = segments[index] ?? '';
  const word: Word = {
    text,
    before: lead + segments.slice(0, Math.max(index, 0)).join(''),
    seg,
    after: segments.slice(index + 1).join('') + trail,
    numbered,
  };
  if (index < 0 || !inflectable(seg)) return { word: { ...word, before: text, seg: '', after: '' }, inQuote };
  return { word, inQuote };
}

/**
 * Whether a segment may inflect at all: letters only, at least two of them, and not an acronym in
 * capitals ("AKW", "ЕАЭС", "SWIFT"), which news text leaves alone in every language here.
 */
function inflectable(seg: string): boolean {
  if (!INFLECTABLE.test(seg)) return false;
  if ((seg.match(LETTER) ?? []).length < 2) return false;
  const cased = seg.toLowerCase() !== seg.toUpperCase();
  return !(cased && seg === seg.toUpperCase());
}

/** The word with its inflecting segment replaced. */
export function withSeg(word: Word, seg: string): string {
  return word.before + seg + word.after;
}

/** Whether a segment starts with a capital letter. Scripts without case count as not capitalised. */
export function isCapitalised(seg: string): boolean {
  const first = Array.from(seg)[0] ?? '';
  return first !== first.toLowerCase();
}

/**
 * Picks one option from each list, in order, first options first, and stops at `limit` picks. The
 * first option of a list is the likelier one, so the cut keeps the likely forms.
 */
export function combine(options: readonly (readonly string[])[], limit: number): string[][] {
  let out: string[][] = [[]];
  for (const list of options) {
    const next: string[][] = [];
    for (const prefix of out) {
      for (const option of list) {
        if (next.length >= limit) break;
        next.push([...prefix, option]);
      }
    }
    out = next;
  }
  return out;
}
