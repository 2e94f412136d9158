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
    { name: 'value', type: 'number', label: valueLabel, unitColumn: 'unit', qualifier: 'value_qualifier', optional: false },
    { name: 'value_qualifier', type: 'qualifier', label: '限定', optional: false },
    { name: 'unit', type: 'string', label: '单位', optional: false },
    { name: 'calculation', type: 'string', label: '算法', optional: false },
  ];
}

export function longRow(key: string, label: string, result: Quantity, calculation: string): Row {
  return { key, label, value: result.value, value_qualifier: result.qualifier, unit: result.unit, calculation };
}
