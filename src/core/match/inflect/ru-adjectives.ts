/**
 * Russian adjectives (and the nouns and surnames that decline like them: Тверская, Достоевский,
 * Толстой): which words are adjectives, and their case forms. The endings -ий, -ой and -ие are
 * shared with nouns (Дмитрий, герой, соглашение), so the letters before them decide.
 */
import type { Paradigm } from './ru-nouns.ts';

type Gender = 'm' | 'f' | 'n' | 'pl';

interface AdjectiveClass {
  gender: Gender;
  /** Soft stem (синий, Нижний) or after ж ш ч щ (лучший): -его, -ему, -ем. */
  soft: boolean;
  /** Stem ends in г к х ж ш ч щ: и, not ы (русский → русским, русские). */
  i: boolean;
}

const HUSH = 'жшчщ';
const VELAR_HUSH = 'гкхжшчщ';
/** Nouns in -ой (бой, герой, конвой), not adjectives. */
const OI_NOUNS = /^(?:бой|сбой|строй|рой|зной|слой|удой|изгой|покой|настрой|застой|устой|постой|отстой|водопой|прибой|разбой|отбой|перебой|герой|супергерой|антигерой|конвой)$/u;
/** Nouns in -ие after a hushing letter (оружие, наличие, величие): not plural adjectives. */
const IE_NOUNS = /(?:оружие|личие|величие|синие)$/u;

/** The word's adjective class, or null when it is not an adjective. */
export function adjectiveClass(seg: string): AdjectiveClass | null {
  const w = seg.toLowerCase();
  if (w.length < 4) return null;
  const end = w.slice(-2);
  const stemEnd = w.at(-3) ?? '';
  const i = VELAR_HUSH.includes(stemEnd);
  const hush = HUSH.includes(stemEnd);
  switch (end) {
    case 'ый':
      return { gender: 'm', soft: false, i: false };
    case 'ой':
      return OI_NOUNS.test(w) ? null : { gender: 'm', soft: false, i };
    case 'ий':
      // Русский, Великий, лучший, будущий; Нижний, летний (a consonant before -ний). But Дмитрий,
      // Юрий, Евгений, Георгий are nouns.
      if (i && !/ргий$/u.test(w)) return { gender: 'm', soft: hush, i: true };
      if (/[^аеёиоуыэюя]ний$/u.test(w) || w === 'синий') return { gender: 'm', soft: true, i: true };
      return null;
    case 'ая':
      return w.length >= 5 ? { gender: 'f', soft: hush, i } : null; // not стая, свая
    case 'яя':
      return { gender: 'f', soft: true, i: true };
    case 'ое':
      return { gender: 'n', soft: false, i };
    case 'ее':
      return { gender: 'n', soft: true, i: true };
    case 'ые':
      return { gender: 'pl', soft: false, i: false };
    case 'ие':
      if (IE_NOUNS.test(w) && w !== 'синие') return null;
      if (i || /[^аеёиоуыэюя]ние$/u.test(w) || w === 'синие') return { gender: 'pl', soft: false, i: true };
      return null; // соглашение, развитие: neuter nouns
    default:
      return null;
  }
}

/**
 * The case forms of an adjective of the given class. `animate`: a person, whose masculine
 * accusative is the genitive. The plural is included; the phrase uses it only with a plural noun.
 */
export function adjectiveParadigm(seg: string, c: AdjectiveClass, animate: boolean): Paradigm {
  const stem = seg.slice(0, -2);
  const y = c.i ? 'и' : 'ы';
  const plural: Paradigm = {
    pnom: [stem + (c.i ? 'ие' : 'ые')],
    pgen: [`${stem + y}х`],
    pdat: [`${stem + y}м`],
    pins: [`${stem + y}ми`],
    pprep: [`${stem + y}х`],
  };
  if (c.gender === 'pl') return plural;
  if (c.gender === 'f') {
    // After ж ш ч щ the ending is -ей when unstressed (лучшей), -ой when stressed (большой).
    const oblique = c.soft && !seg.toLowerCase().endsWith('яя') ? [`${stem}ей`, `${stem}ой`] : c.soft ? [`${stem}ей`] : [`${stem}ой`];
    const acc = seg.toLowerCase().endsWith('яя') ? `${stem}юю` : `${stem}ую`;
    return { gen: oblique, dat: oblique, acc: [acc], ins: oblique, prep: oblique, ...plural };
  }
  const o = c.soft ? 'е' : 'о';
  const gen = [`${stem + o}го`];
  return {
    gen,
    dat: [`${stem + o}му`],
    acc: c.gender === 'm' && animate ? gen : [seg],
    ins: [`${stem + y}м`],
    prep: [`${stem + o}м`],
    ...plural,
  };
}
