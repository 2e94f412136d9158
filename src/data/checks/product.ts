import { productOf } from '../arithmetic.ts';
import { multiply, overlaps } from '../interval.ts';
import type { Quantity } from '../quantity.ts';
import { baseInterval, type Comparison } from './comparison.ts';

/**
 * The factors multiply to the stated result: price × months × area and the bill. Units are the editor's to
 * get right (元/平方米·月 × 个月 × 平方米 = 元); magnitudes (万) and percentages are applied.
 */
export function checkProduct(factors: Quantity[], result: Quantity): Comparison {
  const computed = productOf(factors, result.unit);
  const possible = factors.map(baseInterval).reduce(multiply);
  return { reported: result, computed, relation: 'equals', holds: overlaps(possible, baseInterval(result)) };
}
