import { t } from '../../i18n/index.ts';
import { quotientOf } from '../arithmetic.ts';
import type { Quantity } from '../quantity.ts';
import { refDatasets, type Formula } from './formula.ts';
import { longColumns, longRow } from './long-table.ts';
import { readTerm, show } from './show.ts';

/**
 * numerator ÷ denominator in `unit`, magnitudes applied: 1394.97万平方米 ÷ 195122户 → 约71.49平方米/户. The
 * unit must be the quotient of the two base units.
 */
export function ratioOf(numerator: Quantity, denominator: Quantity, unit: string, decimals = 2): Quantity {
  return quotientOf(numerator, denominator, unit, decimals);
}

export const ratioFormula: Formula<'ratio'> = {
  name: 'ratio',
  describe: () => '比值 = 分子 ÷ 分母（先把“万”“亿”换算掉），单位是两者单位之比，舍入到每行规定的小数位；舍入改变了数值时记为“约”。' + t('method.precisionRule'),
  inputs: (spec) => refDatasets(spec.rows.flatMap((row) => [row.numerator, row.denominator]), spec.from),
  columns: () => longColumns(),
  rows: (spec, read) =>
    spec.rows.map((row, i) => {
      const at = ['rows', i];
      const numerator = readTerm(read, row.numerator, [...at, 'numerator']);
      const denominator = readTerm(read, row.denominator, [...at, 'denominator']);
      const result = read.compute([...at, 'unit'], () => ratioOf(numerator.quantity, denominator.quantity, row.unit, row.decimals));
      return longRow(row.key, row.label, result, `${numerator.text} ÷ ${denominator.text} = ${show(result)}`);
    }),
};
