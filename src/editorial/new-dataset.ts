import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCell, type CellContext } from '../data/cells.ts';
import { displayPath } from '../data/content-dir.ts';
import { parseCsv } from '../data/csv.ts';
import { readRegistry } from '../data/registry.ts';
import type { EditorError } from '../errors/editor-error.ts';
import { editorError, problemError } from '../errors/messages.ts';
import { cellWhere, headerWhere } from '../errors/where.ts';
import { isNumericType, type ColumnType } from '../schemas/column-types.ts';
import { idPattern } from '../schemas/id.ts';

export interface NewDatasetRequest {
  /** The new dataset's id: its file names in content/data/ and its address /data/<id>/. */
  id: string;
  /** The CSV the editor has, anywhere (a path from the project folder, or absolute). */
  from: string;
}

/** One column as npm run new-dataset infers it from its cells. */
export interface InferredColumn {
  name: string;
  type: ColumnType;
  optional: boolean;
  /** A qualifier column (`<name>_qualifier`) this numeric column points to. */
  qualifier?: string;
  /** The long table's unit column (`unit`), for a number or integer column. */
  unitColumn?: string;
  /** Cells that would make a number of this text column but for a mistake (13,505, 3962万): the build's words for each. */
  nearNumbers: EditorError[];
}

export interface NewDataset {
  /** What becomes of the editor's CSV: it is content/data/<id>.csv already, is copied there, or moved there. */
  csv: { from: string; to: string; action: 'keep' | 'copy' | 'move' };
  yaml: { file: string; text: string };
  columns: InferredColumn[];
  /** Row keys (first column) that several rows share: their figures get no provenance line (a row must be found by its key). */
  repeatedKeys: string[];
}

/**
 * `npm run new-dataset`: the metadata of a new CSV dataset, `content/data/<id>.yaml`, from a CSV the editor
 * already has. Each column's type is inferred from its cells with the build's own reading of a cell
 * (`parseCell`, src/data/cells.ts), so the CSV passes as it is: integer or number (percent when its name says
 * so: percent, pct, share, rate), date, qualifier, place (every cell a place of content/places.yaml), source,
 * else string; a column with an empty cell is `optional`. What only the editor can say is left empty (`label:`
 * with nothing after it): title, description, subject, period, sources, each column's label and each number's
 * unit, and a `provenance` line per figure with its quote. The build and `npm run check:content` name each
 * empty field (`field-empty`, src/data/schema-errors.ts) until it is filled. Writes nothing: the script does.
 *
 * The CSV: already `content/data/<id>.csv`, it stays; elsewhere in content/data/ it is moved there (left under
 * another name it would be a CSV without its YAML); outside content/data/ it is copied, the editor's file kept.
 */
export function newDataset(request: NewDatasetRequest, content: string, today: string, root: string = process.cwd()): NewDataset {
  const dataDir = path.resolve(content, 'data');
  const to = path.join(dataDir, `${request.id}.csv`);
  const yamlFile = path.join(dataDir, `${request.id}.yaml`);
  if (!idPattern.test(request.id)) throw editorError('dataset-id-invalid', { file: displayPath(to, root) }, { found: request.id });
  const from = path.resolve(root, request.from);
  const shownFrom = displayPath(from, root);
  const existing = [to, yamlFile, path.join(dataDir, `${request.id}.yml`)].find((file) => existsSync(file) && file !== from);
  if (existing) throw editorError('dataset-exists', { file: displayPath(to, root) }, { found: request.id, file: displayPath(existing, root) });
  // A CSV of content/data/ that has its YAML is a dataset's already: moving it would take it from that dataset.
  const partner = ['yaml', 'yml'].map((ext) => from.replace(/\.csv$/, `.${ext}`)).find((file) => path.dirname(from) === dataDir && from !== to && existsSync(file));
  if (partner) throw editorError('dataset-exists', { file: shownFrom }, { found: path.basename(from, '.csv'), file: displayPath(partner, root) });
  const text = readCsvText(from, shownFrom);
  const registry = readRegistry(content);
  const context: CellContext = { placeIds: registry.placeIds, sourceIds: registry.sourceIds };

  const table = parseCsv(text, shownFrom);
  table.header.forEach((name, index) => {
    const at = { file: shownFrom, line: 1, column: index + 1, where: headerWhere(index + 1) };
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw editorError('csv-header-invalid', at, { found: name });
    if (table.header.indexOf(name) !== index) throw editorError('csv-duplicate-header', at, { found: name });
  });
  for (const record of table.records) {
    if (record.cells.length === table.header.length) continue;
    const code = record.cells.length > table.header.length ? 'csv-row-too-many-cells' : 'csv-row-too-few-cells';
    throw editorError(code, { file: shownFrom, line: record.line }, { cells: record.cells.length, columns: table.header });
  }
  const cellsOf = (index: number) => table.records.map((record) => ({ raw: record.cells[index]!, line: record.line }));
  const columns = table.header.map((name, index) => inferColumn(name, index, cellsOf(index), context, shownFrom));
  linkColumns(columns);

  const keys = table.records.map((record) => record.cells[0]!.trim());
  const repeatedKeys = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
  const action = from === to ? 'keep' : path.dirname(from) === dataDir ? 'move' : 'copy';
  const yaml = metadataText({ id: request.id, columns, records: table.records.map((record) => record.cells), repeatedKeys, today, schema: path.relative(dataDir, path.join(root, 'docs/schemas/dataset.schema.json')) });
  return { csv: { from, to, action }, yaml: { file: yamlFile, text: yaml }, columns, repeatedKeys };
}

