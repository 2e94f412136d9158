import { canBeAtMost } from '../interval.ts';
import type { Quantity } from '../quantity.ts';
import { baseInterval, type Comparison } from './comparison.ts';
import { sameUnit } from './sum.ts';

/** `value` does not exceed `limit`: installed ≤ signed, done ≤ planned, a range's low end ≤ its high end. */
export function checkAtMost(value: Quantity, limit: Quantity): Comparison {
  return { reported: limit, computed: value, relation: 'at-most', holds: sameUnit(value, limit) && canBeAtMost(baseInterval(value), baseInterval(limit)) };
}
