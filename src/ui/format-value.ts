/**
 * A fact's value and unit as text in the entry's language: numbers through Intl ("1,224" /
 * "1.224" / "۱٬۲۲۴"), dates written out, units by their label in that language, and the
 * conversions a reader can ask for. Pure: the card, the citation and the tests share it.
 */
import type { APPROX } from '../core/facts/schema.ts';
import { pick, type LocalizedText } from '../core/facts/localize.ts';
import type { FactValue, Language, Unit } from '../core/facts/types.ts';
import { convert } from '../core/units/convert.ts';
import { isUnitCode, UNITS, type UnitCode } from '../core/units/table.ts';
import type { ContentLanguage } from './content-language.ts';
import { formatDate } from './format-date.ts';

type Approx = (typeof APPROX)[number];

/** How exact a figure is, in the language of the figure (not the UI's: it is part of the fact). */
const APPROX_WORDS: Record<Approx, Record<Language, string>> = {
  about: { en: 'about', de: 'etwa', ru: 'около', fa: 'حدود' },
  'up-to': { en: 'up to', de: 'bis zu', ru: 'до', fa: 'تا' },
  'more-than': { en: 'more than', de: 'mehr als', ru: 'более', fa: 'بیش از' },
  'less-than': { en: 'less than', de: 'weniger als', ru: 'менее', fa: 'کمتر از' },
};

/** What formatting needs to know about the language of the entry's text. */
export type ValueFormat = Pick<ContentLanguage, 'chain' | 'lang' | 'locale'>;

export interface FigureText {
  /** The value as written: "about 6,700", "17 January 2025", "Not agreed", "50%". */
  value: string;
  /** The unit's label, or null (none, or already part of `value` like "%"). */
  unit: string | null;
  /** For a date value: the ISO date, so the card can mark it up as <time>. */
  iso?: string;
  /** The language of the text, or null for a plain string that is the same in every language. */
  lang: Language | null;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function numberOf(value: FactValue): { number: number; approx: Approx | undefined } | null {
  if (typeof value === 'number') return { number: value, approx: undefined };
  if (isObject(value) && typeof value['number'] === 'number') {
    const approx = value['approx'];
    return { number: value['number'], approx: typeof approx === 'string' && approx in APPROX_WORDS ? (approx as Approx) : undefined };
  }
  return null;
}

function dateOf(value: FactValue): string | null {
  return isObject(value) && typeof value['date'] === 'string' ? value['date'] : null;
}

export function formatNumber(n: number, locale: string, style?: 'percent'): string {
  const options: Intl.NumberFormatOptions = style === 'percent' ? { style: 'percent', maximumFractionDigits: 2 } : { maximumFractionDigits: 3 };
  try {
    return new Intl.NumberFormat(locale, options).format(style === 'percent' ? n / 100 : n);
  } catch {
    return new Intl.NumberFormat('en-GB', options).format(style === 'percent' ? n / 100 : n);
  }
}

/** "about 6,700", "etwa 6.700", "bis zu 50 %". */
function formatFigure(n: number, approx: Approx | undefined, format: ValueFormat, style?: 'percent'): string {
  const number = formatNumber(n, format.locale, style);
  return approx === undefined ? number : `${APPROX_WORDS[approx][format.lang]} ${number}`;
}

/** A unit's label in the entry's language: "bcm a year" / "Mrd. m³ pro Jahr", or the glossary's own words. */
function unitLabel(unit: Unit | undefined, format: ValueFormat): string | null {
  if (unit === undefined) return null;
  if (isUnitCode(unit)) return UNITS[unit].label[format.lang];
  // Not a code the table knows: the schema refuses that, but a card must not break on it.
  const raw: unknown = unit;
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw.trim();
  const picked = pick(unit, format.chain);
  return picked === null || picked.text.trim() === '' ? null : picked.text.trim();
}

export function figureText(value: FactValue, unit: Unit | undefined, format: ValueFormat): FigureText {
  const figure = numberOf(value);
  if (figure !== null) {
    // A percentage is a number style in Intl: "50%", "50 %" (German, with a no-break space).
    if (unit === '%') return { value: formatFigure(figure.number, figure.approx, format, 'percent'), unit: null, lang: format.lang };
    return { value: formatFigure(figure.number, figure.approx, format), unit: unitLabel(unit, format), lang: format.lang };
  }
  const date = dateOf(value);
  if (date !== null) return { value: formatDate(date, format.locale), unit: unitLabel(unit, format), iso: date, lang: format.lang };
  if (typeof value === 'string') return { value, unit: unitLabel(unit, format), lang: null };
  const picked = isObject(value) ? pick(value as LocalizedText, format.chain) : null;
  return { value: picked?.text ?? '', unit: unitLabel(unit, format), lang: picked?.lang ?? null };
}

/** The value and its unit on one line of plain text; `separator` keeps them together on a card. */
export function figureLine(figure: FigureText, separator = ' '): string {
  return figure.unit === null ? figure.value : `${figure.value}${separator}${figure.unit}`;
}

/**
 * The same figure in the other units the table offers ("≈ 140 million m³ a day"), each rounded to
 * the precision of the original. Empty for words, dates, money and units that do not convert.
 */
export function conversions(value: FactValue, unit: Unit | undefined, format: ValueFormat): string[] {
  const figure = numberOf(value);
  if (figure === null || !isUnitCode(unit)) return [];
  // "about" is what ≈ already says; "up to" and the like still hold for the converted figure.
  const approx = figure.approx === 'about' ? undefined : figure.approx;
  return convert(figure.number, unit).map((c) => `≈ ${converted(c.value, c.unit, approx, format)}`);
}

function converted(n: number, unit: UnitCode, approx: Approx | undefined, format: ValueFormat): string {
  if (unit === '%') return formatFigure(n, approx, format, 'percent');
  return `${formatFigure(n, approx, format)}\u00a0${UNITS[unit].label[format.lang]}`;
}
