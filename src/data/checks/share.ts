import { decimalsOf } from '../../format/number.ts';
import { QuantityError, quotientOf } from '../arithmetic.ts';
import { divide, overlaps } from '../interval.ts';
import type { Quantity } from '../quantity.ts';
import { baseInterval, type Comparison } from './comparison.ts';

/**
 * A reported percentage matches the counts it summarizes, within its rounding: 48% of 7011 households is
 * consistent with 3400多 (3400 to 3500) converted, since 3400 ÷ 7011 rounds to 48%.
 */
export function checkShare(share: Quantity, part: Quantity, whole: Quantity): Comparison {
  if (share.unit !== '%') throw new QuantityError(`比例应为百分数，而这里的单位是${share.unit || '无单位'}`);
  const computed = quotientOf(part, whole, '%', decimalsOf(share.value) + 1);
  const possible = divide(baseInterval(part), baseInterval(whole));
  return { reported: share, computed, relation: 'equals', holds: overlaps(possible, baseInterval(share)) };
}
