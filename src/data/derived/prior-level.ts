import { t } from '../../i18n/index.ts';
import { combineQualifiers, computedResult, invertQualifier, QuantityError } from '../arithmetic.ts';
import { add, divide, intervalOf, point, scale } from '../interval.ts';
import type { Quantity } from '../quantity.ts';
import { refDatasets, type Formula } from './formula.ts';
import { longColumns, longRow } from './long-table.ts';
import { readTerm, show } from './show.ts';

/**
 * The level a year earlier, implied by this year's level and its reported change: “15微克/立方米，同比下降40%”
 * gives 15 ÷ (1 − 40%) = 25. A decrease's qualifier carries over (a decline of 40余% implies a higher prior
 * level), an increase's is inverted.
 */
export function priorLevel(current: Quantity, change: Quantity, direction: 'decrease' | 'increase', decimals = 1): Quantity {
  if (change.unit !== '%') throw new QuantityError(`变化幅度应为百分数，而这里的单位是${change.unit || '无单位'}`);
  const factor = direction === 'decrease' ? 1 - change.value / 100 : 1 + change.value / 100;
  if (factor <= 0) throw new QuantityError(`下降${change.value}%之后不剩什么，推不出上一期的水平`);
  const qualifier = combineQualifiers(current.qualifier, direction === 'decrease' ? change.qualifier : invertQualifier(change.qualifier));
  const change01 = scale(intervalOf(change), direction === 'decrease' ? -0.01 : 0.01);
  const possible = divide(intervalOf(current), add(point(1), change01));
  return { ...computedResult(current.value / factor, possible, decimals, qualifier, [current, change]), unit: current.unit };
}

export const priorLevelFormula: Formula<'prior-level'> = {
  name: 'prior-level',
  describe: () => '上一期水平 = 本期水平 ÷ (1 − 降幅)，或 ÷ (1 + 增幅)，舍入到每行规定的小数位；舍入改变了数值时记为“约”。' + t('method.precisionRule'),
  inputs: (spec) => refDatasets(spec.rows.flatMap((row) => [row.current, row.change]), spec.from),
  columns: () => longColumns(),
  rows: (spec, read) =>
    spec.rows.map((row, i) => {
      const at = ['rows', i];
      const current = readTerm(read, row.current, [...at, 'current']);
      const change = readTerm(read, row.change, [...at, 'change']);
      const result = read.compute([...at, 'change'], () => priorLevel(current.quantity, change.quantity, row.direction, row.decimals));
      const sign = row.direction === 'decrease' ? '−' : '+';
      return longRow(row.key, row.label, result, `${current.text} ÷ (1 ${sign} ${change.text}) = ${show(result)}`);
    }),
};
