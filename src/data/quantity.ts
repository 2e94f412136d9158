import type { ColumnMeta, Qualifier } from '../schemas/dataset-meta.ts';
import type { Interval } from './interval.ts';
import { qualifierOf, unitOf } from './cell-text.ts';
import type { Row } from './cells.ts';

/**
 * A reported or computed figure: its value, how exact it is, and its unit. What checks and computed datasets
 * work with, read from a cell once (`quantityOf`) and trusted from there on.
 */
export interface Quantity {
  value: number;
  qualifier: Qualifier | null;
  /** The unit as datasets spell it; % for a percent column. */
  unit: string;
  /**
   * Set on a computed figure that the precision rule rounded (src/data/precision.ts): the value computed from
   * the printed figures and the interval its inputs allow, so that a figure computed from this one starts
   * from them and is rounded once (太原 1620元 − 朔州约1400元 is 约300元, from 1620 − 1360.8 within 249–383).
   */
  basis?: { estimate: number; possible: Interval };
}

/** The numeric cell `column` of `row` as a quantity, or null where the cell is empty. */
export function quantityOf(row: Row, column: ColumnMeta): Quantity | null {
  const value = row[column.name];
  if (typeof value !== 'number') return null;
  return { value, qualifier: qualifierOf(row, column), unit: unitOf(row, column) };
}
