import { overlaps, point } from '../interval.ts';
import type { Quantity } from '../quantity.ts';
import { baseInterval, type Comparison } from './comparison.ts';

/** Whole days from one YYYY-MM-DD date to another: 2022-09-28 to 2022-10-25 is 27. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The reported number of days between two dates matches the calendar: "提前25天左右" and 9月28日 → 10月25日. */
export function checkDaysBetween(from: string, to: string, days: Quantity): Comparison {
  const count = daysBetween(from, to);
  return { reported: days, computed: { value: count, qualifier: null, unit: days.unit }, relation: 'equals', holds: overlaps(point(count), baseInterval(days)) };
}
