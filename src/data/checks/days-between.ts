import { daysBetween } from '../../format/date.ts';
import { overlaps, point } from '../interval.ts';
import type { Quantity } from '../quantity.ts';
import { baseInterval, type Comparison } from './comparison.ts';

/** The reported number of days between two dates matches the calendar: "提前25天左右" and 9月28日 → 10月25日. */
export function checkDaysBetween(from: string, to: string, days: Quantity): Comparison {
  const count = daysBetween(from, to);
  return { reported: days, computed: { value: count, qualifier: null, unit: days.unit }, relation: 'equals', holds: overlaps(point(count), baseInterval(days)) };
}
