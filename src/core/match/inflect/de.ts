/**
 * German: the genitive -s/-es of masculine and neuter nouns and of names ("des Korridors", "Putins"),
 * the -n/-en of weak nouns and dative plurals ("den Drohnen", "Ölpreisdeckeln"), and the endings of
 * the adjectives before the head ("des Internationalen Nord-Süd-Transportkorridors"). German has no
 * lexicon here, so gender is guessed from the ending; a wrong guess gives a form no text contains,
 * which costs a few bytes and never a false match.
 */
import type { InflectMode } from './index.ts';
import { combine, isCapitalised, withSeg, type Phrase, type Word } from './words.ts';

const LATIN = /^[\p{Script=Latin}\p{M}'’]+$/u;

/** Articles, prepositions and conjunctions: never adjectives, though some end in -er/-es/-en/-em. */
const FUNCTION_WORDS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'von', 'vom', 'zum',
  'zur', 'zu', 'für', 'mit', 'über', 'gegen', 'zwischen', 'und', 'oder', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei',
  'nach', 'durch', 'um', 'unter', 'vor', 'hinter', 'neben', 'ohne', 'seit', 'bis', 'sowie', 'ins', 'beim', 'vs',
]);
/** Suffixes of capitalised words that are adjectives in names ("Islamische", "Nationales", "Zwölftägiger"). */
const ADJ_STEM = /(?:isch|ig|lich|al|ell|iv|är|bar|sam|haft|los|ar|ös|ent|ant|iert|isiert)$/u;
/** Adjective stems that no suffix gives away ("Innere Mongolei", "Große Moschee", "Vereinigte Staaten"). */
const ADJ_STEMS = new Set([
  'inner', 'äußer', 'ober', 'unter', 'nieder', 'mittler', 'vorder', 'hinter', 'groß', 'klein', 'neu', 'alt', 'rot',
  'schwarz', 'weiß', 'heilig', 'frei', 'erst', 'zweit', 'dritt', 'nah', 'fern', 'hoh', 'vereinigt', 'gemeinsam',
  'west', 'ost', 'nord', 'süd', 'letzt', 'eigen', 'gelb', 'grün', 'blau',
]);
const ADJ_ENDING = /(?:em|en|er|es|e)$/u;
/** Feminine suffixes: no genitive -s, plural -en ("Mongolei", "Partnerschaft", "Sanktion"). */
const FEMININE = /(?:ei|ung|heit|keit|schaft|ion|tät|ik|ur|enz|anz|ie|iz)$/u;
/** A head noun that is feminine or ends in -e (mostly feminine: Drohne, Garde, Straße). */
const FEMININE_OR_E = /(?:ei|ung|heit|keit|schaft|ion|tät|ik|ur|enz|anz|ie|iz|e)$/iu;
/** Weak masculine nouns: -en in every case but the nominative ("des Präsidenten"). */
const WEAK = /(?:ent|ant|ist|oge|at)$/u;

type NounForms = { gen: string[]; pl: string[] };

export function inflectDe(phrase: Phrase, mode: InflectMode): string[][] {
  const { words } = phrase;
  const texts = words.map((w) => w.text);
  if (mode === 'none' || words.length === 0) return [];
  if (mode === 'all') {
    // A person's name takes the genitive -s on its last word only: "Ali Chameneis", "Massud Peseschkians".
    const last = words.length - 1;
    const word = words[last];
    if (!word || !german(word)) return [];
    return nameGenitive(word.seg).map((seg) => replaced(texts, last, withSeg(word, seg)));
  }
  if (mode === 'last') {
    const last = words.length - 1;
    const word = words[last];
    if (!word || !german(word)) return [];
    const forms = nounForms(word.seg);
    return [...forms.gen, ...forms.pl].map((seg) => replaced(texts, last, withSeg(word, seg)));
  }
  return headForms(words, texts);
}

/** 'head': the adjectives before the head noun take the ending that goes with each noun form. */
function headForms(words: readonly Word[], texts: readonly string[]): string[][] {
  const adjectives: number[] = [];
  let head = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) break;
    const lower = word.text.toLowerCase();
    if (FUNCTION_WORDS.has(lower) && head === -1 && adjectives.length === 0) continue; // "des Nord-Süd-Korridors"
    if (FUNCTION_WORDS.has(lower) || !german(word)) {
      if (word.seg === '' && !FUNCTION_WORDS.has(lower)) head = i; // an acronym or number is an indeclinable head
      break;
    }
    // An adjective needs a word of the noun phrase after it: another adjective or the noun.
    const next = words[i + 1];
    const nominalFollows = next !== undefined && german(next) && !FUNCTION_WORDS.has(next.text.toLowerCase());
    if (isAdjective(word.seg, nominalFollows)) {
      adjectives.push(i);
      continue;
    }
    if (isCityAdjective(word.seg, nominalFollows)) continue; // "Wiener Atomabkommen": "Wiener" never changes
    head = i;
    break;
  }
  const headWord = head >= 0 ? words[head] : undefined;
  const forms: NounForms = headWord && headWord.seg !== '' ? nounForms(headWord.seg) : { gen: [], pl: [] };
  // A short word alone takes only the genitive -s ("des Chargs", "Krieg" → "Kriegs"): its "-es"
  // would more often be an English plural on the same page ("Charges") than German. Compounds
  // keep both ("des Irankrieges"): no English word looks like them.
  const short = words.length === 1 && headWord !== undefined && headWord.seg.length < 8;
  const noun: NounForms = short && forms.gen.length > 1 ? { ...forms, gen: forms.gen.filter((g) => !g.endsWith('es')) } : forms;
  // A feminine noun (no genitive -s) never has an adjective in -es or -em before it.
  const feminine = headWord !== undefined && headWord.seg !== '' && noun.gen.length === 0 && FEMININE_OR_E.test(headWord.seg);
  // Which adjective ending goes with which noun form. Parallel adjectives share their ending.
  const pairs: [string, string | null][] = [
    ...(feminine ? ['en', 'e', 'er'] : ['en', 'e', 'er', 'es', 'em']).map((e): [string, null] => [e, null]),
    ...noun.gen.map((g): [string, string] => ['en', g]),
    ...noun.pl.flatMap((p) => ['en', 'e', 'er'].map((e): [string, string] => [e, p])),
  ];
  const out: string[][] = [];
  for (const [ending, nounSeg] of pairs) {
    const options = texts.map((text, i) => {
      const word = words[i];
      if (!word) return [text];
      if (adjectives.includes(i)) return [withSeg(word, adjectiveStem(word.seg) + ending)];
      if (i === head && nounSeg !== null) return [withSeg(word, nounSeg)];
      return [text];
    });
    out.push(...combine(options, 1));
  }
  return out;
}

