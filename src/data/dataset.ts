import { editorError, problemError, type DetailsOf } from '../errors/messages.ts';
import { cellWhere, fieldWhere, headerWhere } from '../errors/where.ts';
import { EditorError } from '../errors/editor-error.ts';
import { rethrow, type Report } from '../errors/report.ts';
import { isNumericType } from '../schemas/column-types.ts';
import { datasetMetaSchema, type ColumnMeta, type DatasetMeta } from '../schemas/dataset-meta.ts';
import { parseCell, type CellContext, type Row } from './cells.ts';
import { parseCsv } from './csv.ts';
import { checkMainColumn } from './main-column.ts';
import { resolveProvenance } from './provenance.ts';
import { parseWithSchema } from './schema-errors.ts';
import type { Dataset, LocatedDataset } from './dataset-types.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml.ts';

// The types, for the code outside src/data/ that reads datasets; src/data/ imports them from where they live.
export type { Row } from './cells.ts';
export type { Dataset, Derivation } from './dataset-types.ts';

export interface DatasetInput {
  id: string;
  csvText: string;
  metaText: string;
  files: { csv: string; meta: string };
}

/** Reads, checks and types one dataset. Throws an EditorError at the first problem. */
export function buildDataset(input: DatasetInput, context: CellContext): Dataset {
  return buildLocatedDataset(input, context).dataset;
}

/**
 * buildDataset, keeping the lines of the metadata file for the checks that run once all datasets are read.
 * Fields of the metadata left empty (a file npm run new-dataset wrote) go to `report` but the last, which is
 * thrown: the build stops at the first, `npm run check:content` lists them all.
 */
export function buildLocatedDataset(input: DatasetInput, context: CellContext, report: Report = rethrow): LocatedDataset {
  const located = parseLocatedYaml(input.metaText, input.files.meta);
  const meta = readMeta(located, input.files.meta, context, report);
  const table = parseCsv(input.csvText, input.files.csv);
  const columns = matchHeader(table.header, meta, input.files);

  const rows = table.records.map((record) => {
    if (record.cells.length !== columns.length) {
      const code = record.cells.length > columns.length ? 'csv-row-too-many-cells' : 'csv-row-too-few-cells';
      throw editorError(code, { file: input.files.csv, line: record.line }, { cells: record.cells.length, columns: columns.map((c) => c.name) });
    }
    const row: Row = {};
    record.cells.forEach((raw, index) => {
      const column = columns[index]!;
      const result = parseCell(raw, column, context);
      if ('problem' in result) {
        throw problemError(result.problem, { file: input.files.csv, line: record.line, column: index + 1, where: cellWhere(column, index + 1) });
      }
      row[column.name] = result.value;
    });
    return row;
  });
  const provenance = resolveProvenance(input.id, meta, rows, input.files.meta, located.lineOf);
  return { dataset: { id: input.id, meta, rows, files: input.files, provenance }, lineOf: located.lineOf };
}

function readMeta(located: LocatedYaml, file: string, context: CellContext, report: Report): DatasetMeta {
  const known = { sources: [...context.sourceIds], places: [...context.placeIds] };
  const meta = parseWithSchema(datasetMetaSchema, located, file, { hints: 'dataset', report, known });
  const byName = new Map(meta.columns.map((column) => [column.name, column]));
  type ColumnCode = 'column-duplicate' | 'column-unit-not-numeric' | 'column-unit-and-unit-column' | 'column-unit-column-not-text' | 'column-qualifier-not-qualifier';
  const problem = (code: ColumnCode, path: PropertyKey[], details: DetailsOf<ColumnCode>): never => {
    throw editorError(code, { file, line: located.lineOf(path), where: fieldWhere(path) }, details);
  };

  meta.columns.forEach((column, index) => {
    const at = (key: string) => ['columns', index, key];
    if (byName.get(column.name) !== column) problem('column-duplicate', at('name'), { found: column.name });
    if ((column.unit || column.unitColumn || column.qualifier) && !isNumericType(column.type)) problem('column-unit-not-numeric', at('type'), { found: column.type });
    if (column.unit && column.unitColumn) problem('column-unit-and-unit-column', at('unitColumn'), { found: column.unitColumn });
    if (column.unitColumn && byName.get(column.unitColumn)?.type !== 'string') problem('column-unit-column-not-text', at('unitColumn'), { found: column.unitColumn });
    if (column.qualifier && byName.get(column.qualifier)?.type !== 'qualifier') problem('column-qualifier-not-qualifier', at('qualifier'), { found: column.qualifier });
  });
  checkMainColumn(meta, { file, line: located.lineOf(['mainColumn']), where: fieldWhere(['mainColumn']) });
  checkRegistryIds(meta, located, file, context);
  return meta;
}

/** The places and sources a dataset's metadata names are in the registries. */
export function checkRegistryIds(meta: { places: string[]; sources?: string[] }, located: LocatedYaml, file: string, context: CellContext): void {
  const unknown = (code: 'place-unknown' | 'source-unknown', path: PropertyKey[], found: string, known: ReadonlySet<string>): never => {
    throw editorError(code, { file, line: located.lineOf(path), where: fieldWhere(path) }, { found, known: [...known] });
  };
  meta.sources?.forEach((id, index) => {
    if (!context.sourceIds.has(id)) unknown('source-unknown', ['sources', index], id, context.sourceIds);
  });
  meta.places.forEach((id, index) => {
    if (!context.placeIds.has(id)) unknown('place-unknown', ['places', index], id, context.placeIds);
  });
}

function matchHeader(header: string[], meta: DatasetMeta, files: DatasetInput['files']): ColumnMeta[] {
  const byName = new Map(meta.columns.map((column) => [column.name, column]));
  const names = meta.columns.map((c) => c.name);
  const seen = new Set<string>();
  const columns = header.map((name, index) => {
    const column = byName.get(name);
    const at = { file: files.csv, line: 1, column: index + 1, where: headerWhere(index + 1) };
    if (seen.has(name)) throw editorError('csv-duplicate-header', at, { found: name });
    if (!column) throw editorError('csv-unknown-header', at, { found: name, meta: files.meta, columns: names });
    seen.add(name);
    return column;
  });
  const missing = meta.columns.find((column) => !seen.has(column.name));
  const outOfOrder = missing ? -1 : columns.findIndex((column, index) => column !== meta.columns[index]);
  if (outOfOrder >= 0) {
    throw editorError(
      'csv-header-out-of-order',
      { file: files.csv, line: 1, column: outOfOrder + 1, where: headerWhere(outOfOrder + 1) },
      { found: header[outOfOrder]!, wanted: meta.columns[outOfOrder]!.name, meta: files.meta, columns: names },
    );
  }
  if (missing) throw editorError('csv-missing-column', { file: files.csv, line: 1 }, { header, column: missing.name, label: missing.label, meta: files.meta });
  return columns;
}
