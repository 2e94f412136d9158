/**
 * Checks of the props an editor writes on a component (<BarChart dataset=… label=…>, <Num>, the calculator):
 * where the component stands, the dataset and columns it names, lists, choices and text. Chart-only checks
 * (labels, units on one axis) are in src/charts/common/props.ts.
 */
import type { Dataset } from './dataset.ts';
import type { EditorLocation } from '../errors/editor-error.ts';
import { editorError } from '../errors/messages.ts';
import type { ColumnKind as KindOfColumn } from '../errors/messages/checks.ts';
import { propWhere } from '../errors/where.ts';
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

/**
 * Where a bad prop stands, for `editorError()`: the component's place in its file, and the prop by name
 * (`<BarChart> 的属性“dataset”`, src/errors/where.ts).
 *
 *   throw editorError('prop-choice-invalid', propAt(at, component, 'sort'), { found: propValue(value), … });
 */
export function propAt(at: SourceLocation, component: string, prop: string): EditorLocation {
  return { ...at, where: propWhere(component, prop) };
}

/** A prop's value as the editor wrote it, for a message's `found`: text as it is, anything else as JSON. */
export function propValue(value: unknown): string | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
}

/** The dataset a component names, or a build error listing the ids that exist. */
export function requireDataset(at: SourceLocation, component: string, id: unknown, datasets: ReadonlyMap<string, Dataset>): Dataset {
  // The ids an editor could have meant, sorted only for the message: every chart and figure of every page asks here.
  const known = () => [...datasets.keys()].sort();
  const where = propAt(at, component, 'dataset');
  if (typeof id !== 'string' || id === '') throw editorError('prop-dataset-missing', where, { found: propValue(id), known: known() });
  const dataset = datasets.get(id);
  if (!dataset) throw editorError('dataset-unknown', where, { found: id, known: known() });
  return dataset;
}

/** What a chart needs of a column (its words are the catalogue's, src/errors/messages/checks.ts). */
export type ColumnKind = Exclude<KindOfColumn, 'shown'>;

const kinds: Record<ColumnKind, readonly ColumnType[]> = {
  numeric: numericColumnTypes,
  label: ['string', 'place', 'source', 'date'],
  date: ['date'],
  time: ['date', 'integer'],
};

/** A column the component names, checked to exist and to have a type the chart can draw. */
export function requireColumn(at: SourceLocation, component: string, prop: string, name: unknown, dataset: Dataset, kind: ColumnKind): ColumnMeta {
  const column = dataset.meta.columns.find((c) => c.name === name);
  const candidates = dataset.meta.columns.filter((c) => kinds[kind].includes(c.type)).map((c) => ({ name: c.name, label: c.label }));
  const where = propAt(at, component, prop);
  if (!column) {
    throw editorError('column-unknown', where, { found: propValue(name), dataset: dataset.id, columns: candidates, wanted: kind, meta: dataset.files.meta });
  }
  if (!kinds[kind].includes(column.type)) {
    throw editorError('column-wrong-type', where, { found: column.name, type: column.type, wanted: kind, alternatives: candidates });
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
    const columns = dataset.meta.columns.filter((c) => kinds[kind].includes(c.type)).map((c) => c.name);
    throw editorError('prop-columns-too-few', propAt(at, component, prop), { found: propValue(value), prop, min, wanted: kind, columns });
  }
  return names.map((name) => requireColumn(at, component, prop, name, dataset, kind));
}

/** Words the editor types for readers to see (a legend entry), or the fallback when absent. */
export function requireText(at: SourceLocation, component: string, prop: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') throw editorError('prop-text-invalid', propAt(at, component, prop), { found: propValue(value), prop, fallback });
  if (/[<>]/.test(value)) throw editorError('prop-text-markup', propAt(at, component, prop), { found: value });
  return value.trim();
}

/** One of a fixed set of values, or the default when absent. */
export function requireChoice<T extends string>(at: SourceLocation, component: string, prop: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) throw editorError('prop-choice-invalid', propAt(at, component, prop), { found: propValue(value), prop, choices, fallback });
  return value as T;
}
