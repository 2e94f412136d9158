import type { CellRef } from '../schemas/dataset-check.ts';
import { isNumericType } from '../schemas/column-types.ts';
import type { ColumnMeta } from '../schemas/dataset-meta.ts';
import type { Row } from './cells.ts';
import type { Dataset } from './dataset-types.ts';
import { quantityOf, type Quantity } from './quantity.ts';

/**
 * Finds the cells that checks and computed datasets name (`{ dataset, row, column }`). A name that does not
 * resolve throws a RefError saying what exists; the caller adds the file and line.
 */
export class RefError extends Error {
  /** The part of the ref that does not resolve. */
  readonly key: 'dataset' | 'row' | 'column';
  readonly found: string;
  readonly expected: string;
  readonly fix: string;

  constructor(key: RefError['key'], found: string, expected: string, fix: string) {
    super(`${found}: ${expected}`);
    this.key = key;
    this.found = found;
    this.expected = expected;
    this.fix = fix;
  }
}

export interface Cell {
  dataset: Dataset;
  row: Row;
  column: ColumnMeta;
}

/** How a cell is named in messages and calculations: shuozhou-heating-costs-2022 的 quoted_household_bill / value. */
export function refText(ref: CellRef, defaultDataset?: string): string {
  const dataset = ref.dataset ?? defaultDataset;
  return `${dataset && dataset !== defaultDataset ? `${dataset} 的 ` : ''}${ref.row} / ${ref.column}`;
}

export function resolveCell(ref: CellRef, datasets: ReadonlyMap<string, Dataset>, defaultDataset: string | undefined): Cell {
  const id = ref.dataset ?? defaultDataset;
  if (id === undefined) throw new RefError('dataset', refText(ref), '写明 dataset 的单元格引用', '加上 dataset: <数据集 id>，或在文件顶层写 from: <数据集 id>。');
  const dataset = datasets.get(id);
  if (!dataset) {
    throw new RefError('dataset', id, `已有的数据集 id（${[...datasets.keys()].sort().join('、')}）`, '改成 content/data/ 里某个数据集的 id。');
  }
  const key = dataset.meta.columns[0]!.name;
  const matches = dataset.rows.filter((r) => String(r[key]) === ref.row);
  if (matches.length === 0) {
    throw new RefError('row', ref.row, `数据集“${id}”第一列（${key}）中的某个值：${dataset.rows.map((r) => String(r[key])).join('、')}`, '改成上面列出的行键之一。');
  }
  if (matches.length > 1) {
    // A long table drawn as lines may repeat its first column (year, place, value); a cited row may not.
    throw new RefError(
      'row',
      ref.row,
      `数据集“${id}”第一列（${key}）中只出现一次的值（有 ${matches.length} 行都是“${ref.row}”）`,
      `被引用的行要能由第一列唯一确定：在 ${dataset.files.csv ?? dataset.files.meta} 里把能区分各行的列（如 measure）放在第一列，或加一列合成的 key。`,
    );
  }
  const row = matches[0]!;
  const column = dataset.meta.columns.find((c) => c.name === ref.column);
  if (!column) {
    throw new RefError('column', ref.column, `数据集“${id}”的列名之一：${dataset.meta.columns.map((c) => c.name).join('、')}`, '改成上面列出的列名之一。');
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
    throw new RefError('column', ref.column, `数值列（number、integer 或 percent），而“${column.name}”是 ${column.type} 列`, '引用这一行的数值列。');
  }
  const quantity = quantityOf(row, column);
  if (!quantity) throw new RefError('column', refText(ref, defaultDataset), '有数值的单元格（这一格是空的）', '引用有数值的单元格，或先在 CSV 里填上报道给出的数。');
  return quantity;
}

/** The date cell a ref names, YYYY-MM-DD. */
export function dateAt(ref: CellRef, datasets: ReadonlyMap<string, Dataset>, defaultDataset: string | undefined): string {
  const { row, column } = resolveCell(ref, datasets, defaultDataset);
  const value = row[column.name];
  if (column.type !== 'date') throw new RefError('column', ref.column, `日期列（date），而“${column.name}”是 ${column.type} 列`, '引用这一行的日期列。');
  if (typeof value !== 'string') throw new RefError('column', refText(ref, defaultDataset), '有日期的单元格（这一格是空的）', '引用有日期的单元格。');
  return value;
}
