import { decimalsOf } from '../format/number.ts';
import { isApproximate, qualifierWord, readingOf, type Qualifier } from '../schemas/qualifier.ts';
import { add, divide, intervalOf, multiply, scale, type Interval } from './interval.ts';
import { roundToSupport } from './precision.ts';
import type { Quantity } from './quantity.ts';
import { quotientUnit, scaledUnit } from './units.ts';

/**
 * Arithmetic on reported figures that keeps their qualifiers honest. A result from an approximate input (约,
 * 左右, 近, 余, 多) is rounded to the precision its inputs support and marked 约 (src/data/precision.ts); an open
 * bound (以上, 至少, 以内, 以下) stays a bound where the arithmetic keeps its direction; and where no qualifier
 * can be honest (an upper bound times a lower bound) the computation is refused.
 */
export class QuantityError extends Error {}

/** Which way a qualifier leans: 近 and the upper bounds point down, 余/多 and the lower bounds up. */
const leansDown = (q: Qualifier) => ['under', 'at-most'].includes(readingOf(q));
const leansUp = (q: Qualifier) => ['beyond', 'at-least'].includes(readingOf(q));
const isOpenBound = (q: Qualifier) => ['at-most', 'at-least'].includes(readingOf(q));

/** The qualifier of a result that grows with both inputs (a sum, or a product of positive figures). */
export function combineQualifiers(a: Qualifier | null, b: Qualifier | null): Qualifier | null {
  if (a === null || a === b) return b;
  if (b === null) return a;
  if (readingOf(a) === readingOf(b)) return a;
  // An open bound absorbs a near figure that leans the same way: ≤a × (a little under b) ≤ ab.
  if (isOpenBound(a) || isOpenBound(b)) {
    const [boundOne, other] = isOpenBound(a) ? [a, b] : [b, a];
    if ((leansDown(boundOne) && leansDown(other)) || (leansUp(boundOne) && leansUp(other))) return boundOne;
    throw new QuantityError(`“${qualifierWord(a)}”与“${qualifierWord(b)}”的数一起计算，结果既没有上限也没有可靠的近似值`);
  }
  return 'approx';
}

/** The qualifier of −x or 1/x: what leaned down now leans up. */
export function invertQualifier(q: Qualifier | null): Qualifier | null {
  if (q === null) return null;
  switch (readingOf(q)) {
    case 'under':
      return 'over';
    case 'beyond':
      return 'nearly';
    case 'at-most':
      return 'min';
    case 'at-least':
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
  if (qualifier !== null && leansUp(qualifier)) return { value: Number((Math.floor(value / unit) * unit).toFixed(decimals)), qualifier: 'min' };
  if (qualifier !== null && leansDown(qualifier)) return { value: Number((Math.ceil(value / unit) * unit).toFixed(decimals)), qualifier: 'max' };
  return { value: nearest, qualifier: 'approx' };
}

/**
 * The shown value of a computed result. With an approximate input and no open bound in the result, the
 * precision rule decides (约, rounded to what the inputs support); otherwise `rounded` at `decimals`.
 * `possible` is what the inputs allow, in the result's unit.
 */
export function computedResult(
  value: number,
  possible: Interval,
  decimals: number,
  qualifier: Qualifier | null,
  inputs: readonly Quantity[],
): Pick<Quantity, 'value' | 'qualifier' | 'basis'> {
  if (inputs.some((q) => isApproximate(q.qualifier)) && (qualifier === null || !isOpenBound(qualifier))) {
    return { value: roundToSupport(value, possible, 10 ** -decimals), qualifier: 'approx', basis: { estimate: value, possible } };
  }
  return rounded(value, decimals, qualifier);
}

/** What a quantity can stand for in its base unit (万平方米 in 平方米, % as a fraction). */
function baseRange(q: Quantity): Interval {
  return scale(intervalOf(q), q.unit === '%' ? 0.01 : scaledUnit(q.unit).factor);
}

/** A quantity's value in its base unit (万平方米 → 平方米), percentages as fractions. */
function baseValue(q: Quantity): number {
  return q.unit === '%' ? estimateOf(q) / 100 : estimateOf(q) * scaledUnit(q.unit).factor;
}

/** The value to compute with: a rounded computed figure's unrounded estimate, else the figure. */
export function estimateOf(q: Quantity): number {
  return q.basis?.estimate ?? q.value;
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
  const possible = parts.map(intervalOf).reduce(add);
  return { ...computedResult(parts.reduce((total, p) => total + estimateOf(p), 0), possible, decimals, qualifier, parts), unit };
}

/** a − b, in the same unit. */
export function differenceOf(a: Quantity, b: Quantity, decimals = Math.max(decimalsOf(a.value), decimalsOf(b.value))): Quantity {
  if (a.unit !== b.unit) throw new QuantityError(`相减的数单位不同（${a.unit || '无单位'}与${b.unit || '无单位'}）`);
  const possible = add(intervalOf(a), scale(intervalOf(b), -1));
  return { ...computedResult(estimateOf(a) - estimateOf(b), possible, decimals, combineQualifiers(a.qualifier, invertQualifier(b.qualifier)), [a, b]), unit: a.unit };
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
  const possible = scale(factors.map(baseRange).reduce(multiply), 1 / scaledUnit(unit).factor);
  return { ...computedResult(value, possible, decimals ?? Math.min(exactDecimals, 6), qualifier, factors), unit };
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
  const factor = percent ? 100 : 1 / scaledUnit(unit).factor;
  const value = (baseValue(numerator) / baseValue(denominator)) * factor;
  const possible = scale(divide(baseRange(numerator), baseRange(denominator)), factor);
  return { ...computedResult(value, possible, decimals, combineQualifiers(numerator.qualifier, invertQualifier(denominator.qualifier)), [numerator, denominator]), unit };
}
