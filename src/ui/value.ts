/** "50" + "bcm per year" → "50 bcm per year"; `separator` lets the card keep the pair on one line. */
export function valueWithUnit(value: string, unit: string | undefined, separator = ' '): string {
  const u = unit?.trim();
  return u === undefined || u === '' ? value : `${value}${separator}${u}`;
}
