import { csvFormat } from 'd3-dsv';
import type { Dataset } from './dataset-types.ts';

/** The downloadable CSV: every row, columns in metadata order, UTF-8 with a BOM so spreadsheet programs read Chinese. */
export function datasetCsv(dataset: Dataset): string {
  const columns = dataset.meta.columns.map((column) => column.name);
  return `\uFEFF${csvFormat(dataset.rows.map((row) => Object.fromEntries(columns.map((name) => [name, row[name] ?? '']))), columns)}\n`;
}

/**
 * The downloadable JSON: metadata, how a computed dataset was computed, every row, typed, and the provenance
 * of every reported figure: `{ row, column, source, quote }`, the article always named. `mainColumn` is left
 * out: it says which column a story's short figure shows (docs/WRITING.md), nothing about the data.
 */
export function datasetJson(dataset: Dataset): string {
  const derivation = dataset.derivation && { derivation: dataset.derivation };
  const { mainColumn: _storiesOnly, ...meta } = dataset.meta;
  return `${JSON.stringify({ id: dataset.id, ...meta, ...derivation, rows: dataset.rows, provenance: dataset.provenance }, null, 2)}\n`;
}
