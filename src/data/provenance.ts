import { editorError, type DetailsOf, type ErrorCode } from '../errors/messages.ts';
import { findRow, rowKey } from './refs.ts';
import { provenanceWhere } from '../errors/where.ts';
import { EditorError } from '../errors/editor-error.ts';
import { isNumericType } from '../schemas/column-types.ts';
import type { ColumnMeta, DatasetMeta } from '../schemas/dataset-meta.ts';
import { qualifierOf, unitOf } from './cell-text.ts';
import type { Row } from './cells.ts';
import type { Dataset, FigureProvenance } from './dataset-types.ts';
import { quoteDateProblem, quoteFigureProblem } from './quote-figure.ts';

/**
 * Provenance of reported figures: for each number or date cell of a CSV dataset, the article it was printed
 * in and the report's own words for it (`provenance:` in the dataset's YAML). The build checks each entry
 * against its cell here; `npm run quotes` and the test suite check each quote against the archived article
 * (src/editorial/quotes.ts).
 */

/** Columns whose cells are reported figures: numbers and dates. */
export function figureColumns(meta: Pick<DatasetMeta, 'columns'>): ColumnMeta[] {
  return meta.columns.filter((column) => isNumericType(column.type) || column.type === 'date');
}

/** The cells that are reported figures: every non-empty number or date cell. */
export function figureCells(dataset: Pick<Dataset, 'meta' | 'rows'>): { row: string; column: string }[] {
  const columns = figureColumns(dataset.meta);
  return dataset.rows.flatMap((row) =>
    columns.filter((column) => row[column.name] !== null && row[column.name] !== undefined).map((column) => ({ row: rowKey(dataset, row), column: column.name })),
  );
}

/** The reported figures of a CSV dataset that have no provenance entry yet. */
export function unquotedFigures(dataset: Pick<Dataset, 'meta' | 'rows'>): { row: string; column: string }[] {
  const quoted = new Set(dataset.meta.provenance.map((p) => `${p.row}\u0000${p.column}`));
  return figureCells(dataset).filter((cell) => !quoted.has(`${cell.row}\u0000${cell.column}`));
}

/**
 * Checks every provenance entry of a dataset against its cells and resolves its article: the row and column
 * exist and hold a figure, the article is one of the dataset's sources, no figure is quoted twice, and the
 * quote shows the cell's number and qualifier as printed. Throws an EditorError at the entry's line.
 */
export function resolveProvenance(datasetId: string, meta: DatasetMeta, rows: Row[], file: string, lineOf: (path: readonly PropertyKey[]) => number): FigureProvenance[] {
  const columns = new Map(figureColumns(meta).map((column) => [column.name, column]));
  const seen = new Set<string>();
  return meta.provenance.map((entry, index) => {
    const problem = <C extends ErrorCode>(key: string, code: C, details: DetailsOf<C>): never => {
      throw editorError(code, { file, line: lineOf(['provenance', index, key]), where: provenanceWhere(index, key) }, details);
    };
    const lookup = findRow({ meta, rows }, entry.row);
    if (lookup.found === 'none') problem('row', 'row-unknown', { found: entry.row, dataset: datasetId, key: lookup.keyColumn.name, rows: lookup.keys });
    if (lookup.found === 'several') problem('row', 'row-ambiguous', { found: entry.row, dataset: datasetId, key: lookup.keyColumn.name, count: lookup.count, file });
    const row = lookup.found === 'one' ? lookup.row : undefined;
    const column = columns.get(entry.column);
    if (!column) problem('column', 'provenance-column-not-figure', { found: entry.column, columns: [...columns.keys()] });
    const cell = row![column!.name];
    if (cell === null || cell === undefined) problem('column', 'provenance-cell-empty', { found: entry.column, row: entry.row });
    const id = `${entry.row}\u0000${entry.column}`;
    if (seen.has(id)) problem('column', 'provenance-duplicate', { row: entry.row, column: entry.column });
    seen.add(id);
    const source = entry.source ?? (meta.sources.length === 1 ? meta.sources[0]! : undefined);
    if (source === undefined) problem('quote', 'provenance-source-missing', { found: entry.quote, sources: meta.sources });
    if (!meta.sources.includes(source!)) problem('source', 'provenance-source-not-listed', { found: source!, sources: meta.sources });
    const mismatch =
      column!.type === 'date'
        ? quoteDateProblem(entry.quote, String(cell))
        : quoteFigureProblem(entry.quote, { value: cell as number, unit: unitOf(row!, column!), qualifier: qualifierOf(row!, column!) });
    if (mismatch) problem('quote', 'provenance-quote-mismatch', { found: entry.quote, row: entry.row, column: entry.column, reason: mismatch });
    return { row: entry.row, column: entry.column, source: source!, quote: entry.quote };
  });
}

/** The article and quote of one cell, when it is a quoted reported figure. */
export function provenanceOf(dataset: Pick<Dataset, 'meta' | 'provenance'>, row: Row, column: string): FigureProvenance | undefined {
  const key = rowKey(dataset, row);
  return dataset.provenance.find((p) => p.row === key && p.column === column);
}
