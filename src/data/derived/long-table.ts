import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import type { Row } from '../cells.ts';
import type { Quantity } from '../quantity.ts';

/**
 * The shape of most computed tables: one figure a row, with its key, label, value, qualifier, unit and the
 * calculation spelled out with the figures it used, so a reader can redo it.
 */
export function longColumns(valueLabel = '数值'): ColumnMeta[] {
  return [
    { name: 'key', type: 'string', label: '代码', optional: false },
    { name: 'label', type: 'string', label: '指标', optional: false },
    ...quantityColumns({ name: 'value', label: valueLabel, unitColumn: 'unit' }, '限定'),
    { name: 'unit', type: 'string', label: '单位', optional: false },
    { name: 'calculation', type: 'string', label: '算法', optional: false },
  ];
}

/**
 * A figure's column (a number unless `type` says percent, in `unit` or in each row's `unitColumn`) and, after
 * it, the qualifier column that says how exact it is: bill and bill_qualifier.
 */
export function quantityColumns(column: { name: string; label: string; type?: 'number' | 'percent'; unit?: string; unitColumn?: string }, qualifierLabel: string): ColumnMeta[] {
  const { name, label, type = 'number', ...unit } = column;
  return [
    { name, type, label, ...unit, qualifier: `${name}_qualifier`, optional: false },
    { name: `${name}_qualifier`, type: 'qualifier', label: qualifierLabel, optional: false },
  ];
}

export function longRow(key: string, label: string, result: Quantity, calculation: string): Row {
  return { key, label, value: result.value, value_qualifier: result.qualifier, unit: result.unit, calculation };
}
