import type { Dataset, Row } from '../../data/dataset.ts';
import { findRow, rowKey } from '../../data/refs.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import { t } from '../../i18n/index.ts';
import type { SiteContent } from '../../data/site.ts';
import { displayLabel } from './props.ts';
import { parseList, propError, requireColumn, type SourceLocation } from '../../data/props.ts';

/**
 * Long tables keep one figure per row (measure, label, value, unit). A chart that sets two figures of an item
 * side by side (planned and done, before and after) names their rows by key, as <Num> does:
 * planned="windows_signed、radiators_signed" done="windows_installed、radiators_installed"; the n-th key of one
 * prop pairs with the n-th of the other. Keys are the values of the `key` column, by default the first column
 * whose values tell every row apart (often `measure`: the first column is often a place or a period).
 */
export function requireRowPairs(
  at: SourceLocation,
  component: string,
  first: { prop: string; value: unknown },
  second: { prop: string; value: unknown },
  key: unknown,
  dataset: Dataset,
): { pairs: [Row, Row][]; keyColumn: ColumnMeta } {
  const keyColumn = requireKeyColumn(at, component, key, dataset);
  const keys = dataset.rows.map((row) => rowKey(dataset, row, keyColumn));
  const known = `数据集“${dataset.id}”的“${keyColumn.name}”列中的值：${keys.join('、')}`;
  const rowOf = (prop: string, value: string): Row => {
    // The key column tells every row apart (requireKeyColumn), so a key finds one row or none.
    const lookup = findRow(dataset, value, keyColumn);
    if (lookup.found !== 'one') propError(at, component, prop, value, known, '写了 value 时，这个属性写行键（行键列的值），多个用顿号分隔；不写 value 时写列名。');
    return lookup.row;
  };
  const firstKeys = parseList(first.value);
  const secondKeys = parseList(second.value);
  if (firstKeys.length === 0) propError(at, component, first.prop, first.value, `至少一个行键（${known}）`, `例如 ${first.prop}="${keys[0]}"。`);
  if (secondKeys.length !== firstKeys.length) {
    propError(at, component, second.prop, second.value, `与 ${first.prop} 一样多的行键（${firstKeys.length}个），第几个与第几个配对`, `${first.prop} 写了 ${firstKeys.join('、')}：在 ${second.prop} 里按同样的顺序写出与之配对的行。`);
  }
  return { pairs: firstKeys.map((value, index) => [rowOf(first.prop, value), rowOf(second.prop, secondKeys[index]!)]), keyColumn };
}

/** The column whose values name rows: the one the editor gives, or the first that tells every row apart. */
function requireKeyColumn(at: SourceLocation, component: string, key: unknown, dataset: Dataset): ColumnMeta {
  const distinct = (column: ColumnMeta) => new Set(dataset.rows.map((row) => String(row[column.name]))).size === dataset.rows.length;
  const candidates = dataset.meta.columns.filter((column) => ['string', 'place', 'source', 'date', 'integer'].includes(column.type) && distinct(column));
  const list = candidates.map((column) => column.name).join('、') || '（没有）';
  if (key === undefined) {
    if (candidates.length === 0) propError(at, component, 'key', undefined, '一个每行取值都不同的列（行键）', `数据集“${dataset.id}”没有这样的列：改用宽表（每项一行、两个数各占一列），或在 ${dataset.files.csv} 里加一个行键列。`);
    return candidates[0]!;
  }
  const column = dataset.meta.columns.find((c) => c.name === key);
  if (!column || !candidates.includes(column)) {
    propError(at, component, 'key', key, `数据集“${dataset.id}”中每行取值都不同的列：${list}`, '改成上面的列名之一，或删掉 key 使用第一个这样的列。');
  }
  return column!;
}

/**
 * What each pair is called: the label column's value in the pair's first row, or the names the editor lists in
 * `labels` (a long table's rows are often named for one figure, 外窗换新已签约用户, not for the item).
 */
export function pairNames(
  at: SourceLocation,
  component: string,
  props: { label?: unknown; labels?: unknown },
  pairs: readonly [Row, Row][],
  dataset: Dataset,
  context: SiteContent,
): { names: string[]; header: string } {
  if (props.labels !== undefined) {
    if (props.label !== undefined) propError(at, component, 'labels', props.labels, 'label 与 labels 二者之一', '删掉其中一个：label 写列名，labels 直接写出各项的名字。');
    const names = parseList(props.labels);
    if (names.length !== pairs.length) propError(at, component, 'labels', props.labels, `${pairs.length}个名字（每对行一个），用顿号分隔`, '按配对的顺序，每对写一个名字。');
    for (const name of names) if (/[<>]/.test(name)) propError(at, component, 'labels', name, '纯文字，不含 HTML 标签', '删掉尖括号。');
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated !== undefined) propError(at, component, 'labels', props.labels, '各不相同的名字', `“${repeated}”写了不止一次：每对行写一个不同的名字。`);
    return { names, header: t('chart.item') };
  }
  if (props.label === undefined) propError(at, component, 'label', undefined, '一个文字列名（label），或各项的名字（labels）', '写 label="…"，或 labels="名字一、名字二"（按配对的顺序）。');
  const column = requireColumn(at, component, 'label', props.label, dataset, 'label');
  return { names: pairs.map(([row]) => displayLabel(row[column.name], column, context)), header: column.label };
}
