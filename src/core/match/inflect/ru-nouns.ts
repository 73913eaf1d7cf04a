/**
 * Russian nouns: the case forms of one word, chosen by its ending (there is no lexicon). Where the
 * ending does not tell the gender (-ь: Кремль or Сибирь) or the form (fleeting vowels: потолок →
 * потолка, but поток → потока), both candidates are given: a wrong one is a string no text
 * contains. Forms of a different common word are avoided; indeclinable foreign names (Хаменеи,
 * Шойгу, Токио) get no forms at all.
 */

import { isCapitalised } from './words.ts';

/** Case slots. Nominative singular is the base; accusative plural is the nominative or genitive plural. */
export type Slot = 'gen' | 'dat' | 'acc' | 'ins' | 'prep' | 'pnom' | 'pgen' | 'pdat' | 'pins' | 'pprep';
export const SINGULAR: readonly Slot[] = ['gen', 'dat', 'acc', 'ins', 'prep'];
export const PLURAL: readonly Slot[] = ['pnom', 'pgen', 'pdat', 'pins', 'pprep'];
/** Each slot's forms of one word, likeliest first. A missing slot means "as in the base". */
export type Paradigm = Partial<Record<Slot, string[]>>;

export interface NounOptions {
  /** A person: the masculine accusative is the genitive (Алексея Миллера). */
  animate: boolean;
  /** Also decline in the plural (common nouns: "Северные потоки"). */
  plural: boolean;
  /** The word is a surname: -ов/-ин take -ым (Путиным), -ова/-ина decline like adjectives (Ахматовой). */
  surname: 'no' | 'yes' | 'maybe';
  /** The gender an adjective before the noun reveals; settles -ь nouns. */
  gender: 'm' | 'f' | 'n' | null;
  /** An adjective before the noun is plural, so a capitalised -и word is a plural, not a foreign name. */
  pluralHint: boolean;
}

const VOWELS = 'аеёиоуыэюя';
const HUSH = 'жшчщ';
const VELAR = 'гкх';
/** Common lower-case words that do not decline. */
const INDECLINABLE = new Set([
  'такси', 'жюри', 'пенни', 'хинди', 'урду', 'шасси', 'леди', 'бюро', 'метро', 'кино', 'радио', 'пальто', 'кафе',
  'кофе', 'шоссе', 'депо', 'казино', 'евро', 'кенгуру', 'меню', 'интервью', 'табло', 'фойе', 'ателье', 'досье', 'пюре',
]);

/** ы after hard consonants, и after г к х ж ш ч щ (the spelling rule). */
function yi(stem: string): string {
  return VELAR.includes(stem.at(-1) ?? '') || HUSH.includes(stem.at(-1) ?? '') ? 'и' : 'ы';
}

/** Unstressed о becomes е after ж ш ч щ ц; stress is unknown, so both (Сила → Силой, задача → задачей). */
function oe(stem: string, o: string, e: string): string[] {
  return (HUSH + 'ц').includes(stem.at(-1) ?? '') ? [o, e] : [o];
}

function paradigm(stems: readonly string[], endings: Partial<Record<Slot, readonly string[]>>): Paradigm {
  const out: Paradigm = {};
  for (const [slot, list] of Object.entries(endings) as [Slot, readonly string[]][]) {
    out[slot] = stems.flatMap((s) => list.map((e) => s + e));
  }
  return out;
}

/** The forms of one noun, or null when it does not decline. */
export function nounParadigm(seg: string, o: NounOptions): Paradigm | null {
  const w = seg.toLowerCase();
  if (INDECLINABLE.has(w) || w.length < 2) return null;
  const last = w.at(-1) ?? '';
  const prev = w.at(-2) ?? '';
  const lower = !isCapitalised(seg);
  if (last === 'ы' || last === 'и') return pluralBase(seg, w, lower, o) ?? null;
  if (!VOWELS.includes(last) && last !== 'й' && last !== 'ь') return consonant(seg, w, o);
  if (last === 'й') return yot(seg, w, o);
  if (last === 'ь') return soft(seg, w, o);
  if (last === 'а') return VOWELS.includes(prev) ? null : feminineA(seg, w, o); // Никарагуа does not decline
  if (last === 'я') return feminineYa(seg, w, o);
  if (last === 'о') return neuterO(seg, w, lower, o);
  if (last === 'е') return neuterE(seg, w, lower, o);
  return null; // -у -ю -э -ё: Шойгу, Баку, Кабо-Верде's kin
}

