import type { Dataset } from '../data/dataset.ts';
import { EditorError } from '../errors/editor-error.ts';
import type { ColumnMeta } from '../schemas/dataset-meta.ts';

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
    found: found === undefined ? undefined : String(found),
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

const numericTypes = new Set(['number', 'integer', 'percent']);

/** A column the component names, checked to exist and to have a type the chart can draw. */
export function requireColumn(at: SourceLocation, component: string, prop: string, name: unknown, dataset: Dataset, kind: 'numeric' | 'label'): ColumnMeta {
  const column = dataset.meta.columns.find((c) => c.name === name);
  const candidates = dataset.meta.columns.filter((c) => (kind === 'numeric' ? numericTypes.has(c.type) : !numericTypes.has(c.type) && c.type !== 'qualifier'));
  const list = candidates.map((c) => `${c.name}（${c.label}）`).join('、');
  if (!column) {
    return propError(at, component, prop, name, `数据集“${dataset.id}”中的${kind === 'numeric' ? '数值' : '文字'}列：${list}`, `改成上面的列名之一（列的定义见 ${dataset.files.meta}）。`);
  }
  if (!candidates.includes(column)) {
    return propError(at, component, prop, name, `${kind === 'numeric' ? '数值列（number、integer 或 percent）' : '文字、地点、来源或日期列'}，而“${column.name}”是 ${column.type} 列`, `换成 ${list} 之一。`);
  }
  return column;
}
