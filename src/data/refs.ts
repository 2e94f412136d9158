import { problem, type Problem } from '../errors/messages.ts';
import type { CellRef } from '../schemas/dataset-check.ts';
import { isNumericType } from '../schemas/column-types.ts';
import type { ColumnMeta } from '../schemas/dataset-meta.ts';
import type { Row } from './cells.ts';
import { refText } from './ref-text.ts';
import type { Dataset } from './dataset-types.ts';
import { quantityOf, type Quantity } from './quantity.ts';

/**
 * Finds the cells that checks and computed datasets name (`{ dataset, row, column }`). A name that does not
 * resolve throws a RefError: the problem, saying what exists, and the part of the ref it is in; the caller
 * adds the file and line.
 */
export class RefError extends Error {
  /** The part of the ref that does not resolve. */
  readonly key: 'dataset' | 'row' | 'column';
  readonly problem: Problem;

  constructor(key: RefError['key'], problem: Problem) {
    super(`${problem.code}: ${String((problem.details as { found?: unknown }).found ?? '')}`);
    this.key = key;
    this.problem = problem;
  }
}

export interface Cell {
  dataset: Dataset;
  row: Row;
  column: ColumnMeta;
}

/** A row's key: its value in the key column (the dataset's first, unless another is named), as text. */
export function rowKey(dataset: { meta: Pick<Dataset['meta'], 'columns'> }, row: Row, keyColumn: ColumnMeta = dataset.meta.columns[0]!): string {
  return String(row[keyColumn.name]);
}

/** What looking a row up by its key found: the row, or that no row or several rows have that key, with every key. */
export type RowLookup = { found: 'one'; row: Row } | { found: 'none' | 'several'; count: number; keys: string[]; keyColumn: ColumnMeta };

/**
 * The one way to find a row by its key, for checks, computed datasets, `<Num>`, key figures, the paired charts
 * and provenance: the row whose key column holds `key`, as text. Its callers word the error for their file.
 */
export function findRow(dataset: Pick<Dataset, 'meta' | 'rows'>, key: string, keyColumn: ColumnMeta = dataset.meta.columns[0]!): RowLookup {
  const matches = dataset.rows.filter((row) => rowKey(dataset, row, keyColumn) === key);
  if (matches.length === 1) return { found: 'one', row: matches[0]! };
  return { found: matches.length === 0 ? 'none' : 'several', count: matches.length, keys: dataset.rows.map((row) => rowKey(dataset, row, keyColumn)), keyColumn };
}

export function resolveCell(ref: CellRef, datasets: ReadonlyMap<string, Dataset>, defaultDataset: string | undefined): Cell {
  const id = ref.dataset ?? defaultDataset;
  if (id === undefined) throw new RefError('dataset', problem('ref-dataset-missing', { found: refText(ref) }));
  const dataset = datasets.get(id);
  if (!dataset) {
    throw new RefError('dataset', problem('dataset-unknown', { found: id, known: [...datasets.keys()].sort() }));
  }
  const lookup = findRow(dataset, ref.row);
  if (lookup.found !== 'one') {
    const key = lookup.keyColumn.name;
    if (lookup.found === 'none') throw new RefError('row', problem('row-unknown', { found: ref.row, dataset: id, key, rows: lookup.keys }));
    // A long table drawn as lines may repeat its first column (year, place, value); a cited row may not.
    throw new RefError('row', problem('row-ambiguous', { found: ref.row, dataset: id, key, count: lookup.count, file: dataset.files.csv ?? dataset.files.meta }));
  }
  const row = lookup.row;
  const column = dataset.meta.columns.find((c) => c.name === ref.column);
  if (!column) {
    throw new RefError('column', problem('column-unknown', { found: ref.column, dataset: id, columns: dataset.meta.columns.map((c) => c.name) }));
  }
  return { dataset, row, column };
}

/**
 * A cell as a calculation names it: the row's label in a long table (走访用户), else the row key and the
 * column's label (神头二电厂 机组台数), a place key by its short name (朔州 居民热价).
 */
export function cellName({ dataset, row, column }: Cell, placeNames: ReadonlyMap<string, string> = new Map()): string {
  const label = dataset.meta.columns.find((c) => c.name === 'label' && c.type === 'string');
  if (label && typeof row[label.name] === 'string') return String(row[label.name]);
  const key = dataset.meta.columns[0]!;
  const value = String(row[key.name]);
  return `${key.type === 'place' ? (placeNames.get(value) ?? value) : value} ${column.label}`;
}

/** The numeric cell a ref names, as a quantity. */
export function quantityAt(ref: CellRef, datasets: ReadonlyMap<string, Dataset>, defaultDataset: string | undefined): Quantity {
  const { row, column } = resolveCell(ref, datasets, defaultDataset);
  if (!isNumericType(column.type)) {
    throw new RefError('column', problem('column-wrong-type', { found: column.name, type: column.type, wanted: 'numeric' }));
  }
  const quantity = quantityOf(row, column);
  if (!quantity) throw new RefError('column', problem('ref-cell-empty', { found: refText(ref, defaultDataset), wanted: 'numeric' }));
  return quantity;
}

/** The date cell a ref names, YYYY-MM-DD. */
export function dateAt(ref: CellRef, datasets: ReadonlyMap<string, Dataset>, defaultDataset: string | undefined): string {
  const { row, column } = resolveCell(ref, datasets, defaultDataset);
  const value = row[column.name];
  if (column.type !== 'date') throw new RefError('column', problem('column-wrong-type', { found: column.name, type: column.type, wanted: 'date' }));
  if (typeof value !== 'string') throw new RefError('column', problem('ref-cell-empty', { found: refText(ref, defaultDataset), wanted: 'date' }));
  return value;
}
