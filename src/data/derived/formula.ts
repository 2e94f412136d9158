import type { CellRef } from '../../schemas/dataset-check.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import type { DerivedSpec, Formula as FormulaName } from '../../schemas/derived-dataset.ts';
import type { Row } from '../cells.ts';
import type { Dataset } from '../dataset-types.ts';
import type { Quantity } from '../quantity.ts';

/**
 * What a formula may read while it computes. Every read names the path of the ref in the metadata file, so
 * that a ref that does not resolve, or figures that cannot be combined, stop the build at the right line.
 */
export interface Reader {
  /** The numeric cell a ref names (refs without `dataset` read the spec's `from`). */
  quantity(ref: CellRef, path: readonly PropertyKey[]): Quantity;
  /** How a calculation names the cell: 集中供热实供面积, 神头二电厂 机组台数. */
  name(ref: CellRef, path: readonly PropertyKey[]): string;
  /** A dataset the spec names. */
  dataset(id: string, path: readonly PropertyKey[]): Dataset;
  /** Runs an arithmetic step; figures that cannot be combined (QuantityError) are reported at `path`. */
  compute<T>(path: readonly PropertyKey[], step: () => T): T;
  /** Every dataset read so far (a formula that evaluates checks needs them all). */
  datasets: ReadonlyMap<string, Dataset>;
}

/** A formula computed datasets can use: a name in `formula:`, its columns and how its rows are computed. */
export interface Formula<F extends FormulaName> {
  name: F;
  /** The formula in Chinese words, for the dataset's page. */
  describe(spec: DerivedSpec<F>): string;
  /** Ids of the datasets it reads. */
  inputs(spec: DerivedSpec<F>): string[];
  /** Set when it reads the results of its inputs' checks: they must have run first. */
  readsChecks?: true;
  /** Its columns; they may depend on an input's (the city column keeps the price table's place type). */
  columns(spec: DerivedSpec<F>, read: Reader): ColumnMeta[];
  rows(spec: DerivedSpec<F>, read: Reader): Row[];
}

/** The datasets a list of refs reads, with `from` for refs that name none. */
export function refDatasets(refs: readonly CellRef[], from: string | undefined): string[] {
  return [...new Set(refs.map((ref) => ref.dataset ?? from).filter((id): id is string => id !== undefined))];
}