/** Masculine hard: Газпром → Газпрома, Газпрому, Газпромом, Газпроме. */
function consonant(seg: string, w: string, o: NounOptions): Paradigm {
  const stems = [seg, ...fleeting(seg, w)];
  const ins = /(?:ов|ев|ёв)$/u.test(w) && o.surname !== 'no' ? ['ым'] // Лавровым
    : /(?:ин|ын)$/u.test(w) && o.surname !== 'no' ? ['ым', 'ом'] // Путиным; Франклином
      : oe(w, 'ом', 'ем'); // Абрамовичем, Кузнецом
  const p: Paradigm = paradigm(stems, { gen: ['а'], dat: ['у'], ins, prep: ['е'] });
  p.acc = o.animate ? p.gen ?? [] : [seg];
  if (o.plural) {
    const end = w.at(-1) ?? '';
    const pgen = HUSH.includes(end) ? ['ей'] : end === 'ц' ? ['ов', 'ев'] : ['ов'];
    Object.assign(p, paradigm(stems, { pnom: [yi(w)], pgen, pdat: ['ам'], pins: ['ами'], pprep: ['ах'] }));
  }
  return p;
}

/**
 * The stem without its fleeting vowel: потолок → потолк-, огонёк → огоньк-, боец → бойц-. Which
 * words lose it is lexical, so it is a second candidate, except for the roots ток and рок that
 * keep it (поток → потока, Восток, урок, срок).
 */
function fleeting(seg: string, w: string): string[] {
  const base = seg.slice(0, -2);
  const before = w.at(-3) ?? '';
  if (/ок$/u.test(w) && !/(?:ток|рок)$/u.test(w) && w.length >= 5) return [`${base}к`];
  if (/ёк$/u.test(w) && w.length >= 5) return [VOWELS.includes(before) ? `${base}йк` : `${base}ьк`];
  if (/ец$/u.test(w) && w.length >= 4) return [VOWELS.includes(before) ? `${base}йц` : before === 'л' ? `${base}ьц` : `${base}ц`];
  return [];
}

/** -й: Алексей → Алексея, Алексею, Алексеем, Алексее; -ий → prepositional -ии (о Каспии). */
function yot(seg: string, w: string, o: NounOptions): Paradigm {
  const stem = seg.slice(0, -1);
  const p = paradigm([stem], { gen: ['я'], dat: ['ю'], ins: ['ем'], prep: [w.endsWith('ий') ? 'и' : 'е'] });
  p.acc = o.animate ? p.gen ?? [] : [seg];
  if (o.plural) Object.assign(p, paradigm([stem], { pnom: ['и'], pgen: ['ев'], pdat: ['ям'], pins: ['ями'], pprep: ['ях'] }));
  return p;
}

/** -ь: masculine (Кремль → Кремля, Кремлём) or feminine (Сибирь → Сибири, Сибирью). */
function soft(seg: string, w: string, o: NounOptions): Paradigm {
  const stem = seg.slice(0, -1);
  const feminine = o.gender === 'f' || /(?:[жшчщ]|ст|зн|сн)ь$/u.test(w);
  const masculine = o.gender === 'm' || /тель$/u.test(w);
  const m = paradigm([stem], { gen: ['я'], dat: ['ю'], ins: ['ем', 'ём'], prep: ['е'] });
  m.acc = o.animate ? m.gen ?? [] : [seg];
  const f = paradigm([stem], { gen: ['и'], dat: ['и'], ins: ['ью'], prep: ['и'] });
  f.acc = [seg];
  const p = feminine && !masculine ? f : masculine && !feminine ? m : merge(f, m);
  if (o.plural) Object.assign(p, paradigm([stem], { pnom: ['и'], pgen: ['ей'], pdat: ['ям'], pins: ['ями'], pprep: ['ях'] }));
  return p;
}

