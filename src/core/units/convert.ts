/**
 * Converting a figure for a reader who thinks in other units. Rounded to what the source's own
 * precision supports: a converted figure never looks more exact than the one it came from.
 */
import { UNITS, type Conversion, type UnitCode } from './table.ts';

export interface Converted {
  value: number;
  unit: UnitCode;
}

/** Significant digits of a figure as written: 50 → 1, 6700 → 2, 1224 → 4, 0.73 → 2. */
function significantDigits(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const text = Math.abs(value).toString().replace('.', '').replace(/^0+/, '');
  const trimmed = Number.isInteger(value) ? text.replace(/0+$/, '') : text;
  return Math.max(1, trimmed.length);
}

/** Rounds to `digits` significant digits, but keeps at least two so small factors do not round to one digit. */
function roundTo(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const d = Math.max(2, digits);
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const scale = 10 ** (d - 1 - magnitude);
  return Math.round(value * scale) / scale;
}

function conversionsOf(unit: UnitCode): readonly Conversion[] {
  return UNITS[unit].converts ?? [];
}

/** Every conversion the table offers for a figure, rounded to the figure's precision. */
export function convert(value: number, unit: UnitCode): Converted[] {
  const digits = significantDigits(value);
  return conversionsOf(unit).map((c) => ({ value: roundTo(value * c.factor, digits), unit: c.to }));
}
