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

/** A row's key: the value of the dataset's first column, as `<Num row="…">` and provenance name it. */
export function rowKey(meta: Pick<DatasetMeta, 'columns'>, row: Row): string {
  return String(row[meta.columns[0]!.name]);
}

/** The cells that are reported figures: every non-empty number or date cell. */
export function figureCells(dataset: Pick<Dataset, 'meta' | 'rows'>): { row: string; column: string }[] {
  const columns = figureColumns(dataset.meta);
  return dataset.rows.flatMap((row) =>
    columns.filter((column) => row[column.name] !== null && row[column.name] !== undefined).map((column) => ({ row: rowKey(dataset.meta, row), column: column.name })),
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
export function resolveProvenance(meta: DatasetMeta, rows: Row[], file: string, lineOf: (path: readonly PropertyKey[]) => number): FigureProvenance[] {
  const byKey = new Map(rows.map((row) => [rowKey(meta, row), row]));
  const columns = new Map(figureColumns(meta).map((column) => [column.name, column]));
  const seen = new Set<string>();
  return meta.provenance.map((entry, index) => {
    const problem = (key: string, found: string, expected: string, fix: string): never => {
      throw new EditorError({ file, line: lineOf(['provenance', index, key]), where: `provenance 第${index + 1}条的“${key}”`, found, expected, fix });
    };
    const row = byKey.get(entry.row);
    if (!row) problem('row', entry.row, `第一列（${meta.columns[0]!.name}）里的一个值：${[...byKey.keys()].join('、')}`, '改成这个数字所在行第一列的值。');
    const column = columns.get(entry.column);
    if (!column) problem('column', entry.column, `数值或日期列之一：${[...columns.keys()].join('、')}`, '改成这个数字所在的列名。');
    const cell = row![column!.name];
    if (cell === null || cell === undefined) problem('column', entry.column, '有数值的单元格', `行“${entry.row}”的这一列是空的：删掉这一条，或改成有数的列。`);
    const id = `${entry.row}\u0000${entry.column}`;
    if (seen.has(id)) problem('column', `${entry.row} / ${entry.column}`, '每个数字只有一条出处', '删掉重复的一条。');
    seen.add(id);
    const source = entry.source ?? (meta.sources.length === 1 ? meta.sources[0]! : undefined);
    if (source === undefined) problem('quote', entry.quote, `写明 source（数据集有多篇来源：${meta.sources.join('、')}）`, '加上 source: <这个数字所在报道的 id>。');
    if (!meta.sources.includes(source!)) problem('source', source!, `数据集 sources 里的报道之一：${meta.sources.join('、')}`, '改成这个数字所在报道的 id，并确认它列在数据集的 sources 里。');
    const mismatch =
      column!.type === 'date'
        ? quoteDateProblem(entry.quote, String(cell))
        : quoteFigureProblem(entry.quote, { value: cell as number, unit: unitOf(row!, column!), qualifier: qualifierOf(row!, column!) });
    if (mismatch) {
      problem('quote', entry.quote, `报道原文里写这个数的原话，含数字、限定词和所指（行“${entry.row}”列“${entry.column}”）`, `${mismatch}：照报道原文摘引，或改正单元格的数值与限定词。`);
    }
    return { row: entry.row, column: entry.column, source: source!, quote: entry.quote };
  });
}

/** The article and quote of one cell, when it is a quoted reported figure. */
export function provenanceOf(dataset: Pick<Dataset, 'meta' | 'provenance'>, row: Row, column: string): FigureProvenance | undefined {
  const key = rowKey(dataset.meta, row);
  return dataset.provenance.find((p) => p.row === key && p.column === column);
}
