/**
 * The surface forms a name is looked for in: the name, its inflected forms (inflect/), and with
 * Roman numerals where the entry asks ("Power of Siberia II"). Words and phrases of context rules
 * have no language of their own: their script says which rules apply.
 */
import type { InflectMode, Language } from '../../facts/vocabulary.ts';
import { inflectName } from '../inflect/index.ts';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** "Nord Stream 2" ↔ "Nord Stream II": each standalone number 1–20 (or numeral) swapped for the other. */
function withRomanNumerals(form: string): string[] {
  const swapped = form.replace(/(?<![\p{L}\p{N}])(\d{1,2}|[IVX]{1,5})(?![\p{L}\p{N}])/gu, (token) => {
    const n = /^\d+$/.test(token) ? Number(token) : ROMAN.indexOf(token);
    if (n <= 0 || n >= ROMAN.length) return token;
    return /^\d+$/.test(token) ? (ROMAN[n] ?? token) : String(n);
  });
  return swapped === form ? [form] : [form, swapped];
}

export function formsOf(text: string, lang: Language | undefined, mode: InflectMode, roman: boolean, countable = false): string[] {
  const inflected = lang === undefined || mode === 'none' ? [text] : inflectName(text, lang, mode, { countable });
  if (!roman) return inflected;
  return [...new Set(inflected.flatMap(withRomanNumerals))];
}

/** The languages whose rules inflect a cue word or veto phrase, by its script. */
function languagesOfScript(text: string): Language[] {
  if (/\p{Script=Cyrillic}/u.test(text)) return ['ru'];
  if (/\p{Script=Arabic}/u.test(text)) return ['fa'];
  if (/\p{Script=Latin}/u.test(text)) return ['en', 'de'];
  return [];
}

/** Forms of a word or phrase with no language of its own (context cues, veto phrases). */
export function cueForms(text: string): string[] {
  const forms = new Set<string>([text]);
  for (const lang of languagesOfScript(text)) for (const f of inflectName(text, lang, 'head')) forms.add(f);
  return [...forms];
}