/** -а: Сила → Силы, Силе, Силу, Силой; a surname in -ова/-ина → Ахматовой, Ахматову. */
function feminineA(seg: string, w: string, o: NounOptions): Paradigm {
  const stem = seg.slice(0, -1);
  const noun = paradigm([stem], { gen: [yi(w.slice(0, -1))], dat: ['е'], acc: ['у'], ins: oe(w.slice(0, -1), 'ой', 'ей'), prep: ['е'] });
  const surnameLike = /(?:ов|ев|ёв|ин|ын)а$/u.test(w);
  const adjectival = paradigm([stem], { gen: ['ой'], dat: ['ой'], acc: ['у'], ins: ['ой'], prep: ['ой'] });
  const p = !surnameLike || o.surname === 'no' ? noun : o.surname === 'yes' ? adjectival : merge(noun, adjectival);
  if (o.plural) {
    Object.assign(p, paradigm([stem], { pnom: [yi(w.slice(0, -1))], pdat: ['ам'], pins: ['ами'], pprep: ['ах'] }));
    p.pgen = [bareGenitive(stem)];
  }
  return p;
}

/** The genitive plural without an ending (карт, войн); after a consonant a vowel comes back
 * before the final к (поставок, троек, девушек). The к keeps its case and the vowel takes the case
 * of the letter before it; a й or ь that begins the word stays (every form keeps a word's first
 * letter). */
function bareGenitive(stem: string): string {
  const k = stem.at(-1) ?? '';
  const written = stem.at(-2) ?? '';
  const before = written.toLowerCase();
  if (k.toLowerCase() !== 'к' || before === '' || VOWELS.includes(before)) return stem;
  const vowel = (v: string): string => (written === before ? v : v.toUpperCase());
  if (before === 'й' || before === 'ь') return stem.length < 3 ? stem : `${stem.slice(0, -2)}${vowel('е')}${k}`;
  return `${stem.slice(0, -1)}${vowel(HUSH.includes(before) ? 'е' : 'о')}${k}`;
}

/** -я: Монголия → Монголии, Монголию, Монголией; Земля → Земли, Земле, Землю, Землёй; время → времени. */
function feminineYa(seg: string, w: string, o: NounOptions): Paradigm {
  const stem = seg.slice(0, -1);
  if (w.endsWith('ия')) {
    const p = paradigm([stem], { gen: ['и'], dat: ['и'], acc: ['ю'], ins: ['ей'], prep: ['и'] });
    if (o.plural) Object.assign(p, paradigm([stem], { pnom: ['и'], pgen: ['й'], pdat: ['ям'], pins: ['ями'], pprep: ['ях'] }));
    return p;
  }
  if (w.endsWith('мя') && w.length > 3) {
    const s = seg.slice(0, -2);
    return paradigm([s], { gen: ['мени'], dat: ['мени'], ins: ['менем'], prep: ['мени'] });
  }
  const p = paradigm([stem], { gen: ['и'], dat: ['е'], acc: ['ю'], ins: ['ей', 'ёй'], prep: ['е'] });
  if (o.plural) Object.assign(p, paradigm([stem], { pnom: ['и'], pdat: ['ям'], pins: ['ями'], pprep: ['ях'] }));
  return p;
}

/** -о: lower-case neuters and -ство decline (Министерство → Министерства); foreign names do not
 * (Токио, Монако, Лукашенко), nor do people's names. */