/** The CSV's text, or the mistake that keeps it from being read: no such file, a folder, not a .csv, not UTF-8. */
function readCsvText(file: string, shown: string): string {
  const unreadable = (reason: 'missing' | 'folder' | 'not-csv' | 'encoding') => editorError('csv-unreadable', { file: shown }, { found: shown, reason });
  if (!existsSync(file)) throw unreadable('missing');
  if (statSync(file).isDirectory()) throw unreadable('folder');
  if (!/\.csv$/.test(file)) throw unreadable('not-csv');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    throw unreadable('encoding');
  }
}

/** A column name that says its numbers are percentages (share_done, satisfaction_rate, pct). */
const percentName = /(^|_)(percent|pct|share|rate)(_|$)/;

/**
 * The first type, most particular first, under which every cell of the column reads as the build reads it. A
 * cell no type accepts (markup in text) is the build's error at that cell.
 */
function inferColumn(name: string, index: number, cells: { raw: string; line: number }[], context: CellContext, file: string): InferredColumn {
  const filled = cells.filter((cell) => cell.raw.trim() !== '');
  const optional = filled.length < cells.length;
  const reads = (type: ColumnType) => filled.every((cell) => 'value' in parseCell(cell.raw, { name, type, label: name, optional: true }, context));
  const column = (type: ColumnType, nearNumbers: EditorError[] = []): InferredColumn => ({ name, type, optional: optional && type !== 'qualifier', nearNumbers });
  if (filled.length === 0) return column(/qualifier/.test(name) ? 'qualifier' : 'string');
  const numeric = (['integer', 'number'] as const).find(reads);
  if (numeric) return column(percentName.test(name) && reads('percent') ? 'percent' : numeric);
  const type = (['date', 'qualifier', 'place', 'source', 'string'] as const).find(reads);
  if (!type) {
    const cell = filled.find((c) => 'problem' in parseCell(c.raw, { name, type: 'string', label: name, optional: true }, context))!;
    const result = parseCell(cell.raw, { name, type: 'string', label: name, optional: true }, context);
    throw problemError((result as { problem: Parameters<typeof problemError>[0] }).problem, { file, line: cell.line, column: index + 1, where: cellWhere({ name }, index + 1) });
  }
  return column(type, type === 'string' ? nearNumbers(name, index, filled, context, file) : []);
}

/**
 * A text column most of whose cells are numbers: the others are probably numbers written as the build refuses
 * them (13,505, 3962万, 96%, ２．５２). The build's error for each, so the editor can fix the CSV and run again.
 */
function nearNumbers(name: string, index: number, filled: { raw: string; line: number }[], context: CellContext, file: string): EditorError[] {
  const asNumber = { name, type: 'number' as const, label: name, optional: true };
  const problems = filled.flatMap((cell) => {
    const result = parseCell(cell.raw, asNumber, context);
    return 'problem' in result ? [{ cell, problem: result.problem }] : [];
  });
  if (problems.length * 2 > filled.length || problems.every(({ problem }) => problem.code === 'cell-not-a-number')) return [];
  return problems.map(({ cell, problem }) => problemError(problem, { file, line: cell.line, column: index + 1, where: cellWhere({ name }, index + 1) }));
}

