import { intervalOf, scale, type Interval } from '../interval.ts';
import type { Quantity } from '../quantity.ts';
import { scaledUnit } from '../units.ts';

/**
 * What a consistency check finds: a figure the report states, the figure computed from other figures to
 * compare it with, and whether some reading of both (within their printed precision and qualifiers) agrees.
 */
export interface Comparison {
  /** The figure the report states: the total, the limit, the share, the result, the number of days. */
  reported: Quantity;
  /** What the other figures give: the sum of the parts, the value held to the limit, part ÷ whole, …. */
  computed: Quantity;
  /** `equals`: the two should agree; `at-most`: computed should not exceed reported. */
  relation: 'equals' | 'at-most';
  holds: boolean;
}

/** A quantity's possible values in its base unit (万平方米 in 平方米; % as a fraction). */
export function baseInterval(q: Quantity): Interval {
  return scale(intervalOf(q), q.unit === '%' ? 0.01 : scaledUnit(q.unit).factor);
}
