import { csvFormat } from 'd3-dsv';
import type { Dataset } from './dataset.ts';

/** The downloadable CSV: every row, columns in metadata order, UTF-8 with a BOM so spreadsheet programs read Chinese. */
export function datasetCsv(dataset: Dataset): string {
  const columns = dataset.meta.columns.map((column) => column.name);
  return `\uFEFF${csvFormat(dataset.rows.map((row) => Object.fromEntries(columns.map((name) => [name, row[name] ?? '']))), columns)}\n`;
}

/** The downloadable JSON: metadata, how a computed dataset was computed, and every row, typed. */
export function datasetJson(dataset: Dataset): string {
  const derivation = dataset.derivation && { derivation: dataset.derivation };
  return `${JSON.stringify({ id: dataset.id, ...dataset.meta, ...derivation, rows: dataset.rows }, null, 2)}\n`;
}
