/**
 * The units facts may use by code, with their names per language and the conversions a reader can
 * ask for. Only physical units convert: money stays as written, because an exchange rate is a
 * fact that ages.
 */
import type { Language } from '../facts/vocabulary.ts';

export const UNIT_CODES = [
  'km',
  'mi',
  'bcm/yr',
  'bcm',
  'tcm',
  'mcm/day',
  'Mt LNG/yr',
  'Mt LNG',
  'Mt/yr',
  'Mt',
  'MW',
  'GW',
  '%',
  'b/d',
  'thousand b/d',
  'million b/d',
  'US$ bn',
  'US$ m',
  'US$/barrel',
  '€ bn',
  'bn roubles',
] as const;

export type UnitCode = (typeof UNIT_CODES)[number];

export interface Conversion {
  /** The unit the value converts to. */
  to: UnitCode;
  /** Multiply by this. */
  factor: number;
}

export interface UnitInfo {
  /** Short names as a news desk writes them, per language. */
  label: Record<Language, string>;
  /** Conversions offered on the card, most useful first. */
  converts?: readonly Conversion[];
}

/**
 * Gas to LNG: one million tonnes of LNG give about 1.379 bcm of gas (Enerdynamics, "Understanding
 * Liquefied Natural Gas (LNG) Units", https://www.enerdynamics.com/Energy-Currents_Blog/Understanding-Liquefied-Natural-Gas-LNG-Units.aspx);
 * the heating value of a cargo moves it by a few per cent, so a converted figure keeps the
 * precision of the original and no more. bcm/yr → mcm/day is exact: 1,000 / 365.
 */
const BCM_TO_LNG_MT = 1 / 1.379;
export const UNITS: Record<UnitCode, UnitInfo> = {
  km: { label: { en: 'km', de: 'km', ru: 'км', fa: 'کیلومتر' }, converts: [{ to: 'mi', factor: 0.621371 }] },
  mi: { label: { en: 'miles', de: 'Meilen', ru: 'миль', fa: 'مایل' }, converts: [{ to: 'km', factor: 1.609344 }] },
  'bcm/yr': {
    label: { en: 'bcm a year', de: 'Mrd. m³ pro Jahr', ru: 'млрд м³ в год', fa: 'میلیارد متر مکعب در سال' },
    converts: [{ to: 'mcm/day', factor: 1000 / 365 }, { to: 'Mt LNG/yr', factor: BCM_TO_LNG_MT }],
  },
  bcm: { label: { en: 'bcm', de: 'Mrd. m³', ru: 'млрд м³', fa: 'میلیارد متر مکعب' }, converts: [{ to: 'Mt LNG', factor: BCM_TO_LNG_MT }] },
  tcm: { label: { en: 'trillion m³', de: 'Bio. m³', ru: 'трлн м³', fa: 'تریلیون متر مکعب' }, converts: [{ to: 'bcm', factor: 1000 }] },
  'mcm/day': {
    label: { en: 'million m³ a day', de: 'Mio. m³ pro Tag', ru: 'млн м³ в сутки', fa: 'میلیون متر مکعب در روز' },
    converts: [{ to: 'bcm/yr', factor: 365 / 1000 }],
  },
  'Mt LNG/yr': {
    label: { en: 'million tonnes of LNG a year', de: 'Mio. t LNG pro Jahr', ru: 'млн т СПГ в год', fa: 'میلیون تن ال‌ان‌جی در سال' },
    converts: [{ to: 'bcm/yr', factor: 1.379 }],
  },
  'Mt LNG': { label: { en: 'million tonnes of LNG', de: 'Mio. t LNG', ru: 'млн т СПГ', fa: 'میلیون تن ال‌ان‌جی' }, converts: [{ to: 'bcm', factor: 1.379 }] },
  'Mt/yr': { label: { en: 'million tonnes a year', de: 'Mio. t pro Jahr', ru: 'млн т в год', fa: 'میلیون تن در سال' } },
  Mt: { label: { en: 'million tonnes', de: 'Mio. t', ru: 'млн т', fa: 'میلیون تن' } },
  MW: { label: { en: 'MW', de: 'MW', ru: 'МВт', fa: 'مگاوات' }, converts: [{ to: 'GW', factor: 0.001 }] },
  GW: { label: { en: 'GW', de: 'GW', ru: 'ГВт', fa: 'گیگاوات' }, converts: [{ to: 'MW', factor: 1000 }] },
  '%': { label: { en: '%', de: '%', ru: '%', fa: '٪' } },
  'b/d': { label: { en: 'barrels a day', de: 'Barrel pro Tag', ru: 'баррелей в сутки', fa: 'بشکه در روز' } },
  'thousand b/d': { label: { en: 'thousand barrels a day', de: 'Tsd. Barrel pro Tag', ru: 'тыс. баррелей в сутки', fa: 'هزار بشکه در روز' } },
  'million b/d': {
    label: { en: 'million barrels a day', de: 'Mio. Barrel pro Tag', ru: 'млн баррелей в сутки', fa: 'میلیون بشکه در روز' },
    converts: [{ to: 'thousand b/d', factor: 1000 }],
  },
  // English writes "US$400bn" with the symbol first; the card puts every unit after its figure,
  // so the English labels are the words ("400 billion US dollars"), as in German and Russian.
  'US$ bn': { label: { en: 'billion US dollars', de: 'Mrd. US-Dollar', ru: 'млрд долл.', fa: 'میلیارد دلار' } },
  'US$ m': { label: { en: 'million US dollars', de: 'Mio. US-Dollar', ru: 'млн долл.', fa: 'میلیون دلار' } },
  'US$/barrel': { label: { en: 'US dollars a barrel', de: 'US-Dollar je Barrel', ru: 'долл. за баррель', fa: 'دلار در هر بشکه' } },
  '€ bn': { label: { en: 'billion euros', de: 'Mrd. Euro', ru: 'млрд евро', fa: 'میلیارد یورو' } },
  'bn roubles': { label: { en: 'billion roubles', de: 'Mrd. Rubel', ru: 'млрд руб.', fa: 'میلیارد روبل' } },
};

export function isUnitCode(value: unknown): value is UnitCode {
  return typeof value === 'string' && (UNIT_CODES as readonly string[]).includes(value);
}

