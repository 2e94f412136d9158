import type { Qualifier } from '../schemas/dataset-meta.ts';
import { decimalsOf, type Quantity } from './quantity.ts';
import { quotientUnit, scaledUnit } from './units.ts';

/**
 * Arithmetic on reported figures that keeps their qualifiers honest. A figure qualified "近" (nearly: a little
 * less) stays "近" when multiplied by an exact positive figure; mixing "a little less" with "a little more" can
 * only be "约"; and where no qualifier can be honest (an upper bound times a lower bound) the computation is
 * refused rather than shown with false precision.
 */
export class QuantityError extends Error {}

/** Which way each qualifier leans: "a little less" and "at most" point down, "a little more" and "at least" up. */
const down = new Set<Qualifier>(['nearly', 'max']);
const up = new Set<Qualifier>(['over', 'min']);
const bound = new Set<Qualifier>(['max', 'min']);

/** The qualifier of a result that grows with both inputs (a sum, or a product of positive figures). */
export function combineQualifiers(a: Qualifier | null, b: Qualifier | null): Qualifier | null {
  if (a === null || a === b) return b;
  if (b === null) return a;
  // An open bound absorbs a near figure that leans the same way: ≤a × (a little under b) ≤ ab.
  if ((a === 'max' && b === 'nearly') || (a === 'nearly' && b === 'max')) return 'max';
  if ((a === 'min' && b === 'over') || (a === 'over' && b === 'min')) return 'min';
  if (bound.has(a) || bound.has(b)) {
    throw new QuantityError(`“${qualifierWord(a)}”与“${qualifierWord(b)}”的数一起计算，结果既没有上限也没有可靠的近似值`);
  }
  return 'approx';
}

/** The qualifier of −x or 1/x: what leaned down now leans up. */
export function invertQualifier(q: Qualifier | null): Qualifier | null {
  switch (q) {
    case 'nearly':
      return 'over';
    case 'over':
      return 'nearly';
    case 'max':
      return 'min';
    case 'min':
      return 'max';
    default:
      return q;
  }
}

/**
 * Rounds a computed value to `decimals` places. Where rounding changes it, an exact result becomes 约, and a
 * result that leans one way is rounded that way and becomes an open bound: 48.495…以上 is shown as 48.4%以上,
 * never as a 48.5 it may not reach.
 */
export function rounded(value: number, decimals: number, qualifier: Qualifier | null): { value: number; qualifier: Qualifier | null } {
  const unit = 10 ** -decimals;
  const nearest = Number(value.toFixed(decimals));
  if (Math.abs(nearest - value) <= 1e-9 * Math.max(1, Math.abs(value))) return { value: nearest, qualifier };
  if (qualifier !== null && up.has(qualifier)) return { value: Number((Math.floor(value / unit) * unit).toFixed(decimals)), qualifier: 'min' };
  if (qualifier !== null && down.has(qualifier)) return { value: Number((Math.ceil(value / unit) * unit).toFixed(decimals)), qualifier: 'max' };
  return { value: nearest, qualifier: 'approx' };
}

/** A quantity's value in its base unit (万平方米 → 平方米), percentages as fractions. */
function baseValue(q: Quantity): number {
  return q.unit === '%' ? q.value / 100 : q.value * scaledUnit(q.unit).factor;
}

function requirePositive(quantities: Quantity[]): void {
  if (quantities.some((q) => q.qualifier !== null) && quantities.some((q) => q.value <= 0)) {
    throw new QuantityError('带限定词的数只能与正数相乘除');
  }
}

/** Σ parts, all in the same unit. */
export function sumOf(parts: Quantity[], decimals = Math.max(...parts.map((p) => decimalsOf(p.value)))): Quantity {
  const unit = parts[0]!.unit;
  const other = parts.find((p) => p.unit !== unit);
  if (other) throw new QuantityError(`相加的数单位不同（${unit || '无单位'}与${other.unit || '无单位'}）`);
  const qualifier = parts.reduce<Qualifier | null>((q, p) => combineQualifiers(q, p.qualifier), null);
  return { ...rounded(parts.reduce((total, p) => total + p.value, 0), decimals, qualifier), unit };
}

/** a − b, in the same unit. */
export function differenceOf(a: Quantity, b: Quantity, decimals = Math.max(decimalsOf(a.value), decimalsOf(b.value))): Quantity {
  if (a.unit !== b.unit) throw new QuantityError(`相减的数单位不同（${a.unit || '无单位'}与${b.unit || '无单位'}）`);
  return { ...rounded(a.value - b.value, decimals, combineQualifiers(a.qualifier, invertQualifier(b.qualifier))), unit: a.unit };
}

/**
 * Π factors, expressed in `unit` (whose magnitude is applied: a product in 平方米 shown in 万平方米 is divided
 * by 1e4). Percent factors count as hundredths. By default as many decimals as the exact product has.
 */
export function productOf(factors: Quantity[], unit: string, decimals?: number): Quantity {
  requirePositive(factors);
  const value = factors.reduce((p, f) => p * baseValue(f), 1) / scaledUnit(unit).factor;
  const qualifier = factors.reduce<Qualifier | null>((q, f) => combineQualifiers(q, f.qualifier), null);
  const exactDecimals = factors.reduce((d, f) => d + decimalsOf(f.value) + (f.unit === '%' ? 2 : 0), 0) + Math.log10(scaledUnit(unit).factor);
  return { ...rounded(value, decimals ?? Math.min(exactDecimals, 6), qualifier), unit };
}

/**
 * numerator ÷ denominator in `unit`, which must be the quotient of their base units (平方米 ÷ 户 → 平方米/户,
 * with 万平方米 ÷ 户 converted). Pass `unit: '%'` for a share of two figures in the same unit.
 */
export function quotientOf(numerator: Quantity, denominator: Quantity, unit: string, decimals: number): Quantity {
  requirePositive([numerator, denominator]);
  const percent = unit === '%';
  if (percent ? scaledUnit(numerator.unit).base !== scaledUnit(denominator.unit).base : scaledUnit(unit).base !== quotientUnit(numerator.unit, denominator.unit)) {
    const expected = percent ? '同一单位的两个数' : quotientUnit(numerator.unit, denominator.unit);
    throw new QuantityError(`单位对不上：${numerator.unit || '无单位'} ÷ ${denominator.unit || '无单位'} 得不到 ${unit}（应为${expected}）`);
  }
  const value = (baseValue(numerator) / baseValue(denominator)) * (percent ? 100 : 1 / scaledUnit(unit).factor);
  return { ...rounded(value, decimals, combineQualifiers(numerator.qualifier, invertQualifier(denominator.qualifier))), unit };
}

function qualifierWord(q: Qualifier | null): string {
  return { approx: '约', nearly: '近', over: '余', max: '以内', min: '以上' }[q ?? 'approx'] ?? '';
}
