import { numericText } from '../../data/cell-text.ts';
import { isNumericType } from '../../schemas/column-types.ts';
import type { Dataset, Row } from '../../data/dataset.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import { qualifierWord, type Qualifier } from '../../schemas/qualifier.ts';
import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import type { SiteContent } from '../../data/site.ts';

/** A table as pages show it: header labels, cells as text, and the raw value each cell sorts by. */
export interface TableModel {
  columns: { label: string; numeric: boolean }[];
  rows: TableCell[][];
}

export interface TableCell {
  text: string;
  /** What the cell sorts by (the number, not its text); absent cells sort last. */
  value?: number | string | null;
}

/** A chart's own table: label column first, then its values as text. */
export function simpleTable(columns: readonly string[], rows: readonly (readonly (string | TableCell)[])[], numeric: readonly boolean[]): TableModel {
  return {
    columns: columns.map((label, index) => ({ label, numeric: numeric[index] ?? false })),
    rows: rows.map((row) => row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell))),
  };
}

/** The columns a reader sees: a qualifier column is shown inside the number it qualifies (4000余个). */
export function visibleColumns(dataset: Dataset): ColumnMeta[] {
  const qualifierColumns = new Set(dataset.meta.columns.flatMap((column) => (column.qualifier ? [column.qualifier] : [])));
  return dataset.meta.columns.filter((column) => !qualifierColumns.has(column.name));
}

/** Header text: the label, with a column-wide unit (per-row units and % stay with each number). */
export function columnHeader(column: ColumnMeta): string {
  return column.unit && column.type !== 'percent' ? fill(t('table.headerUnit'), { label: column.label, unit: column.unit }) : column.label;
}

/** One cell as text: numbers formatted for Chinese readers, places by name, — where the report gives none. */
export function cellText(row: Row, column: ColumnMeta, context?: Pick<SiteContent, 'places'>): string {
  const value = row[column.name];
  if (value === null || value === undefined) return '—';
  if (isNumericType(column.type)) return numericText(row, column, { withUnit: false })!;
  if (column.type === 'qualifier') return qualifierWord(value as Qualifier);
  if (column.type === 'place' && context) return context.places.get(String(value))?.name ?? String(value);
  return String(value);
}

/** A dataset (or some of its columns) as a table model, every row kept. */
export function datasetTable(dataset: Dataset, columns: readonly ColumnMeta[] = visibleColumns(dataset), context?: Pick<SiteContent, 'places'>): TableModel {
  return {
    columns: columns.map((column) => ({ label: columnHeader(column), numeric: isNumericType(column.type) })),
    rows: dataset.rows.map((row) =>
      columns.map((column) => {
        const value = row[column.name] ?? null;
        return { text: cellText(row, column, context), value: typeof value === 'number' || typeof value === 'string' ? value : null };
      }),
    ),
  };
}

/**
 * Rows a dataset's page lists. A longer dataset's page shows this many and says so, with its whole table in
 * the CSV and JSON downloads: every page stays light enough for a phone (a 20,000-row table would be megabytes).
 * Every dataset the desk has published so far is far shorter and is shown in full.
 */
export const datasetPageRows = 200;

/** Whether any cell is empty, so the page explains the dash. */
export function hasMissing(table: TableModel): boolean {
  return table.rows.some((row) => row.some((cell) => cell.text === '—'));
}

export const missingNote = (): string => t('table.missingNote');
