import type * as Plot from '@observablehq/plot';
import { pageTemplate } from '../../errors/where.ts';
import { numericText, qualifierOf, unitOf } from '../../data/cell-text.ts';
import type { Dataset, Row } from '../../data/dataset.ts';
import { formatValue } from '../../format/number.ts';
import { t } from '../../i18n/index.ts';
import type { ColumnMeta } from '../../schemas/dataset-meta.ts';
import { parseAnnotations, type Annotation } from '../common/annotations.ts';
import type { CommonChartProps } from '../bar/figure.ts';
import { requireCategoryNotes } from '../common/category-annotations.ts';
import type { SiteContent } from '../../data/site.ts';
import { buildFigure, type FigureModel, type FigureOptions } from '../model.ts';
import { groupedBarSpec, sortGroups, type BarGroup, type BarPart, type GroupSort } from './spec.ts';
import type { ChartLayout } from '../common/layout.ts';
import { displayLabel, requireDistinct, requireLabels, requireCommonUnit } from '../common/props.ts';
import { editorError } from '../../errors/messages.ts';
import { parseList, parseSourceLocation, propAt, propValue, requireChoice, requireColumn, requireColumns, requireDataset, type SourceLocation } from '../../data/props.ts';
import { stackedBarSpec, type StackedGroup } from './stacked-spec.ts';
import { groupedBarSummary, stackedBarSummary } from './summary.ts';
import { simpleTable, type TableCell } from '../common/table.ts';

/** Props of `<GroupedBarChart>` as an editor writes them in MDX. See docs/CHARTS.md. */
export interface GroupedBarChartProps extends CommonChartProps {
  /** Column naming each category (text or place); may be left out of a long table to stack all its rows. */
  label?: string;
  /** Wide table: the numeric columns, one series each, separated by 、. */
  values?: string;
  /** Long table: the text column naming each row's series… */
  series?: string;
  /** …and the numeric column with its value. */
  value?: string;
  /** grouped (default): a bar per series; stacked: the series end to end. */
  mode?: GroupedMode;
  /** descending (default), ascending or none, by the first series (grouped) or the total (stacked). */
  sort?: GroupSort;
  /** Categories to emphasise, by name as shown; several separated by 、. */
  highlight?: string;
}

export type GroupedMode = 'grouped' | 'stacked';

const component = 'GroupedBarChart';
const modes: readonly GroupedMode[] = ['grouped', 'stacked'];
const sorts: readonly GroupSort[] = ['descending', 'ascending', 'none'];
/** --chart-series-1…5 in charts.css: beyond five, colours would repeat. */
const maxSeries = 5;

/** One cell as a part of a group. */
function part(series: string, index: number, row: Row | undefined, column: ColumnMeta): BarPart {
  const value = (row?.[column.name] ?? null) as number | null;
  const unit = row ? unitOf(row, column) : '';
  return {
    series,
    color: `var(--chart-series-${index + 1})`,
    value,
    text: (row && numericText(row, column)) ?? t('chart.noValue'),
    short: value === null ? undefined : formatValue(value, unit === '%' ? '%' : '', qualifierOf(row!, column)),
  };
}

interface Checked {
  dataset: Dataset;
  groups: BarGroup[];
  series: string[];
  labelHeader: string;
  /** A long table stacked whole (no label column): its table lists the series down, under this header. */
  seriesHeader?: string;
  /** Each group's qualifiers: a total of approximate parts is approximate. */
  qualified: boolean[];
  unit: string;
  idParts: unknown[];
}

/** A wide table: a row per category, a column per series. */
function wideGroups(at: SourceLocation, props: GroupedBarChartProps, context: SiteContent): Checked {
  const dataset = requireDataset(at, component, props.dataset, context.datasets);
  const labelColumn = requireColumn(at, component, 'label', props.label, dataset, 'label');
  const columns = requireColumns(at, component, 'values', props.values, dataset, 'numeric', 1);
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated) throw editorError('prop-list-repeated', propAt(at, component, 'values'), { found: propValue(props.values), repeated: repeated.name, what: 'column' });
  if (columns.length > maxSeries) throw editorError('series-too-many', propAt(at, component, 'values'), { found: propValue(props.values), max: maxSeries });
  const labels = dataset.rows.map((row) => displayLabel(row[labelColumn.name], labelColumn, context));
  requireDistinct(at, component, 'label', props.label, labels);
  const unit = requireCommonUnit(at, component, 'values', columns.flatMap((c) => dataset.rows.filter((r) => r[c.name] != null).map((r) => ({ name: c.name, unit: unitOf(r, c) }))));
  return {
    dataset,
    groups: dataset.rows.map((row, index) => ({ label: labels[index]!, highlight: false, parts: columns.map((c, i) => part(c.label, i, row, c)) })),
    series: columns.map((c) => c.label),
    labelHeader: labelColumn.label,
    qualified: dataset.rows.map((row) => columns.some((c) => row[c.name] != null && qualifierOf(row, c) !== null)),
    unit,
    idParts: [props.label, props.values],
  };
}

