/**
 * Units as the datasets spell them (万平方米, 元/平方米·月, 兆瓦). A leading 万 or 亿 is a magnitude, not part of
 * the unit: 1394.97万平方米 is 13,949,700 平方米. Arithmetic happens in the base unit.
 */
const magnitudes: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export interface ScaledUnit {
  /** 1, 1e4 or 1e8. */
  factor: number;
  /** The unit without its magnitude: 平方米 for 万平方米. */
  base: string;
}

export function scaledUnit(unit: string): ScaledUnit {
  const match = /^([万亿])(.+)$/.exec(unit);
  return match ? { factor: magnitudes[match[1]!]!, base: match[2]! } : { factor: 1, base: unit };
}

/** The quotient's base unit as datasets write it: 平方米 ÷ 户 → 平方米/户. */
export function quotientUnit(numerator: string, denominator: string): string {
  return `${scaledUnit(numerator).base}/${scaledUnit(denominator).base}`;
}