function neuterO(seg: string, w: string, lower: boolean, o: NounOptions): Paradigm | null {
  const prev = w.at(-2) ?? '';
  if (VOWELS.includes(prev) || o.animate || !(lower || /тв?о$/u.test(w))) return null;
  const stem = seg.slice(0, -1);
  const p = paradigm([stem], { gen: ['а'], dat: ['у'], ins: ['ом'], prep: ['е'] });
  if (o.plural) Object.assign(p, paradigm([stem], { pnom: ['а'], pgen: [''], pdat: ['ам'], pins: ['ами'], pprep: ['ах'] }));
  return p;
}

/** -е: соглашение → соглашения, -ию, -ием, -ии; море → моря, морю, морем; not Гёте or Кабо-Верде. */
function neuterE(seg: string, w: string, lower: boolean, o: NounOptions): Paradigm | null {
  const stem = seg.slice(0, -1);
  const prev = w.at(-2) ?? '';
  if (o.animate) return null;
  if (prev === 'и') {
    const p = paradigm([stem], { gen: ['я'], dat: ['ю'], ins: ['ем'], prep: ['и'] });
    if (o.plural) Object.assign(p, paradigm([stem], { pnom: ['я'], pgen: ['й'], pdat: ['ям'], pins: ['ями'], pprep: ['ях'] }));
    return p;
  }
  if (prev === 'ь') return paradigm([stem], { gen: ['я'], dat: ['ю'], ins: ['ем'], prep: ['е'] }); // Приморье
  if (VOWELS.includes(prev) || !lower) return null;
  const hard = (HUSH + 'ц').includes(prev); // солнце, жилище
  const p = paradigm([stem], { gen: [hard ? 'а' : 'я'], dat: [hard ? 'у' : 'ю'], ins: ['ем'], prep: ['е'] });
  if (o.plural) {
    Object.assign(p, paradigm([stem], hard
      ? { pnom: ['а'], pdat: ['ам'], pins: ['ами'], pprep: ['ах'] }
      : { pnom: ['я'], pgen: ['ей'], pdat: ['ям'], pins: ['ями'], pprep: ['ях'] }));
  }
  return p;
}

/**
 * A base already in the plural: "санкции", "Шахеды", "потоки" (after "Северные"). A capitalised
 * word in -и is a foreign name that does not decline (Хаменеи, Тбилиси, Али) unless -ии ends it or a
 * plural adjective comes before it.
 */
function pluralBase(seg: string, w: string, lower: boolean, o: NounOptions): Paradigm | null {
  const stem = seg.slice(0, -1);
  const prev = w.at(-2) ?? '';
  if (o.animate || w.length < 3) return null;
  if (w.endsWith('ии')) return paradigm([stem], { pgen: ['й'], pdat: ['ям'], pins: ['ями'], pprep: ['ях'] });
  if (w.endsWith('ы')) return { ...paradigm([stem], { pgen: ['ов'], pdat: ['ам'], pins: ['ами'], pprep: ['ах'] }), pgen: [`${stem}ов`, bareGenitive(stem)] };
  if (!lower && !o.pluralHint) return null;
  if (VOWELS.includes(prev)) return null;
  if (VELAR.includes(prev)) return { ...paradigm([stem], { pdat: ['ам'], pins: ['ами'], pprep: ['ах'] }), pgen: [`${stem}ов`, bareGenitive(stem)] };
  if (HUSH.includes(prev)) return paradigm([stem], { pgen: ['ей'], pdat: ['ам'], pins: ['ами'], pprep: ['ах'] });
  return paradigm([stem], { pgen: ['ей'], pdat: ['ям'], pins: ['ями'], pprep: ['ях'] }); // новости, сети
}

/** Both paradigms, slot by slot, the first one's forms first. */
export function merge(a: Paradigm, b: Paradigm): Paradigm {
  const out: Paradigm = { ...a };
  for (const [slot, list] of Object.entries(b) as [Slot, string[]][]) out[slot] = [...new Set([...(out[slot] ?? []), ...list])];
  return out;
}