/** A long table: a row per category and series; a pair the table lacks is shown as not given. */
function longGroups(at: SourceLocation, props: GroupedBarChartProps, context: SiteContent): Checked {
  const dataset = requireDataset(at, component, props.dataset, context.datasets);
  const seriesColumn = requireColumn(at, component, 'series', props.series, dataset, 'label');
  const valueColumn = requireColumn(at, component, 'value', props.value, dataset, 'numeric');
  const labelColumn = props.label === undefined ? null : requireColumn(at, component, 'label', props.label, dataset, 'label');
  const seriesOf = (row: Row) => displayLabel(row[seriesColumn.name], seriesColumn, context);
  const labelOf = (row: Row) => (labelColumn ? displayLabel(row[labelColumn.name], labelColumn, context) : valueColumn.label);
  const series = [...new Set(dataset.rows.map(seriesOf))];
  if (series.length > maxSeries) throw editorError('series-too-many', propAt(at, component, 'series'), { found: propValue(props.series), max: maxSeries, series });
  const keys = dataset.rows.map((row) => `${labelOf(row)}·${seriesOf(row)}`);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate !== undefined) {
    const prop = labelColumn ? 'label' : 'series';
    throw editorError('grouped-bar-row-repeated', propAt(at, component, prop), { found: propValue(props[prop]), duplicate, label: labelColumn !== null });
  }
  const labels = [...new Set(dataset.rows.map(labelOf))];
  const unit = requireCommonUnit(at, component, 'value', dataset.rows.filter((r) => r[valueColumn.name] != null).map((r) => ({ name: `${labelOf(r)}·${seriesOf(r)}`, unit: unitOf(r, valueColumn) })));
  const find = (label: string, name: string) => dataset.rows.find((row) => labelOf(row) === label && seriesOf(row) === name);
  return {
    dataset,
    groups: labels.map((label) => ({ label, highlight: false, parts: series.map((name, i) => part(name, i, find(label, name), valueColumn)) })),
    series,
    labelHeader: labelColumn?.label ?? valueColumn.label,
    seriesHeader: labelColumn ? undefined : seriesColumn.label,
    qualified: labels.map((label) => series.some((name) => { const row = find(label, name); return row !== undefined && row[valueColumn.name] != null && qualifierOf(row, valueColumn) !== null; })),
    unit,
    idParts: [props.label, props.series, props.value],
  };
}

/** Checked props → categories, series and unit; every editor mistake is a build error here. */
export function groupedBarData(props: GroupedBarChartProps, context: SiteContent, at: SourceLocation) {
  if (props.values !== undefined && (props.series !== undefined || props.value !== undefined)) {
    throw editorError('grouped-bar-both-forms', propAt(at, component, props.series !== undefined ? 'series' : 'value'), { found: propValue(props.series ?? props.value) });
  }
  if (props.values === undefined && props.series === undefined) throw editorError('grouped-bar-no-form', propAt(at, component, 'values'), {});
  const checked = props.values !== undefined ? wideGroups(at, props, context) : longGroups(at, props, context);
  const mode = requireChoice(at, component, 'mode', props.mode, modes, 'grouped');
  const sort = requireChoice(at, component, 'sort', props.sort, sorts, 'descending');
  const highlights = requireLabels(at, component, 'highlight', props.highlight, checked.groups.map((g) => g.label));
  if (mode === 'stacked') {
    const negative = checked.groups.flatMap((g) => g.parts.filter((p) => p.value !== null && p.value < 0).map((p) => ({ part: `${g.label}·${p.series}`, text: p.text })));
    if (negative.length > 0) throw editorError('stack-part-negative', propAt(at, component, 'mode'), { found: 'stacked', ...negative[0]! });
  }
  const totals: StackedGroup[] = checked.groups.map((group, index) => {
    const known = group.parts.filter((p) => p.value !== null);
    const sum = known.reduce((total, p) => total + p.value!, 0);
    const total = known.length === 0 ? null : { value: sum, text: formatValue(sum, checked.unit, checked.qualified[index] ? 'approx' : null) };
    return { ...group, highlight: highlights.includes(group.label), total };
  });
  const by = mode === 'stacked' ? (g: StackedGroup) => g.total?.value ?? null : (g: StackedGroup) => g.parts[0]?.value ?? null;
  return { ...checked, mode, groups: sortGroups(totals, sort, by) };
}

