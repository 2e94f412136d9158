import { QuantityError } from '../arithmetic.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import { refDatasets, type Formula } from './formula.ts';
import { quantityColumns } from './long-table.ts';
import { show } from './show.ts';

/**
 * Figures that the reports (or other computed datasets) give for different years, gathered into one time
 * series with a year column, each copied as it stands, with its qualifier and the dataset it comes from: what
 * a line chart needs when a report gives this year's level in one sentence and last year's only by a change.
 * Nothing is computed here; every figure keeps the provenance of its cell, and all must share one unit.
 */
export const seriesFormula: Formula<'series'> = {
  name: 'series',
  describe: () => '时间序列：把不同数据集里同一指标各年份的数按年份排成一张表，数值、单位和“约”“以内”等限定都原样引用，不另计算；每行注明引自哪个数据集。',
  inputs: (spec) => refDatasets(spec.rows.map((row) => row.value), spec.from),
  columns: (): ColumnMeta[] => [
    { name: 'key', type: 'string', label: '代码', optional: false },
    { name: 'year', type: 'integer', label: '年份', unit: '年', optional: false },
    { name: 'label', type: 'string', label: '指标', optional: false },
    ...quantityColumns({ name: 'value', label: '数值', unitColumn: 'unit' }, '限定'),
    { name: 'unit', type: 'string', label: '单位', optional: false },
    { name: 'calculation', type: 'string', label: '出处', optional: false },
  ],
  rows: (spec, read) => {
    let unit: string | undefined;
    return spec.rows.map((row, i) => {
      const at = ['rows', i, 'value'];
      const figure = read.quantity(row.value, at);
      read.compute(at, () => {
        if (unit !== undefined && figure.unit !== unit) throw new QuantityError(`一条时间序列只能有一个单位：前面各行是${unit || '无单位'}，这一行是${figure.unit || '无单位'}`);
      });
      unit = figure.unit;
      const source = row.value.dataset ?? spec.from ?? '';
      return {
        key: row.key,
        year: row.year,
        label: row.label,
        value: figure.value,
        value_qualifier: figure.qualifier,
        unit: figure.unit,
        calculation: `引自数据集 ${source}：${read.name(row.value, at)} ${show(figure)}`,
      };
    });
  },
};
