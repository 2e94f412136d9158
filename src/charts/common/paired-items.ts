import { numericText, qualifierOf, unitOf } from '../../data/cell-text.ts';
import type { Dataset, Row } from '../../data/dataset.ts';
import type { Qualifier } from '../../schemas/dataset-meta.ts';
import type { SiteContent } from '../../data/site.ts';
import { displayLabel, requireDistinct, requireCommonUnit } from './props.ts';
import { editorError } from '../../errors/messages.ts';
import { propAt, propValue, requireColumn, requireDataset, type SourceLocation } from '../../data/props.ts';
import { pairNames, requireRowPairs } from './row-pairs.ts';

/** One of an item's two figures: its value, its text (3400余户, 50摄氏度以内) and how exact it is. */
export interface PairedFigure {
  value: number;
  text: string;
  qualifier: Qualifier | null;
}

/** An item with two figures (planned and done, before and after). */
export interface PairedItem {
  label: string;
  /** null where the report gives no figure. */
  first: PairedFigure | null;
  second: PairedFigure | null;
}

/** The props a two-figure chart shares; `first` and `second` are its own names for them (planned, done). */
export interface PairedProps {
  dataset: unknown;
  label?: unknown;
  value?: unknown;
  key?: unknown;
  labels?: unknown;
}

export interface PairedItems {
  dataset: Dataset;
  items: PairedItem[];
  /** Header of the name column in the data table. */
  header: string;
  /** The unit both figures share, '' when they have none. */
  unit: string;
  /** Legend words when the editor gives none: the columns' labels (wide table), or null (long table). */
  columnLabels: [string, string] | null;
}

/**
 * Items with two figures each, from a wide table (a row per item, a column per figure: `first`/`second` name
 * columns) or a long table (a row per figure, with `value`: `first`/`second` name rows by key). Checks every
 * prop involved; the two figures of every item must share one unit.
 */
export function requirePairedItems(
  at: SourceLocation,
  component: string,
  props: PairedProps,
  first: { prop: string; value: unknown },
  second: { prop: string; value: unknown },
  context: SiteContent,
): PairedItems {
  const dataset = requireDataset(at, component, props.dataset, context.datasets);
  let cells: { label: string; first: Cell; second: Cell }[];
  let header: string;
  let columnLabels: [string, string] | null = null;
  if (props.value === undefined) {
    for (const prop of ['labels', 'key'] as const) {
      if (props[prop] !== undefined) throw editorError('pair-long-only-prop', propAt(at, component, prop), { found: propValue(props[prop]), prop });
    }
    const labelColumn = requireColumn(at, component, 'label', props.label, dataset, 'label');
    const a = requireColumn(at, component, first.prop, first.value, dataset, 'numeric');
    const b = requireColumn(at, component, second.prop, second.value, dataset, 'numeric');
    cells = dataset.rows.map((row) => ({ label: displayLabel(row[labelColumn.name], labelColumn, context), first: [row, a, a.name], second: [row, b, b.name] }));
    requireDistinct(at, component, 'label', props.label, cells.map((c) => c.label));
    header = labelColumn.label;
    columnLabels = [a.label, b.label];
  } else {
    const value = requireColumn(at, component, 'value', props.value, dataset, 'numeric');
    const { pairs, keyColumn } = requireRowPairs(at, component, first, second, props.key, dataset);
    const names = pairNames(at, component, props, pairs, dataset, context);
    const key = (row: Row) => String(row[keyColumn.name]);
    cells = pairs.map(([a, b], index) => ({ label: names.names[index]!, first: [a, value, key(a)], second: [b, value, key(b)] }));
    if (props.labels === undefined) requireDistinct(at, component, 'label', props.label, cells.map((c) => c.label));
    header = names.header;
  }
  const present = cells.flatMap((c) => [c.first, c.second]).filter(([row, column]) => row[column.name] != null);
  const unit = requireCommonUnit(at, component, props.value === undefined ? second.prop : 'value', present.map(([row, column, name]) => ({ name, unit: unitOf(row, column) })));
  const items = cells.map((c) => ({ label: c.label, first: figure(c.first), second: figure(c.second) }));
  return { dataset, items, header, unit, columnLabels };
}

/** Where one figure is: its row and column, and what to call it in a message (the column or the row key). */
type Cell = [row: Row, column: Dataset['meta']['columns'][number], name: string];

function figure([row, column]: Cell): PairedFigure | null {
  const value = row[column.name];
  return value === null || value === undefined ? null : { value: value as number, text: numericText(row, column)!, qualifier: qualifierOf(row, column) };
}
