import type { Dataset, Row } from '../data/dataset.ts';
import { unitOf } from '../data/cell-text.ts';
import { EditorError } from '../errors/editor-error.ts';
import type { ColumnMeta, ColumnType } from '../schemas/dataset-meta.ts';
import type { ChartContext } from './context.ts';

/** Where a component stands in its MDX file, from the `__source` prop (src/mdx/source-location.ts). */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export function parseSourceLocation(source: unknown, fallbackFile: string): SourceLocation {
  const match = typeof source === 'string' ? /^(.*):(\d+):(\d+)$/.exec(source) : null;
  return match ? { file: match[1]!, line: Number(match[2]), column: Number(match[3]) } : { file: fallbackFile };
}

/** Reports a bad component prop the way every editor error is reported: file, line, found, expected, fix. */
export function propError(at: SourceLocation, component: string, prop: string, found: unknown, expected: string, fix: string): never {
  throw new EditorError({
    ...at,
    where: `<${component}> 的属性“${prop}”`,
    found: found === undefined ? undefined : typeof found === 'string' ? found : JSON.stringify(found),
    expected,
    fix,
  });
}

/** The dataset a component names, or a build error listing the ids that exist. */
export function requireDataset(at: SourceLocation, component: string, id: unknown, datasets: ReadonlyMap<string, Dataset>): Dataset {
  if (typeof id !== 'string' || id === '') {
    return propError(at, component, 'dataset', id, '一个数据集 id', `写 dataset="…"，取值见 /data/ 页面或 content/data/ 里的文件名。`);
  }
  const dataset = datasets.get(id);
  if (!dataset) {
    const known = [...datasets.keys()].sort().join('、');
    return propError(at, component, 'dataset', id, `已有的数据集 id（${known}）`, '改成 content/data/ 里某个 .csv 的文件名（不含扩展名），或先添加这个数据集。');
  }
  return dataset;
}

/** What a chart needs of a column. */
export type ColumnKind = 'numeric' | 'label' | 'date' | 'time';

const kinds: Record<ColumnKind, { types: readonly ColumnType[]; name: string; long: string }> = {
  numeric: { types: ['number', 'integer', 'percent'], name: '数值', long: '数值列（number、integer 或 percent）' },
  label: { types: ['string', 'place', 'source', 'date'], name: '文字', long: '文字、地点、来源或日期列' },
  date: { types: ['date'], name: '日期', long: '日期列（date，YYYY-MM-DD）' },
  time: { types: ['date', 'integer'], name: '日期或年份', long: '日期列（date）或年份列（integer）' },
};

/** A column the component names, checked to exist and to have a type the chart can draw. */
export function requireColumn(at: SourceLocation, component: string, prop: string, name: unknown, dataset: Dataset, kind: ColumnKind): ColumnMeta {
  const column = dataset.meta.columns.find((c) => c.name === name);
  const { types, name: kindName, long } = kinds[kind];
  const candidates = dataset.meta.columns.filter((c) => types.includes(c.type));
  const list = candidates.map((c) => `${c.name}（${c.label}）`).join('、') || '（这个数据集没有这类列）';
  if (!column) {
    return propError(at, component, prop, name, `数据集“${dataset.id}”中的${kindName}列：${list}`, `改成上面的列名之一（列的定义见 ${dataset.files.meta}）。`);
  }
  if (!types.includes(column.type)) {
    return propError(at, component, prop, name, `${long}，而“${column.name}”是 ${column.type} 列`, `换成 ${list} 之一。`);
  }
  return column;
}

/** A list prop: several names separated by 、 or commas. */
export function parseList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).map((s) => s.trim()).filter(Boolean);
  return String(value ?? '').split(/[、,，]/).map((s) => s.trim()).filter(Boolean);
}

/** Several columns named in one prop (values="a、b"), each checked. */
export function requireColumns(at: SourceLocation, component: string, prop: string, value: unknown, dataset: Dataset, kind: ColumnKind, min = 1): ColumnMeta[] {
  const names = parseList(value);
  if (names.length < min) {
    const list = dataset.meta.columns.filter((c) => kinds[kind].types.includes(c.type)).map((c) => c.name).join('、');
    propError(at, component, prop, value, `至少 ${min} 个${kinds[kind].name}列名，用顿号分隔`, `例如 ${prop}="${list}"。`);
  }
  return names.map((name) => requireColumn(at, component, prop, name, dataset, kind));
}

