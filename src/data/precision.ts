import type { Interval } from './interval.ts';

/**
 * Precision follows the inputs. A figure computed from an approximate input (约, 左右, 近, 余, 多) is shown
 * rounded to the place value that the inputs' uncertainty supports, and marked 约: 2.52元 × 近6个月 × 185平方米
 * can be anything from about 2552 to 2810 元, so the bill is 约2800元, never 近2797.2元.
 *
 * The place value is the largest power of ten not above the width of the interval the inputs allow (here 258
 * → 100), and never finer than `finest` (the decimals the result would have if all inputs were exact). The
 * value rounded is the one computed from the printed figures, so a reader can redo the sum by hand, unless the
 * rounding would leave the interval.
 */
export function supportedStep(possible: Interval, finest: number): number {
  const width = possible.hi - possible.lo;
  if (!Number.isFinite(width) || width <= 0) return finest;
  return Math.max(10 ** Math.floor(Math.log10(width) + 1e-9), finest);
}

/**
 * `value` rounded to the step `possible` supports: 2797.2 within 2552–2810 → 2800. Where that rounding falls
 * outside what the inputs allow (3400多 ÷ 7011 = 48.49% within 48.49–49.93%: 48 is too low), the nearest step
 * inside is taken (49): an approximate figure never names a value its inputs rule out.
 */
export function roundToSupport(value: number, possible: Interval, finest: number): number {
  const step = supportedStep(possible, finest);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const slack = 1e-9 * Math.max(1, Math.abs(value));
  let rounded = Math.round(value / step) * step;
  if (rounded < possible.lo - slack) rounded = Math.ceil((possible.lo - slack) / step) * step;
  else if (rounded > possible.hi + slack) rounded = Math.floor((possible.hi + slack) / step) * step;
  return Number(rounded.toFixed(decimals));
}
