import type { CellRef } from '../schemas/dataset-check.ts';

/**
 * How a cell is named in messages and calculations: shuozhou-heating-costs-2022 的 quoted_household_bill / value.
 * Apart from refs.ts (which raises errors) because the calculator's browser bundle uses it too.
 */
export function refText(ref: CellRef, defaultDataset?: string): string {
  const dataset = ref.dataset ?? defaultDataset;
  return `${dataset && dataset !== defaultDataset ? `${dataset} 的 ` : ''}${ref.row} / ${ref.column}`;
}
