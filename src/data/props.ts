/**
 * Checks of the props an editor writes on a component (<BarChart dataset=… label=…>, <Num>, the calculator):
 * where the component stands, the dataset and columns it names, lists, choices and text. Chart-only checks
 * (labels, units on one axis) are in src/charts/common/props.ts.
 */
import type { Dataset } from './dataset.ts';
import { EditorError } from '../errors/editor-error.ts';
import { numericColumnTypes } from '../schemas/column-types.ts';
import type { ColumnMeta, ColumnType } from '../schemas/dataset-meta.ts';

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
  numeric: { types: numericColumnTypes, name: '数值', long: '数值列（number、integer 或 percent）' },
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

