import { t } from '../../i18n/index.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import { productOf } from '../arithmetic.ts';
import type { Quantity } from '../quantity.ts';
import type { Formula } from './formula.ts';
import { quantityColumns } from './long-table.ts';
import { monthsUnit, priceUnit, tariffsOf, tariffWords, type Tariff } from './tariffs.ts';

/** What one square metre costs for a whole season: price per month × months (2.52元 × 近6个月 = 近15.12元). */
export function seasonCost(tariff: Pick<Tariff, 'price' | 'months'>): Quantity {
  return productOf([tariff.price, tariff.months], '元/平方米');
}

/** The columns of a tariff table; the bill table (household-bill.ts) shares them. */
export function tariffColumns(keyType: ColumnMeta['type']): ColumnMeta[] {
  return [
    { name: 'tariff', type: 'string', label: '价格代码', optional: false },
    { name: 'place', type: keyType === 'place' ? 'place' : 'string', label: '城市', optional: false },
    { name: 'use', type: 'string', label: '用户类别', optional: false },
    { name: 'tier', type: 'string', label: '档次', optional: false },
    { name: 'basis', type: 'string', label: '计价面积', optional: false },
    { name: 'price', type: 'number', label: '热价', unit: priceUnit, optional: false },
    ...quantityColumns({ name: 'months', label: '供热期', unit: monthsUnit }, '供热期限定'),
  ];
}

/** What a season costs per square metre, and its qualifier; the bill table has them too. */
export function seasonCostColumns(): ColumnMeta[] {
  return quantityColumns({ name: 'season_cost', label: '一个采暖季每平方米的费用', unit: '元/平方米' }, '费用限定');
}

export function tariffCells(tariff: Tariff) {
  return {
    tariff: tariff.key,
    place: tariff.place,
    use: tariffWords.use[tariff.use],
    tier: tariff.tier ? tariffWords.tier[tariff.tier] : tariffWords.untiered,
    basis: tariffWords.basis[tariff.basis],
    price: tariff.price.value,
    months: tariff.months.value,
    months_qualifier: tariff.months.qualifier,
  };
}

export const seasonCostFormula: Formula<'season-cost'> = {
  name: 'season-cost',
  describe: (spec) => `每平方米一个采暖季的费用 = 热价（元/平方米·月）× 供热期（月），对“${spec.prices}”中每个城市的每一种热价各算一行；`+t('method.precisionRule'),
  inputs: (spec) => [spec.prices],
  columns: (spec, read) => [
    ...tariffColumns(read.dataset(spec.prices, ['prices']).meta.columns[0]!.type),
    ...seasonCostColumns(),
  ],
  rows: (spec, read) => {
    const prices = read.dataset(spec.prices, ['prices']);
    return read.compute(['prices'], () =>
      tariffsOf(prices).map((tariff) => {
        const cost = seasonCost(tariff);
        return { ...tariffCells(tariff), season_cost: cost.value, season_cost_qualifier: cost.qualifier };
      }),
    );
  },
};
