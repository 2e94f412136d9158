import type { Dataset, Row } from '../../data/dataset.ts';
import { unitOf } from '../../data/cell-text.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import type { SiteContent } from '../../data/site.ts';
import { parseList, propError, type SourceLocation } from '../../data/props.ts';

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

/** A cell as readers see it in a label: a place by its short name, anything else as written. */
export function displayLabel(cell: Row[string] | undefined, column: ColumnMeta, context: SiteContent): string {
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
