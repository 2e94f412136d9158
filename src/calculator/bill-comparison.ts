import { differenceOf, estimateOf, rounded } from '../data/arithmetic.ts';
import { seasonBill } from '../data/derived/household-bill.ts';
import type { Tariff, Use } from '../data/derived/tariffs.ts';
import type { Quantity } from '../data/quantity.ts';
import { isApproximate } from '../schemas/qualifier.ts';

/**
 * The heating-bill calculator's arithmetic: one season's bill for a home of `area` square metres of building
 * area in every city of a price table, cheapest first, each with what it costs more than the cheapest. The
 * same function runs at build (the page's default and its table of common areas) and in the reader's browser.
 */
export interface BillComparisonLine {
  tariff: Tariff;
  /** 元 for one season, to the fen. */
  bill: Quantity;
  /** bill − the cheapest bill, 元; null for the cheapest line itself. */
  overCheapest: Quantity | null;
}

/** Bills are money: to the fen. */
const billDecimals = 2;

export function compareBills(tariffs: readonly Tariff[], { use, area }: { use: Use; area: number }): BillComparisonLine[] {
  const size: Quantity = { value: area, qualifier: null, unit: '平方米' };
  const lines = tariffs
    .filter((t) => t.use === use && t.basis === 'building')
    .map((tariff, order) => ({ tariff, order, bill: seasonBill(tariff, size) }))
    .sort((a, b) => estimateOf(a.bill) - estimateOf(b.bill) || a.order - b.order);
  const cheapest = lines[0];
  return lines.map(({ tariff, bill }, index) => ({
    tariff,
    bill: toFen(bill),
    // From the unrounded bills, so that rounding happens once.
    overCheapest: index === 0 || !cheapest ? null : toFen(differenceOf(bill, cheapest.bill, exactDecimals)),
  }));
}

const exactDecimals = 9;

/**
 * Money to the fen. An exact amount that rounding changes becomes 约. One that is already approximate (from
 * “近6个月”) was rounded to what its inputs support (src/data/precision.ts) and stays as it is.
 */
function toFen(amount: Quantity): Quantity {
  if (isApproximate(amount.qualifier)) {
    return { value: Number(amount.value.toFixed(billDecimals)), qualifier: amount.qualifier, unit: amount.unit };
  }
  return { ...rounded(amount.value, billDecimals, amount.qualifier), unit: amount.unit };
}

/** The areas the calculator tabulates for readers without JavaScript: 60 to 150 m² in steps of 10. */
export const commonAreas: readonly number[] = Array.from({ length: 10 }, (_, i) => 60 + i * 10);
