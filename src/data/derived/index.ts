import type { Formula as FormulaName } from '../../schemas/derived-dataset.ts';
import type { Formula } from './formula.ts';
import { householdBillFormula } from './household-bill.ts';
import { knownInconsistenciesFormula } from './known-inconsistencies.ts';
import { priorLevelFormula } from './prior-level.ts';
import { productFormula } from './product.ts';
import { ratioFormula } from './ratio.ts';
import { seasonCostFormula } from './season-cost.ts';
import { seriesFormula } from './series.ts';
import { shareFormula } from './share.ts';
import { sumFormula } from './sum.ts';

/** Every formula a computed dataset can name in `formula:`, by that name. */
export const formulaRegistry: { [F in FormulaName]: Formula<F> } = {
  'season-cost': seasonCostFormula,
  'household-bill': householdBillFormula,
  share: shareFormula,
  ratio: ratioFormula,
  'prior-level': priorLevelFormula,
  sum: sumFormula,
  product: productFormula,
  series: seriesFormula,
  'known-inconsistencies': knownInconsistenciesFormula,
};

export { seasonCost } from './season-cost.ts';
export { seasonBill, seasonBills, type BillLine, type BillRequest } from './household-bill.ts';
export { tariffsOf, type Tariff } from './tariffs.ts';
export { shareOf } from './share.ts';
export { ratioOf } from './ratio.ts';
export { priorLevel } from './prior-level.ts';
