import { QuantityError } from '../arithmetic.ts';
import type { Dataset } from '../dataset-types.ts';
import { quantityOf, type Quantity } from '../quantity.ts';

/** Who pays a tariff: households, or everyone else (offices, shops). */
export type Use = 'residential' | 'non-residential';

/** What a tariff charges by: building area (建筑面积) or usable area (使用面积). */
export type Basis = 'building' | 'usable';

/**
 * One heating price of one city, normalized from a wide price table (shanxi-city-heating-prices-2022): price
 * per m² per month, for a use, tier and area basis, with the city's season length.
 */
export interface Tariff {
  /** `datong-residential`, `shuozhou-residential-usable`, `datong-non-residential-commercial`. */
  key: string;
  /** The price table's row key: the city. */
  place: string;
  use: Use;
  /** Datong's non-residential price has two tiers; elsewhere null. */
  tier: 'nonprofit' | 'commercial' | null;
  basis: Basis;
  /** 元/平方米·月. */
  price: Quantity;
  /** 个月, with the report's qualifier (近6个月). */
  months: Quantity;
}

/** The price columns a price table may have, and the tariff each holds. */
const priceColumns: { column: string; suffix: string; use: Use; tier: Tariff['tier']; basis: Basis }[] = [
  { column: 'residential', suffix: 'residential', use: 'residential', tier: null, basis: 'building' },
  { column: 'residential_usable_area', suffix: 'residential-usable', use: 'residential', tier: null, basis: 'usable' },
  { column: 'non_residential', suffix: 'non-residential', use: 'non-residential', tier: null, basis: 'building' },
  { column: 'non_residential_nonprofit', suffix: 'non-residential-nonprofit', use: 'non-residential', tier: 'nonprofit', basis: 'building' },
  { column: 'non_residential_commercial', suffix: 'non-residential-commercial', use: 'non-residential', tier: 'commercial', basis: 'building' },
];

export const priceUnit = '元/平方米·月';
export const monthsUnit = '个月';

/**
 * Every tariff of a price table, city by city in the table's order. The table needs a `residential` and a
 * `season_months` column; the other price columns are optional, and an empty cell is a tariff the report
 * does not give.
 */
export function tariffsOf(prices: Dataset): Tariff[] {
  const column = (name: string) => prices.meta.columns.find((c) => c.name === name);
  const months = column('season_months');
  if (!column('residential') || !months) {
    throw new QuantityError(`价格表“${prices.id}”缺少 ${column('residential') ? 'season_months' : 'residential'} 列：价格表要有 residential 与 season_months 两列，格式见 docs/DATASETS.md`);
  }
  const key = prices.meta.columns[0]!.name;
  return prices.rows.flatMap((row) => {
    const season = quantityOf(row, months);
    if (!season || season.unit !== monthsUnit) throw new QuantityError(`价格表“${prices.id}”的供热期要以“${monthsUnit}”为单位，且每行都有`);
    return priceColumns.flatMap(({ column: name, suffix, use, tier, basis }) => {
      const meta = column(name);
      const price = meta ? quantityOf(row, meta) : null;
      if (!price) return [];
      if (price.unit !== priceUnit) throw new QuantityError(`价格表“${prices.id}”的 ${name} 列单位是“${price.unit}”，应为“${priceUnit}”`);
      const place = String(row[key]);
      return [{ key: `${place}-${suffix}`, place, use, tier, basis, price, months: season }];
    });
  });
}

/** Chinese words for a tariff's use, tier and basis, as tables show them. */
export const tariffWords = {
  use: { residential: '居民', 'non-residential': '非居民' },
  tier: { nonprofit: '非盈利性', commercial: '经营性' },
  untiered: '不分档',
  basis: { building: '按建筑面积', usable: '按使用面积' },
} as const;