/**
 * Numbers drawn on one axis must share a unit: 元 beside % on one scale would mislead. `entries` names each
 * number's source (a column or a row) with its unit; returns the one unit ('' when the numbers have none).
 */
export function requireCommonUnit(at: SourceLocation, component: string, prop: string, entries: readonly { name: string; unit: string }[]): string {
  const byUnit = new Map<string, string>();
  for (const { name, unit } of entries) if (!byUnit.has(unit)) byUnit.set(unit, name);
  if (byUnit.size > 1) {
    const found = [...byUnit].map(([unit, name]) => `${name}（${unit || '无单位'}）`).join('、');
    propError(at, component, prop, found, '单位相同的数值（它们画在同一根数轴上）', '单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。');
  }
  return [...byUnit.keys()][0] ?? '';
}

/** Words the editor types for readers to see (a legend entry), or the fallback when absent. */
export function requireText(at: SourceLocation, component: string, prop: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') propError(at, component, prop, value, '一段文字', `写 ${prop}="…"，或删掉它使用默认的“${fallback}”。`);
  if (/[<>]/.test(value as string)) propError(at, component, prop, value, '纯文字，不含 HTML 标签', '删掉尖括号；格式由图表统一处理。');
  return (value as string).trim();
}

/** One of a fixed set of values, or the default when absent. */
export function requireChoice<T extends string>(at: SourceLocation, component: string, prop: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) propError(at, component, prop, value, `以下之一：${choices.join('、')}`, `删掉 ${prop} 使用默认的 ${fallback}，或改成上面的取值之一。`);
  return value as T;
}

/** A cell as readers see it in a label: a place by its short name, anything else as written. */
export function displayLabel(cell: Row[string] | undefined, column: ColumnMeta, context: ChartContext): string {
  if (cell === null || cell === undefined) return '';
  if (column.type === 'place') return context.places.get(String(cell))?.shortName ?? String(cell);
  return String(cell);
}

/** Labels must tell rows apart: a chart cannot draw two bars with one name. */
export function requireDistinct(at: SourceLocation, component: string, prop: string, value: unknown, labels: readonly string[]): void {
  const duplicate = labels.find((label, index) => labels.indexOf(label) !== index);
  if (duplicate !== undefined) {
    propError(at, component, prop, value, '每行取值都不同的列（每个标记一个名字）', `“${duplicate}”出现了不止一次：换一个能区分各行的列，或先把数据集筛成每项一行。`);
  }
}

/** Names the editor picked out (highlight="包头、朔州"), each checked against the labels on the chart. */
export function requireLabels(at: SourceLocation, component: string, prop: string, value: unknown, labels: readonly string[]): string[] {
  const picked = parseList(value);
  for (const label of picked) {
    if (!labels.includes(label)) propError(at, component, prop, label, `图中某个标记的名字：${labels.join('、')}`, '照图中的写法填写名字，多个名字用顿号分隔。');
  }
  return picked;
}

/** A column every row must fill: a chart cannot place a row without it (a line's time, a span's label). */
export function requireFilled(at: SourceLocation, component: string, prop: string, column: ColumnMeta, dataset: Dataset): void {
  const keyColumn = dataset.meta.columns[0]!;
  const index = dataset.rows.findIndex((row) => row[column.name] === null || row[column.name] === undefined);
  if (index >= 0) {
    const key = keyColumn.name === column.name ? '' : `，${keyColumn.name} 为“${String(dataset.rows[index]![keyColumn.name])}”`;
    propError(at, component, prop, column.name, `每行都有值的列（“${column.name}”在第${index + 1}行数据${key}处是空的）`, `在 ${dataset.files.csv} 里补上这一格，或换一列。`);
  }
}

/** The one unit of a numeric column across all rows: values in different units cannot share an axis. */
export function requireOneUnit(at: SourceLocation, component: string, prop: string, column: ColumnMeta, dataset: Dataset): string {
  const units = [...new Set(dataset.rows.filter((row) => row[column.name] !== null).map((row) => unitOf(row, column)))];
  if (units.length > 1) {
    propError(at, component, prop, column.name, `单位相同的数值列，而这一列的单位有 ${units.map((u) => u || '（无）').join('、')}`, '单位不同的数字不能画在同一根轴上：换一列，或先把数据集按单位拆开。');
  }
  return units[0] ?? unitOf(dataset.rows[0] ?? {}, column);
}
