import { QuantityError, sumOf } from '../arithmetic.ts';
import { add, overlaps } from '../interval.ts';
import type { Quantity } from '../quantity.ts';
import { baseInterval, type Comparison } from './comparison.ts';

/** The parts add up to the stated total: 2000 + 1200 + 1200 and 4400 (万平方米). */
export function checkSum(parts: Quantity[], total: Quantity): Comparison {
  const computed = sumOf(parts);
  const possible = parts.map(baseInterval).reduce(add);
  return { reported: total, computed, relation: 'equals', holds: sameUnit(computed, total) && overlaps(possible, baseInterval(total)) };
}

/** Figures compared must be in the same unit; a check across units is a mistake in the check. */
export function sameUnit(a: Quantity, b: Quantity): true {
  if (a.unit !== b.unit) throw new QuantityError(`单位不同：${a.unit || '无单位'}与${b.unit || '无单位'}`);
  return true;
}
