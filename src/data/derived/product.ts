import { t } from '../../i18n/index.ts';
import { productOf } from '../arithmetic.ts';
import { refDatasets, type Formula } from './formula.ts';
import { longColumns, longRow } from './long-table.ts';
import { readTerm, show } from './show.ts';

export const productFormula: Formula<'product'> = {
  name: 'product',
  describe: () => '乘积 = 各因数相乘（百分数按百分之几计，“万”“亿”先换算掉），结果用每行写明的单位。' + t('method.precisionRule'),
  inputs: (spec) => refDatasets(spec.rows.flatMap((row) => row.factors), spec.from),
  columns: () => longColumns(),
  rows: (spec, read) =>
    spec.rows.map((row, i) => {
      const factors = row.factors.map((ref, j) => readTerm(read, ref, ['rows', i, 'factors', j]));
      const result = read.compute(['rows', i, 'factors'], () => productOf(factors.map((factor) => factor.quantity), row.unit));
      return longRow(row.key, row.label, result, `${factors.map((factor) => factor.text).join(' × ')} = ${show(result)}`);
    }),
};
