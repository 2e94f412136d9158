import { formatNumber, formatValue } from '../format/number.ts';
import type { ColumnMeta, Qualifier } from '../schemas/dataset-meta.ts';
import type { Row } from './cells.ts';

/** The unit of a numeric cell: the column's, the row's (unitColumn), or % for a percent column. */
export function unitOf(row: Row, column: ColumnMeta): string {
  if (column.unitColumn) return String(row[column.unitColumn] ?? '');
  return column.unit ?? (column.type === 'percent' ? '%' : '');
}

/** How exact a numeric cell is, from its qualifier column. */
export function qualifierOf(row: Row, column: ColumnMeta): Qualifier | null {
  return column.qualifier ? ((row[column.qualifier] as Qualifier | null | undefined) ?? null) : null;
}

/**
 * A numeric cell as text, the way charts, tables and prose all show it: 3962万平方米, 96.11%, 4000余个.
 * null where the cell is empty. With `withUnit: false` the unit is left to a column header.
 */
export function numericText(row: Row, column: ColumnMeta, { withUnit = true } = {}): string | null {
  const value = row[column.name];
  if (value === null || value === undefined) return null;
  const unit = unitOf(row, column);
  const qualifier = qualifierOf(row, column);
  if (!withUnit && !column.unitColumn && column.type !== 'percent') return qualifier ? formatValue(value as number, '', qualifier) : formatNumber(value as number);
  return formatValue(value as number, unit, qualifier);
}
