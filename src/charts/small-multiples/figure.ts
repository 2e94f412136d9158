import type { Dataset } from '../../data/dataset.ts';
import { pageTemplate } from '../../errors/where.ts';
import type { ChartType } from '../chart-type.ts';
import type { SiteContent } from '../../data/site.ts';
import { figureId } from '../../format/element-id.ts';
import type { FigureModel, FigureOptions } from '../model.ts';
import { displayLabel } from '../common/props.ts';
import { editorError } from '../../errors/messages.ts';
import { parseList, parseSourceLocation, propAt, propValue, requireColumn, requireDataset } from '../../data/props.ts';
import { simpleTable } from '../common/table.ts';
import { smallMultiplesSummary } from './summary.ts';

/** Props of `<SmallMultiples>`: the chart's own props, plus which chart and which column splits the panels. */
export interface SmallMultiplesProps {
  /** The chart type to repeat, by its component name. */
  chart: string;
  /** Column whose values split the rows into panels (a place, a year, a scope). */
  by: string;
  dataset: string;
  title?: string;
  caption?: string;
  __source?: string;
  [prop: string]: unknown;
}

const component = 'SmallMultiples';
const maxPanels = 12;

/** One small chart per group of rows, every panel on the same value axis so their sizes compare. */
export function smallMultiplesFigure(
  props: SmallMultiplesProps,
  context: SiteContent,
  fallbackFile = pageTemplate,
  panelTypes: readonly ChartType[] = [],
): FigureModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const kind = panelTypes.find((type) => type.component === props.chart);
  if (!kind || kind.view !== 'figure') {
    throw editorError('multiples-chart-unknown', propAt(at, component, 'chart'), { found: propValue(props.chart), charts: panelTypes.map((type) => type.component) });
  }
  const dataset = requireDataset(at, component, props.dataset, context.datasets);
  const byColumn = requireColumn(at, component, 'by', props.by, dataset, 'label');

  const groups = new Map<string, Dataset['rows']>();
  for (const row of dataset.rows) {
    const key = displayLabel(row[byColumn.name], byColumn, context);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  if (groups.size < 2) throw editorError('multiples-one-group', propAt(at, component, 'by'), { found: propValue(props.by), group: [...groups.keys()].join(''), chart: props.chart });
  if (groups.size > maxPanels) throw editorError('multiples-too-many-groups', propAt(at, component, 'by'), { found: propValue(props.by), max: maxPanels, groups: groups.size });

  const { chart: _chart, by: _by, ...chartProps } = props;
  const id = figureId('multiples', [props.dataset, props.chart, props.by, at.line ?? 0]);
  const title = props.title ?? dataset.meta.title;
  const options: FigureOptions = { domain: sharedDomain(kind, chartProps, dataset), compactOnly: true };

  const panels = [...groups].map(([group, rows]) => {
    const subset: Dataset = { ...dataset, rows };
    const subContext: SiteContent = { ...context, datasets: new Map(context.datasets).set(dataset.id, subset) };
    const figure = kind.build({ ...chartProps, title: `${title}：${group}`, caption: undefined }, subContext, fallbackFile, options) as FigureModel;
    return { group, figure };
  });
  const first = panels[0]!.figure;
  return {
    id,
    kind: `multiples ${first.kind}`,
    title,
    caption: props.caption,
    unit: [...new Set(panels.flatMap(({ figure }) => (figure.unit ? figure.unit.split('、') : [])))].join('、') || undefined,
    summary: smallMultiplesSummary(panels),
    panels: panels.map(({ group, figure }) => ({ title: group, specs: figure.panels[0]!.specs })),
    legend: first.legend,
    seriesBy: first.seriesBy,
    table: simpleTable(
      [byColumn.label, ...first.table.columns.map((column) => column.label)],
      panels.flatMap(({ group, figure }) => figure.table.rows.map((row) => [{ text: group, value: group }, ...row])),
      [false, ...first.table.columns.map((column) => column.numeric)],
    ),
    dataset: first.dataset,
    sources: first.sources,
  };
}

/** One value axis for every panel: from the smallest value (or 0) to the largest, over all rows. */
function sharedDomain(kind: ChartType, props: Record<string, unknown>, dataset: Dataset): [number, number] {
  const { valueProps, extent } = kind.panel!;
  const columns = valueProps.flatMap((prop) => parseList(props[prop]));
  const values = extent
    ? extent(props, dataset.rows)
    : dataset.rows.flatMap((row) => columns.flatMap((column) => (typeof row[column] === 'number' ? [row[column] as number] : [])));
  return [Math.min(0, ...values), Math.max(0, ...values)];
}
