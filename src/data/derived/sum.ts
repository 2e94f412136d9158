import { t } from '../../i18n/index.ts';
import { sumOf } from '../arithmetic.ts';
import { refDatasets, type Formula } from './formula.ts';
import { longColumns, longRow } from './long-table.ts';
import { readTerm, show } from './show.ts';

export const sumFormula: Formula<'sum'> = {
  name: 'sum',
  describe: () => '合计 = 各项之和，各项单位必须相同。' + t('method.precisionRule'),
  inputs: (spec) => refDatasets(spec.rows.flatMap((row) => row.parts), spec.from),
  columns: () => longColumns('合计'),
  rows: (spec, read) =>
    spec.rows.map((row, i) => {
      const parts = row.parts.map((ref, j) => readTerm(read, ref, ['rows', i, 'parts', j]));
      const result = read.compute(['rows', i, 'parts'], () => sumOf(parts.map((part) => part.quantity)));
      return longRow(row.key, row.label, result, `${parts.map((part) => part.text).join(' + ')} = ${show(result)}`);
    }),
};
