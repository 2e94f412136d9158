import { t } from '../../i18n/index.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import { quotientOf } from '../arithmetic.ts';
import type { Quantity } from '../quantity.ts';
import { refDatasets, type Formula } from './formula.ts';
import { quantityColumns } from './long-table.ts';
import { readTerm, show } from './show.ts';

/** part ÷ whole as a percentage: 2164 of 5301 households → 约40.8%. Both in the same unit. */
export function shareOf(part: Quantity, whole: Quantity, decimals = 1): Quantity {
  return quotientOf(part, whole, '%', decimals);
}

const columns: ColumnMeta[] = [
  { name: 'key', type: 'string', label: '代码', optional: false },
  { name: 'label', type: 'string', label: '指标', optional: false },
  ...quantityColumns({ name: 'share', label: '比例', type: 'percent' }, '限定'),
  { name: 'calculation', type: 'string', label: '算法', optional: false },
];

export const shareFormula: Formula<'share'> = {
  name: 'share',
  describe: () => '比例 = 部分 ÷ 整体 × 100%，舍入到每行规定的小数位；舍入改变了数值时记为“约”。' + t('method.precisionRule'),
  inputs: (spec) => refDatasets(spec.rows.flatMap((row) => [row.part, row.whole]), spec.from),
  columns: () => columns,
  rows: (spec, read) =>
    spec.rows.map((row, i) => {
      const part = readTerm(read, row.part, ['rows', i, 'part']);
      const whole = readTerm(read, row.whole, ['rows', i, 'whole']);
      const share = read.compute(['rows', i], () => shareOf(part.quantity, whole.quantity, row.decimals));
      return { key: row.key, label: row.label, share: share.value, share_qualifier: share.qualifier, calculation: `${part.text} ÷ ${whole.text} = ${show(share)}` };
    }),
};