function german(word: Word): boolean {
  return word.seg !== '' && LATIN.test(word.seg);
}

/**
 * An adjective before the head: a lower-case word with an adjective ending ("russische", "iranischer"),
 * or, in a name, a capitalised one whose stem is an adjective's ("Islamische", "Innere"); either way
 * the noun phrase must go on after it. Capitalised nouns end in -e/-en too ("Sonderwirtschaftszone Alabuga", "Hafen
 * Chabahar"), which is why the stem must look like an adjective's.
 */
function isAdjective(seg: string, nominalFollows: boolean): boolean {
  const w = seg.toLowerCase();
  if (!ADJ_ENDING.test(w) || !nominalFollows) return false;
  if (!isCapitalised(seg)) return true;
  const stem = adjectiveStem(w);
  return ADJ_STEM.test(stem) || ADJ_STEMS.has(stem);
}

/** "Wiener", "Shanghaier", "Berliner": adjectives from place names, the same in every case. */
function isCityAdjective(seg: string, nominalFollows: boolean): boolean {
  return nominalFollows && isCapitalised(seg) && /er$/u.test(seg) && seg.length > 4;
}

function adjectiveStem(seg: string): string {
  // The ending is the shortest that ends the word: "Innere" is "Inner" + "e", "Innerer" is "Inner" + "er".
  const ending = ADJ_ENDING.exec(seg.toLowerCase())?.[0] ?? '';
  return seg.slice(0, seg.length - ending.length);
}

/** Genitive of a name: -s, except after s, ß, x, z ("Hormus", "Tartus"). */
function nameGenitive(seg: string): string[] {
  return /[sßxz]$/iu.test(seg) ? [] : [`${seg}s`];
}

/** The genitive and the plural / weak forms of a noun, guessed from its ending. */
function nounForms(seg: string): NounForms {
  const w = seg.toLowerCase();
  if (/(?:ss|tz|sch|chs)$/u.test(w)) return { gen: [`${seg}es`], pl: [`${seg}e`, `${seg}en`] }; // Prozess, Flugplatz
  // A one-syllable common noun takes -es (Gas → Gases, Sturz → Sturzes); a name does not (Hormus).
  if (/[sßxz]$/u.test(w)) return { gen: monosyllabic(w) ? [`${seg}es`] : [], pl: [] };
  if (/e$/u.test(w)) return { gen: [], pl: [`${seg}n`] }; // Drohne → Drohnen, Revolutionsgarde(n)
  if (FEMININE.test(w)) return { gen: [], pl: [/ie$/u.test(w) ? `${seg}n` : `${seg}en`] };
  // Unstressed -el/-er (Ölpreisdeckels, Ölpreisdeckeln), not the stressed "Meer", "Ziel".
  if (/[^ei]e[lr]$/u.test(w)) return { gen: [`${seg}s`], pl: [`${seg}n`] };
  if (/en$/u.test(w)) return { gen: /(?:nen|ungen|ionen|heiten|keiten|schaften)$/u.test(w) ? [] : [`${seg}s`], pl: [] };
  if (/(?:ent|ant|ist)$/u.test(w)) return { gen: [`${seg}en`], pl: [`${seg}en`] }; // Präsident(en)
  if (/[aiouyé]$/u.test(w)) return { gen: [`${seg}s`], pl: [] };
  const gen = [`${seg}s`];
  // -es after a stressed final syllable: "des Krieges", "des Paktes", "des Meeres", "des Golfes".
  if (/[dtgbp]$/u.test(w) || /(?:lf|rf|mpf|aa[lr]|ee[lr]|oo[lr]|ie[lr])$/u.test(w)) gen.push(`${seg}es`);
  return { gen, pl: WEAK.test(w) ? [`${seg}en`] : [] };
}

function monosyllabic(w: string): boolean {
  return (w.match(/[aeiouäöüy]+/gu) ?? []).length === 1;
}

function replaced(texts: readonly string[], index: number, text: string): string[] {
  return texts.map((t, i) => (i === index ? text : t));
}