/**
 * One drawing of grouped or stacked bars from checked groups (a subset, for a panel of small multiples), with
 * an optional domain shared by all panels.
 */
export function groupedBarPanel(groups: readonly StackedGroup[], layout: ChartLayout, mode: GroupedMode, domain?: [number, number], annotations?: readonly Annotation[]): Plot.PlotOptions {
  return mode === 'stacked' ? stackedBarSpec(groups, layout, { domain, annotations }) : groupedBarSpec(groups, layout, { domain, annotations });
}

/**
 * The values a value axis must reach, for small multiples sharing one: the figures themselves, or for stacked
 * bars each category's total (long tables summed by label over all rows given, which may overshoot a panel's).
 */
export function groupedBarExtent(props: Record<string, unknown>, rows: readonly Row[]): number[] {
  const columns = props.values !== undefined ? parseList(props.values) : [String(props.value)];
  const numbers = (row: Row) => columns.flatMap((column) => (typeof row[column] === 'number' ? [row[column] as number] : []));
  if (props.mode !== 'stacked') return rows.flatMap(numbers);
  if (props.values !== undefined) return rows.map((row) => numbers(row).reduce((sum, value) => sum + value, 0));
  const totals = new Map<string, number>();
  for (const row of rows) {
    const key = props.label === undefined ? '' : String(row[String(props.label)]);
    totals.set(key, (totals.get(key) ?? 0) + numbers(row).reduce((sum, value) => sum + value, 0));
  }
  return [...totals.values()];
}

/** Props → checked columns → groups → figure. */
export function groupedBarFigure(props: GroupedBarChartProps, context: SiteContent, fallbackFile = pageTemplate, options: FigureOptions = {}): FigureModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const { dataset, groups, series, labelHeader, seriesHeader, unit, mode, idParts } = groupedBarData(props, context, at);
  const annotations = parseAnnotations(at, component, props.annotations, context);
  requireCategoryNotes(at, component, annotations, groups.map((g) => g.label));
  const stacked = mode === 'stacked';
  const cell = (p: BarPart): TableCell => ({ text: p.text, value: p.value });
  const total = (g: StackedGroup): TableCell => ({ text: g.total?.text ?? t('chart.noValue'), value: g.total?.value ?? null });
  const table =
    seriesHeader !== undefined
      ? simpleTable([seriesHeader, labelHeader], [...groups[0]!.parts.map((p) => [p.series, cell(p)]), ...(stacked ? [[t('chart.total'), total(groups[0]!)]] : [])], [false, true])
      : simpleTable(
          [labelHeader, ...series, ...(stacked ? [t('chart.total')] : [])],
          groups.map((g) => [g.label, ...g.parts.map(cell), ...(stacked ? [total(g)] : [])]),
          [false, ...series.map(() => true), ...(stacked ? [true] : [])],
        );
  return buildFigure(
    {
      kind: 'grouped-bar',
      idParts: [props.dataset, ...idParts, mode, at.line ?? 0],
      dataset,
      title: props.title,
      caption: props.caption,
      unit: unit || undefined,
      summary: stacked ? stackedBarSummary(groups) : groupedBarSummary(groups),
      spec: (layout) => groupedBarPanel(groups, layout, mode, options.domain, annotations),
      legend: series.map((label, index) => ({ label, color: `var(--chart-series-${index + 1})`, shape: 'bar' })),
      seriesBy: 'fill',
      table,
      options,
    },
    context,
  );
}
