import { EditorError } from '../errors/editor-error.ts';
import { isNumericType } from '../schemas/column-types.ts';
import { datasetMetaSchema, type ColumnMeta, type DatasetMeta } from '../schemas/dataset-meta.ts';
import { parseCell, type CellContext, type Row } from './cells.ts';
import { parseCsv } from './csv.ts';
import type { Dataset, LocatedDataset } from './dataset-types.ts';
import { resolveProvenance } from './provenance.ts';
import { displayField, parseWithSchema } from './schema-errors.ts';
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

/** buildDataset, keeping the lines of the metadata file for the checks that run once all datasets are read. */
export function buildLocatedDataset(input: DatasetInput, context: CellContext): LocatedDataset {
  const located = parseLocatedYaml(input.metaText, input.files.meta);
  const meta = readMeta(located, input.files.meta, context);
  const table = parseCsv(input.csvText, input.files.csv);
  const columns = matchHeader(table.header, meta, input.files);

  const rows = table.records.map((record) => {
    if (record.cells.length !== columns.length) {
      throw new EditorError({
        file: input.files.csv,
        line: record.line,
        where: '这一行',
        found: `${record.cells.length} 个单元格`,
        expected: `${columns.length} 个单元格（${columns.map((c) => c.name).join(',')}）`,
        fix: record.cells.length > columns.length
          ? '文字里有逗号时，用英文双引号把整个单元格括起来；否则删掉多余的逗号。'
          : '补上缺少的单元格；没有数值的单元格也要留出逗号。',
      });
    }
    const row: Row = {};
    record.cells.forEach((raw, index) => {
      const column = columns[index]!;
      const result = parseCell(raw, column, context);
      if ('problem' in result) {
        throw new EditorError({
          file: input.files.csv,
          line: record.line,
          column: index + 1,
          where: `列“${column.name}”（第${index + 1}列${column.unit ? `，${column.unit}` : ''}）`,
          found: raw,
          expected: result.problem.expected,
          fix: result.problem.fix,
        });
      }
      row[column.name] = result.value;
    });
    return row;
  });
  const provenance = resolveProvenance(meta, rows, input.files.meta, located.lineOf);
  return { dataset: { id: input.id, meta, rows, files: input.files, provenance }, lineOf: located.lineOf };
}

/** Hints for the metadata fields editors most often get wrong. */
export const metaHints = {
  type: '每一列选一个类型：string、integer、number、percent、date、qualifier、place、source。',
  updated: '写成 2026-11-23 这样的日期。',
  period: '写采暖季“2025-2026”、年份“2022”，或报道没有年份时写 unknown（并写 periodNote）。',
  periodNote: '在 period 下面加一行“periodNote: …”，写明报道为什么没有年份、已知的范围。',
  'checks.id': '给这条核对加一行“id: …”，用小写字母、数字和连字符，如 shuozhou-household-bill。',
  'checks.type': '核对的 type 选一个：sum、at-most、share、product、days-between（见 docs/DATASETS.md 的“核对”）。',
};

