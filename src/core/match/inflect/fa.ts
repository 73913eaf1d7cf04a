/**
 * Persian: suffixes attach to the end of the noun phrase (plural ها, indefinite/relative ی,
 * possessives ش/اش/شان, and their usual combinations), and a word that another word modifies
 * takes the ezafe, which is written only after a vowel: "تنگه‌ی هرمز", "دریای خزر". The matcher
 * drops ZWNJ, so "کارت‌ها" and "کارتها" are one key: forms are written the standard way, with ZWNJ.
 */
import type { InflectMode } from './index.ts';
import { withSeg, type Phrase, type Word } from './words.ts';

const ZWNJ = '\u200c';
const ARABIC = /^[\p{Script=Arabic}\p{M}\u200c]+$/u;

/** How a word ends, which decides how a suffix joins it. */
type Ending = 'consonant' | 'silentH' | 'vowel' | 'yeh';

/** Suffixes after each kind of ending. Plural forms join with ZWNJ; the possessive after a consonant
 * is "ش" (کتابش), after silent ه or ی it is "‌اش" (خانه‌اش), after ا/و "یش" (دریایش). */
const PLURAL = ['ها', 'های', 'هایی', 'هایش', 'هایشان'].map((s) => ZWNJ + s);
const SUFFIXES: Record<Ending, string[]> = {
  consonant: [...PLURAL, 'ی', 'ش', 'شان'],
  silentH: [...PLURAL, `${ZWNJ}ای`, `${ZWNJ}ی`, `${ZWNJ}اش`, `${ZWNJ}شان`],
  vowel: [...PLURAL, 'یی', 'ی', 'یش', 'شان'],
  yeh: [...PLURAL, `${ZWNJ}ای`, `${ZWNJ}اش`, `${ZWNJ}شان`],
};

/**
 * Suffixes that, on a name of one word, make another word: its adjective (مغولستان → مغولستانی
 * "Mongolian", حزب‌الله → حزب‌اللهی "a Hezbollah man", آستارا → آستارایی). After a phrase the same
 * suffix is the indefinite or relative ی ("کارت میری که…"), so phrases keep it.
 */
const ADJECTIVE_SUFFIXES = new Set(['ی', `${ZWNJ}ای`, 'یی']);

/** At most this many forms that mix ezafe variants of the words before the last one. */
const EZAFE_VARIANTS = 8;

export function inflectFa(phrase: Phrase, mode: InflectMode): string[][] {
  const { words } = phrase;
  const texts = words.map((w) => w.text);
  if (mode === 'none' || words.length === 0) return [];
  const out: string[][] = [];
  const lastIndex = words.length - 1;
  const last = words[lastIndex];
  if (last && persian(last)) {
    for (const suffix of SUFFIXES[ending(last.seg)]) {
      if (words.length === 1 && ADJECTIVE_SUFFIXES.has(suffix)) continue;
      out.push(replaced(texts, lastIndex, withSeg(last, last.seg + suffix)));
    }
  }
  // People's names take no ezafe between their parts ("مسعود پزشکیان"), and 'last' touches one word.
  if (mode !== 'head' || words.length < 2) return out;
  const ezafe = words.map((w, i) => (i < lastIndex ? ezafeOf(w) : null));
  const eligible = ezafe.flatMap((e, i) => (e === null ? [] : [i]));
  // Every eligible word with its ezafe, then each one alone: writers who mark it usually mark all.
  if (eligible.length > 0) out.push(texts.map((t, i) => ezafe[i] ?? t));
  if (eligible.length > 1) for (const i of eligible.slice(0, EZAFE_VARIANTS)) out.push(replaced(texts, i, ezafe[i] ?? ''));
  // The head noun in the plural, with the ezafe that joins it to the rest: "کارت‌های میر". A head
  // that already shows its ezafe (نیروی، دریای) drops it first: "نیروهای سیبری".
  const head = words[0];
  if (head && persian(head)) {
    const bare = /[\p{L}][او]ی$/u.test(head.seg) ? head.seg.slice(0, -1) : head.seg;
    const plural = withSeg(head, bare + ZWNJ + 'های');
    out.push(replaced(texts, 0, plural));
    if (eligible.some((i) => i > 0)) out.push(texts.map((t, i) => (i === 0 ? plural : ezafe[i] ?? t)));
  }
  return out;
}

/** A Persian word that takes suffixes. One ending in ۀ or هٔ already carries its ezafe: leave it. */
function persian(word: Word): boolean {
  return word.seg !== '' && ARABIC.test(word.seg) && !/(?:ۀ|\u0654)$/u.test(word.seg);
}

/** The word with its written ezafe, or null where the ezafe is not written (after a consonant or ی). */
function ezafeOf(word: Word): string | null {
  if (!persian(word)) return null;
  const kind = ending(word.seg);
  if (kind === 'silentH') return withSeg(word, word.seg + ZWNJ + 'ی');
  if (kind === 'vowel') return withSeg(word, word.seg + 'ی');
  return null;
}

/**
 * ه after ا or و is a consonant (راه، سپاه، گروه), and so is the ه of "الله"; elsewhere a final ه is
 * silent (تنگه، شبکه). Arabic yeh and alef maksura are read as the ی they fold to.
 */
function ending(seg: string): Ending {
  const w = seg.replace(/[\p{M}\u200c]+$/u, '').replace(/[يى]/gu, 'ی');
  const lastChar = w.at(-1) ?? '';
  const before = w.at(-2) ?? '';
  if (lastChar === 'ه') return before === 'ا' || before === 'و' || w.endsWith('الله') ? 'consonant' : 'silentH';
  if (lastChar === 'ا' || lastChar === 'و') return 'vowel';
  if (lastChar === 'ی') return 'yeh';
  return 'consonant';
}

function replaced(texts: readonly string[], index: number, text: string): string[] {
  return texts.map((t, i) => (i === index ? text : t));
}
