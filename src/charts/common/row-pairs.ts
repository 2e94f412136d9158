import type { Dataset, Row } from '../../data/dataset.ts';
import { findRow, rowKey } from '../../data/refs.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import { t } from '../../i18n/index.ts';
import type { SiteContent } from '../../data/site.ts';
import { displayLabel } from './props.ts';
import { editorError } from '../../errors/messages.ts';
import { parseList, propAt, propValue, requireColumn, type SourceLocation } from '../../data/props.ts';

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
  const known = { dataset: dataset.id, key: keyColumn.name, rows: keys };
  const rowOf = (prop: string, value: string): Row => {
    // The key column tells every row apart (requireKeyColumn), so a key finds one row or none.
    const lookup = findRow(dataset, value, keyColumn);
    if (lookup.found !== 'one') throw editorError('row-unknown', propAt(at, component, prop), { found: value, ...known, paired: true });
    return lookup.row;
  };
  const firstKeys = parseList(first.value);
  const secondKeys = parseList(second.value);
  if (firstKeys.length === 0) throw editorError('pair-keys-missing', propAt(at, component, first.prop), { found: propValue(first.value), prop: first.prop, ...known });
  if (secondKeys.length !== firstKeys.length) {
    throw editorError('pair-keys-unequal', propAt(at, component, second.prop), { found: propValue(second.value), first: first.prop, second: second.prop, keys: firstKeys });
  }
  return { pairs: firstKeys.map((value, index) => [rowOf(first.prop, value), rowOf(second.prop, secondKeys[index]!)]), keyColumn };
}

/** The column whose values name rows: the one the editor gives, or the first that tells every row apart. */
function requireKeyColumn(at: SourceLocation, component: string, key: unknown, dataset: Dataset): ColumnMeta {
  const distinct = (column: ColumnMeta) => new Set(dataset.rows.map((row) => String(row[column.name]))).size === dataset.rows.length;
  const candidates = dataset.meta.columns.filter((column) => ['string', 'place', 'source', 'date', 'integer'].includes(column.type) && distinct(column));
  if (key === undefined) {
    if (candidates.length === 0) throw editorError('pair-key-column-missing', propAt(at, component, 'key'), { dataset: dataset.id, csv: dataset.files.csv ?? dataset.files.meta });
    return candidates[0]!;
  }
  const column = dataset.meta.columns.find((c) => c.name === key);
  if (!column || !candidates.includes(column)) {
    throw editorError('pair-key-column-invalid', propAt(at, component, 'key'), { found: propValue(key) ?? '', dataset: dataset.id, columns: candidates.map((c) => c.name) });
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
    const labelsAt = propAt(at, component, 'labels');
    if (props.label !== undefined) throw editorError('pair-label-and-labels', labelsAt, { found: propValue(props.labels) });
    const names = parseList(props.labels);
    if (names.length !== pairs.length) throw editorError('pair-labels-count', labelsAt, { found: propValue(props.labels), pairs: pairs.length });
    for (const name of names) if (/[<>]/.test(name)) throw editorError('prop-text-markup', labelsAt, { found: name });
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated !== undefined) throw editorError('prop-list-repeated', labelsAt, { found: propValue(props.labels), repeated, what: 'label' });
    return { names, header: t('chart.item') };
  }
  if (props.label === undefined) throw editorError('pair-label-missing', propAt(at, component, 'label'), {});
  const column = requireColumn(at, component, 'label', props.label, dataset, 'label');
  return { names: pairs.map(([row]) => displayLabel(row[column.name], column, context)), header: column.label };
}
