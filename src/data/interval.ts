import { decimalsOf } from '../format/number.ts';
import { readingOf, type Qualifier } from '../schemas/qualifier.ts';

/** Every value a figure can stand for: lo ≤ x ≤ hi (either end may be infinite). */
export interface Interval {
  lo: number;
  hi: number;
}

/** Place value of the last non-zero digit as printed: 3400 → 100, 4000 → 1000, 1.6 → 0.1, 2.52 → 0.01, 0 → 1. */
export function lastDigitStep(value: number): number {
  const decimals = decimalsOf(Math.abs(value));
  if (decimals > 0) return 10 ** -decimals;
  let step = 1;
  for (let rest = Math.abs(value); rest !== 0 && rest % 10 === 0; rest /= 10) step *= 10;
  return step;
}

/**
 * What a reported figure can mean, given its printed precision and qualifier. This is the reading the
 * consistency checks use (docs/DATASETS.md, 核对):
 *
 * - exact: rounds to the printed figure (2.52 → 2.515 to 2.525; 7011 → 7010.5 to 7011.5)
 * - 约, 左右 (round): rounds to it at its last non-zero digit (约25 → 24.5 to 25.5; 3倍左右 → 2.5 to 3.5)
 * - 近 (under): at most the figure, less by under half a step (近6个月 → 5.5 to 6)
 * - 余, 多 (beyond): from the figure up to the next step (3400多 → 3400 to 3500; 1.6万余 → 1.6 to 1.7)
 * - 以上, 至少 (at-least): from the figure up; 以内, 以下 (at-most): up to the figure
 */
export function intervalOf({ value, qualifier, basis }: { value: number; qualifier: Qualifier | null; basis?: { possible: Interval } }): Interval {
  // A figure computed and rounded here stands for what its inputs allowed, not for what its rounding prints.
  if (basis) return basis.possible;
  if (qualifier === null) return { lo: value - 0.5 * 10 ** -decimalsOf(value), hi: value + 0.5 * 10 ** -decimalsOf(value) };
  const step = lastDigitStep(value);
  switch (readingOf(qualifier)) {
    case 'round':
      return { lo: value - step / 2, hi: value + step / 2 };
    case 'under':
      return { lo: value - step / 2, hi: value };
    case 'beyond':
      return { lo: value, hi: value + step };
    case 'at-most':
      return { lo: -Infinity, hi: value };
    case 'at-least':
      return { lo: value, hi: Infinity };
  }
}

/** An exactly known value (a count of days between two dates). */
export const point = (value: number): Interval => ({ lo: value, hi: value });

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function multiply(a: Interval, b: Interval): Interval {
  // 0 × ∞ counts as 0: a figure that is exactly 0 stays 0 whatever it is multiplied by.
  const products = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi].map((p) => (Number.isNaN(p) ? 0 : p));
  return { lo: Math.min(...products), hi: Math.max(...products) };
}

export function divide(a: Interval, b: Interval): Interval {
  if (b.lo <= 0 && b.hi >= 0) return { lo: -Infinity, hi: Infinity };
  return multiply(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

export function scale(a: Interval, factor: number): Interval {
  return multiply(a, point(factor));
}

// Floating-point sums of printed decimals are off in the 15th digit; that must not decide a check.
const slack = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

/** Some value lies in both. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi + slack(b.hi) && b.lo <= a.hi + slack(a.hi);
}

/** Some value of `a` is not greater than some value of `b`. */
export function canBeAtMost(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi + slack(b.hi);
}
