import type { Dataset, Row } from '../../data/dataset.ts';
import { unitOf } from '../../data/cell-text.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import type { SiteContent } from '../../data/site.ts';
import { editorError } from '../../errors/messages.ts';
import { parseList, propAt, propValue, type SourceLocation } from '../../data/props.ts';

/**
 * Numbers drawn on one axis must share a unit: 元 beside % on one scale would mislead. `entries` names each
 * number's source (a column or a row) with its unit; returns the one unit ('' when the numbers have none).
 */
export function requireCommonUnit(at: SourceLocation, component: string, prop: string, entries: readonly { name: string; unit: string }[]): string {
  const byUnit = new Map<string, string>();
  for (const { name, unit } of entries) if (!byUnit.has(unit)) byUnit.set(unit, name);
  if (byUnit.size > 1) throw editorError('prop-units-differ', propAt(at, component, prop), { units: [...byUnit].map(([unit, name]) => ({ name, unit })) });
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
  if (duplicate !== undefined) throw editorError('prop-label-not-distinct', propAt(at, component, prop), { found: propValue(value), duplicate });
}

/** Names the editor picked out (highlight="包头、朔州"), each checked against the labels on the chart. */
export function requireLabels(at: SourceLocation, component: string, prop: string, value: unknown, labels: readonly string[]): string[] {
  const picked = parseList(value);
  for (const label of picked) {
    if (!labels.includes(label)) throw editorError('prop-labels-unknown', propAt(at, component, prop), { found: label, labels });
  }
  return picked;
}

/** A column every row must fill: a chart cannot place a row without it (a line's time, a span's label). */
export function requireFilled(at: SourceLocation, component: string, prop: string, column: ColumnMeta, dataset: Dataset): void {
  const keyColumn = dataset.meta.columns[0]!;
  const index = dataset.rows.findIndex((row) => row[column.name] === null || row[column.name] === undefined);
  if (index >= 0) {
    const key = keyColumn.name === column.name ? undefined : { column: keyColumn.name, value: String(dataset.rows[index]![keyColumn.name]) };
    throw editorError('prop-column-not-filled', propAt(at, component, prop), { found: column.name, row: index + 1, key, csv: dataset.files.csv ?? dataset.files.meta });
  }
}

/** The one unit of a numeric column across all rows: values in different units cannot share an axis. */
export function requireOneUnit(at: SourceLocation, component: string, prop: string, column: ColumnMeta, dataset: Dataset): string {
  const units = [...new Set(dataset.rows.filter((row) => row[column.name] !== null).map((row) => unitOf(row, column)))];
  if (units.length > 1) throw editorError('prop-column-units-differ', propAt(at, component, prop), { found: column.name, units });
  return units[0] ?? unitOf(dataset.rows[0] ?? {}, column);
}
