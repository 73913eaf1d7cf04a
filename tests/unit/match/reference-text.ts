/**
 * The slow, obvious half of the reference matcher: text to tokens with offsets, and a name to the
 * token sequences it may match. Written from src/core/match/README.md (rules 1–3), sharing nothing
 * with the engine but the per-character table (normalizeCluster) and the inflector.
 */
import { normalizeCluster } from '../../../src/core/match/char-map.ts';
import { inflectName, type InflectMode } from '../../../src/core/match/inflect/index.ts';
import type { Language } from '../../../src/core/facts/vocabulary.ts';

/** A token of a text: its normalised string and the original offsets it covers (end exclusive). */
export interface RefToken {
  text: string;
  start: number;
  end: number;
}

const SEPARATOR = new Set([' ', '-', "'", '"']);
const IS_MARK = /^\p{M}$/u;
const IS_WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** Splits a text into clusters: a code point and the combining marks after it. */
function clusters(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let i = 0;
  for (const ch of text) {
    const last = out[out.length - 1];
    if (last !== undefined && IS_MARK.test(ch)) {
      last.text += ch;
      last.end += ch.length;
    } else {
      out.push({ text: ch, start: i, end: i + ch.length });
    }
    i += ch.length;
  }
  return out;
}

/**
 * Rules 1 and 2: normalise each cluster, then cut the normalised characters into words (runs of
 * letters, digits and marks) and single-character tokens, dropping separators. Each normalised
 * character remembers the cluster it came from, so a token maps back to original offsets.
 */
export function refTokens(text: string, fold: boolean): RefToken[] {
  const tokens: RefToken[] = [];
  let word: RefToken | undefined;
  for (const c of clusters(text)) {
    for (const ch of normalizeCluster(c.text, fold)) {
      if (IS_WORD.test(ch)) {
        if (word === undefined) {
          word = { text: ch, start: c.start, end: c.end };
          tokens.push(word);
        } else {
          word.text += ch;
          word.end = c.end;
        }
        continue;
      }
      word = undefined;
      if (!SEPARATOR.has(ch)) tokens.push({ text: ch, start: c.start, end: c.end });
    }
  }
  return tokens;
}

/** The token strings of a name: what a stretch of text must equal, token by token. */
function refNameTokens(name: string, fold: boolean): string[] {
  return refTokens(name, fold).map((t) => t.text);
}

// Reading: the README does not say which numbers have a Roman spelling. Names use small ones
// ("Power of Siberia II", "World War I"), so 1 to 20, written in capitals in the name.
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** The other spelling of a numeral token of a name: "2" ↔ "II"; undefined for any other token. */
function otherNumeral(token: string): string | undefined {
  const n = /^[0-9]{1,2}$/.test(token) ? Number(token) : 0;
  if (n >= 1 && n <= ROMAN.length) return ROMAN[n - 1];
  const i = ROMAN.indexOf(token);
  return i < 0 ? undefined : String(i + 1);
}

/** A name with its numerals written the other way ("Nord Stream 2" → "Nord Stream II"), or undefined if it has none. */
function otherNumerals(name: string): string | undefined {
  const tokens = refNameTokens(name, false);
  const swapped = tokens.map((t) => otherNumeral(t) ?? t);
  return swapped.some((t, i) => t !== tokens[i]) ? swapped.join(' ') : undefined;
}

/**
 * Rule 3: the token sequences a name matches. A case-sensitive name is itself and nothing else,
 * in its own case. Any other name: itself and what the inflector makes of it in its language
 * (a name without a language is not inflected), each also with all its numerals written the other
 * way if the entry asks for Roman numerals.
 */
export function refNameForms(
  name: string,
  opts: { caseSensitive: boolean; lang: Language | undefined; mode: InflectMode; roman: boolean; countable?: boolean },
): Array<{ text: string; tokens: string[] }> {
  if (opts.caseSensitive) return [{ text: name, tokens: refNameTokens(name, false) }];
  const texts = opts.lang === undefined ? [name] : inflectName(name, opts.lang, opts.mode, { countable: opts.countable === true });
  const withNumerals = opts.roman ? texts.flatMap((t) => [t, otherNumerals(t) ?? t]) : texts;
  return withNumerals.map((t) => ({ text: t, tokens: refNameTokens(t, true) }));
}

/**
 * A cue word or a veto phrase has no language of its own: it is inflected ('head') in the language
 * its script says (Cyrillic: Russian; else Arabic script: Persian; else Latin: English and German),
 * and matched in any case. Reading: the README says only "inflected"; a phrase in two scripts
 * takes the rules of the first in that order.
 */
export function refPhraseForms(text: string): string[][] {
  let langs: Language[] = [];
  if (/\p{Script=Cyrillic}/u.test(text)) langs = ['ru'];
  else if (/\p{Script=Arabic}/u.test(text)) langs = ['fa'];
  else if (/\p{Script=Latin}/u.test(text)) langs = ['en', 'de'];
  const texts = new Set([text]);
  for (const lang of langs) for (const f of inflectName(text, lang, 'head')) texts.add(f);
  return [...texts].map((t) => refNameTokens(t, true));
}