/**
 * What the names say of how columns go together: `value_qualifier` is the qualifier of `value`; a text column
 * `unit` holds the unit of each row's numbers (a long table), so number and integer columns take `unitColumn`.
 */
function linkColumns(columns: InferredColumn[]): void {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const unit = byName.get('unit');
  for (const column of columns) {
    if (!isNumericType(column.type)) continue;
    if (byName.get(`${column.name}_qualifier`)?.type === 'qualifier') column.qualifier = `${column.name}_qualifier`;
    if (unit?.type === 'string' && column.type !== 'percent') column.unitColumn = 'unit';
  }
}

/** A YAML scalar as written: plain where YAML reads it back as the same text, else double-quoted. */
function scalar(text: string): string {
  const plain = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(text) && !/^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

/** The metadata file: what the CSV tells filled in, what only the editor knows left empty, each with a comment. */
function metadataText(d: { id: string; columns: InferredColumn[]; records: string[][]; repeatedKeys: string[]; today: string; schema: string }): string {
  const distinct = (type: ColumnType) => {
    const indexes = d.columns.flatMap((column, index) => (column.type === type ? [index] : []));
    return [...new Set(d.records.flatMap((cells) => indexes.map((index) => cells[index]!.trim()).filter(Boolean)))];
  };
  const places = distinct('place');
  const sources = distinct('source');
  const sourceColumn = d.columns.findIndex((column) => column.type === 'source');
  const numeric = d.columns.filter((column) => isNumericType(column.type));
  const main = numeric.length > 1 && numeric.some((column) => column.name === 'value') ? 'value' : undefined;
  const lines = [
    `# yaml-language-server: $schema=${d.schema.split(path.sep).join('/')}`,
    `# npm run new-dataset 按 ${d.id}.csv 写出。冒号后面空着的字段都要填上：npm run check:content 逐条列出还空着的`,
    '# 字段（文件、行号、写法），填完以前构建不会通过。各字段的写法见 docs/DATASETS.md。',
    'title:',
    'description:',
    'subject:',
    places.length > 0 ? `places: [${places.map(scalar).join(', ')}]` : 'places:',
    'period:',
    sources.length > 0 ? `sources: [${sources.map(scalar).join(', ')}]` : 'sources:',
    `updated: ${d.today}`,
    ...(main ? [`mainColumn: ${main}`] : []),
    '# 每列的 type 是按单元格推断的（见 docs/DATASETS.md 的“列类型”），不对就改。',
    'columns:',
    ...d.columns.flatMap((column) => [
      `  - name: ${column.name}`,
      `    type: ${column.type}`,
      ...(isNumericType(column.type) && column.type !== 'percent' && !column.unitColumn ? ['    unit:'] : []),
      ...(column.unitColumn ? [`    unitColumn: ${column.unitColumn}`] : []),
      ...(column.qualifier ? [`    qualifier: ${column.qualifier}`] : []),
      ...(column.optional ? ['    optional: true'] : []),
      '    label:',
    ]),
  ];
  const figures = d.columns.flatMap((column, index) => (isNumericType(column.type) || column.type === 'date' ? [{ column, index }] : []));
  const entries = d.records.flatMap((cells) => {
    const key = cells[0]!.trim();
    if (d.repeatedKeys.includes(key)) return [];
    const source = sources.length > 1 && sourceColumn >= 0 ? cells[sourceColumn]!.trim() : '';
    return figures
      .filter(({ index }) => cells[index]!.trim() !== '')
      .map(({ column }) => `  - { row: ${scalar(key)}, column: ${column.name}, ${source ? `source: ${scalar(source)}, ` : ''}quote: }`);
  });
  if (entries.length > 0) {
    lines.push(
      '# 每个数字一条出处：quote 写报道写这个数的原话，逐字照抄，2 到 40 个字（见 docs/DATASETS.md 的“出处”）；',
      '# 数据集有几篇来源时，每条再写 source: <报道 id>。',
      'provenance:',
      ...entries,
    );
  }
  return `${lines.join('\n')}\n`;
}
