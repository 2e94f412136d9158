import { t } from '../../i18n/index.ts';
import { productOf, QuantityError } from '../arithmetic.ts';
import type { Quantity } from '../quantity.ts';
import { refText } from '../ref-text.ts';
import { scaledUnit } from '../units.ts';
import type { Formula } from './formula.ts';
import { quantityColumns } from './long-table.ts';
import { seasonCost, seasonCostColumns, tariffCells, tariffColumns } from './season-cost.ts';
import { tariffsOf, type Basis, type Tariff, type Use } from './tariffs.ts';

/**
 * A home's bill for one season under one tariff: price × months × area, the area in 平方米 of the tariff's
 * basis (building area for most; usable area for Shuozhou's usable-area price). 2.52元 × 近6个月 × 185平方米 =
 * 近2797.2元.
 */
export function seasonBill(tariff: Pick<Tariff, 'price' | 'months'>, area: Quantity): Quantity {
  if (scaledUnit(area.unit).base !== '平方米') throw new QuantityError(`面积的单位应为平方米，而这里是${area.unit || '无单位'}`);
  return productOf([tariff.price, tariff.months, area], '元');
}

/** What the heating-bill calculator asks: where, for whom, how large. */
export interface BillRequest {
  /** The city, as the price table keys it: datong, shuozhou. */
  place: string;
  use: Use;
  /** The home's area in 平方米, on the basis asked for. */
  area: number | Quantity;
  /** Building area (the default, as bills are charged) or usable area. */
  basis?: Basis;
}

export interface BillLine {
  tariff: Tariff;
  bill: Quantity;
}

/**
 * Every bill that applies to a request: one line per matching tariff (Datong's non-residential price has two
 * tiers, so two lines), none where the report gives no such price.
 */
export function seasonBills(tariffs: readonly Tariff[], { place, use, area, basis = 'building' }: BillRequest): BillLine[] {
  const size: Quantity = typeof area === 'number' ? { value: area, qualifier: null, unit: '平方米' } : area;
  return tariffs.filter((t) => t.place === place && t.use === use && t.basis === basis).map((tariff) => ({ tariff, bill: seasonBill(tariff, size) }));
}

export const householdBillFormula: Formula<'household-bill'> = {
  name: 'household-bill',
  describe: (spec) =>
    `一个采暖季的暖气费 = 热价（元/平方米·月）× 供热期（月）× 面积（平方米），面积取 ${refText(spec.area)}，对“${spec.prices}”中每个城市按建筑面积计价的${spec.use === 'residential' ? '居民' : '非居民'}热价各算一行；`+t('method.precisionRule'),
  inputs: (spec) => [spec.prices, ...(spec.area.dataset ? [spec.area.dataset] : [])],
  columns: (spec, read) => [
    ...tariffColumns(read.dataset(spec.prices, ['prices']).meta.columns[0]!.type),
    ...quantityColumns({ name: 'area', label: '面积', unit: '平方米' }, '面积限定'),
    ...seasonCostColumns(),
    ...quantityColumns({ name: 'bill', label: '一个采暖季的暖气费', unit: '元' }, '暖气费限定'),
  ],
  rows: (spec, read) => {
    const prices = read.dataset(spec.prices, ['prices']);
    const area = read.quantity(spec.area, ['area']);
    read.compute(['area'], () => {
      if (area.unit !== '平方米') throw new QuantityError(`面积的单位应为平方米，而这里是${area.unit || '无单位'}`);
    });
    const tariffs = read.compute(['prices'], () => tariffsOf(prices));
    return read.compute(['area'], () =>
      tariffs
        .filter((t) => t.use === spec.use && t.basis === 'building')
        .map((tariff) => {
          const cost = seasonCost(tariff);
          const bill = seasonBill(tariff, area);
          return { ...tariffCells(tariff), area: area.value, area_qualifier: area.qualifier, season_cost: cost.value, season_cost_qualifier: cost.qualifier, bill: bill.value, bill_qualifier: bill.qualifier };
        }),
    );
  },
};