function readMeta(located: LocatedYaml, file: string, context: CellContext): DatasetMeta {
  const meta = parseWithSchema(datasetMetaSchema, located, file, { hints: metaHints });
  const byName = new Map(meta.columns.map((column) => [column.name, column]));
  const problem = (path: PropertyKey[], found: string, expected: string, fix: string): never => {
    throw new EditorError({ file, line: located.lineOf(path), where: `字段“${displayField(path)}”`, found, expected, fix });
  };

  meta.columns.forEach((column, index) => {
    const at = (key: string) => ['columns', index, key];
    if (byName.get(column.name) !== column) {
      problem(at('name'), column.name, '每列只出现一次', '删掉重复的列定义。');
    }
    if ((column.unit || column.unitColumn || column.qualifier) && !isNumericType(column.type)) {
      problem(at('type'), column.type, '数值类型（number、integer 或 percent）才能有 unit、unitColumn、qualifier', '删掉这一列的 unit/unitColumn/qualifier，或改类型。');
    }
    if (column.unit && column.unitColumn) {
      problem(at('unitColumn'), column.unitColumn, 'unit 与 unitColumn 二选一', '整列同一单位时只写 unit；各行单位不同时只写 unitColumn。');
    }
    if (column.unitColumn && byName.get(column.unitColumn)?.type !== 'string') {
      problem(at('unitColumn'), column.unitColumn, '本表中一个 string 类型的列名', '先定义存放单位的文字列，再在这里写它的名字。');
    }
    if (column.qualifier && byName.get(column.qualifier)?.type !== 'qualifier') {
      problem(at('qualifier'), column.qualifier, '本表中一个 qualifier 类型的列名', '先定义 type: qualifier 的列，再在这里写它的名字。');
    }
  });
  checkRegistryIds(meta, located, file, context);
  return meta;
}

/** The places and sources a dataset's metadata names are in the registries. */
export function checkRegistryIds(meta: { places: string[]; sources?: string[] }, located: LocatedYaml, file: string, context: CellContext): void {
  const problem = (path: PropertyKey[], found: string, expected: string, fix: string): never => {
    throw new EditorError({ file, line: located.lineOf(path), where: `字段“${displayField(path)}”`, found, expected, fix });
  };
  meta.sources?.forEach((id, index) => {
    if (!context.sourceIds.has(id)) problem(['sources', index], id, 'content/sources.yaml 里的来源 id', '改成已有的来源 id，或先在 content/sources.yaml 里添加这份报道。');
  });
  meta.places.forEach((id, index) => {
    if (!context.placeIds.has(id)) problem(['places', index], id, 'content/places.yaml 里的地点 id', '改成已有的地点 id，或先在 content/places.yaml 里添加这个地点。');
  });
}

function matchHeader(header: string[], meta: DatasetMeta, files: DatasetInput['files']): ColumnMeta[] {
  const byName = new Map(meta.columns.map((column) => [column.name, column]));
  const seen = new Set<string>();
  const columns = header.map((name, index) => {
    const column = byName.get(name);
    if (!column || seen.has(name)) {
      throw new EditorError({
        file: files.csv,
        line: 1,
        column: index + 1,
        where: `表头第${index + 1}列`,
        found: name,
        expected: seen.has(name) ? '不重复的列名' : `${files.meta} 里定义的列名之一：${meta.columns.map((c) => c.name).join('、')}`,
        fix: seen.has(name) ? '删掉重复的列。' : `改正列名，或在 ${files.meta} 的 columns 里为它加一条定义。`,
      });
    }
    seen.add(name);
    return column;
  });
  const missing = meta.columns.find((column) => !seen.has(column.name));
  const outOfOrder = missing ? -1 : columns.findIndex((column, index) => column !== meta.columns[index]);
  if (outOfOrder >= 0) {
    throw new EditorError({
      file: files.csv,
      line: 1,
      column: outOfOrder + 1,
      where: `表头第${outOfOrder + 1}列`,
      found: header[outOfOrder],
      expected: `${meta.columns[outOfOrder]!.name}（表头的列序与 ${files.meta} 的 columns 一致：${meta.columns.map((c) => c.name).join(',')}）`,
      fix: `按 ${files.meta} 的顺序排列各列，或调整 columns 的顺序；第一列是每行的键，<Num row="…"> 用它找行。`,
    });
  }
  if (missing) {
    throw new EditorError({
      file: files.csv,
      line: 1,
      where: '表头',
      found: header.join(','),
      expected: `含有列“${missing.name}”（${missing.label}），它在 ${files.meta} 里有定义`,
      fix: `在表头加上 ${missing.name} 并为每行填值，或从 ${files.meta} 里删掉这一列的定义。`,
    });
  }
  return columns;
}
