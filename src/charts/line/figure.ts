import { numericText, qualifierOf } from '../../data/cell-text.ts';
import { pageTemplate } from '../../errors/where.ts';
import { formatDay, formatYear } from '../../format/date.ts';
import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import { parseAnnotations, type Annotation } from '../common/annotations.ts';
import type { CommonChartProps } from '../bar/figure.ts';
import type { SiteContent } from '../../data/site.ts';
import { buildFigure, type FigureModel, type FigureOptions } from '../model.ts';
import { layouts } from '../common/layout.ts';
import { directLabelsFit, lineSpec, seriesNames, seriesStyle, sortPoints, type LineAxis, type LinePoint } from './spec.ts';
import { lineSummary } from './summary.ts';
import { displayLabel, requireFilled, requireOneUnit } from '../common/props.ts';
import { editorError } from '../../errors/messages.ts';
import { parseSourceLocation, propAt, propValue, requireChoice, requireColumn, requireDataset, type SourceLocation } from '../../data/props.ts';
import { seasonOf } from '../common/season-axis.ts';
import { simpleTable } from '../common/table.ts';

/** Props of `<LineChart>` as an editor writes them in MDX. See docs/CHARTS.md. */
export interface LineChartProps extends CommonChartProps {
  /** Date column (YYYY-MM-DD) or integer year column: the time of each point. */
  x: string;
  /** Numeric column: the value of each point. */
  y: string;
  /** Text or place column naming the line each row belongs to; one line when absent. */
  series?: string;
  /** time (default): dates on a calendar axis; season: dates laid over one heating season, one line per season. */
  axis?: 'time' | 'season';
}

const axes = ['time', 'season'] as const;
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Annotations must be placed in the chart's own coordinates: dates or years across, values up. */
function checkAnnotations(at: SourceLocation, annotations: readonly Annotation[], axis: LineAxis): void {
  annotations.forEach((a, index) => {
    if (a.x !== undefined) {
      const x = propAt(at, 'LineChart', `annotations[${index}].x`);
      if (axis === 'year' && !(typeof a.x === 'number' && Number.isInteger(a.x))) throw editorError('annotation-off-axis', x, { found: propValue(a.x), axis: 'year' });
      if (axis !== 'year' && !isDay(a.x)) throw editorError('annotation-off-axis', x, { found: propValue(a.x), axis: 'day' });
    }
    if (a.y !== undefined && typeof a.y !== 'number') {
      throw editorError('annotation-off-axis', propAt(at, 'LineChart', `annotations[${index}].y`), { found: propValue(a.y), axis: 'value' });
    }
  });
}

/** Props → checked columns → points → figure. Every editor mistake becomes a build error here. */
export function lineFigure(props: LineChartProps, context: SiteContent, fallbackFile = pageTemplate, options: FigureOptions = {}): FigureModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const dataset = requireDataset(at, 'LineChart', props.dataset, context.datasets);
  const xColumn = requireColumn(at, 'LineChart', 'x', props.x, dataset, 'time');
  const yColumn = requireColumn(at, 'LineChart', 'y', props.y, dataset, 'numeric');
  const seriesColumn = props.series === undefined ? undefined : requireColumn(at, 'LineChart', 'series', props.series, dataset, 'label');
  const axisChoice = requireChoice(at, 'LineChart', 'axis', props.axis, axes, 'time');
  if (axisChoice === 'season' && xColumn.type !== 'date') {
    throw editorError('line-season-axis-not-date', propAt(at, 'LineChart', 'axis'), { found: propValue(props.axis), column: xColumn.name, type: xColumn.type });
  }
  requireFilled(at, 'LineChart', 'x', xColumn, dataset);
  if (seriesColumn) requireFilled(at, 'LineChart', 'series', seriesColumn, dataset);
  const unit = requireOneUnit(at, 'LineChart', 'y', yColumn, dataset);
  const axis: LineAxis = xColumn.type === 'integer' ? 'year' : axisChoice;
  const annotations = parseAnnotations(at, 'LineChart', props.annotations, context);
  checkAnnotations(at, annotations, axis);

  const points: LinePoint[] = dataset.rows.map((row) => {
    const x = row[xColumn.name] as string | number;
    const name = seriesColumn ? displayLabel(row[seriesColumn.name], seriesColumn, context) : '';
    // On the season axis every season is its own line (within each series, when there are several).
    const season = axis === 'season' ? seasonOf(String(x)) : '';
    return {
      series: [name, season].filter(Boolean).join(' '),
      x,
      xText: axis === 'year' ? formatYear(Number(x)) : formatDay(String(x)),
      value: (row[yColumn.name] ?? null) as number | null,
      text: numericText(row, yColumn) ?? t('chart.noValue'),
      qualifier: qualifierOf(row, yColumn),
    };
  });
  const seen = new Set<string>();
  for (const p of points) {
    const key = `${p.series}\u0000${p.x}`;
    if (seen.has(key)) {
      throw editorError('line-time-repeated', propAt(at, 'LineChart', 'x'), { found: propValue(props.x), time: p.xText, series: p.series || undefined });
    }
    seen.add(key);
  }

  const ordered = sortPoints(points, axis);
  const names = seriesNames(ordered);
  const several = names.length > 1 || names[0] !== '';
  const labels = layouts.every((layout) => directLabelsFit(ordered, layout, { axis, annotations })) ? 'direct' : 'legend';
  const seriesHeader = seriesColumn ? (axis === 'season' ? fill(t('table.seriesSeason'), { series: seriesColumn.label }) : seriesColumn.label) : t('chart.season');
  const xHeader = xColumn.label;
  return buildFigure(
    {
      kind: 'line',
      idParts: [props.dataset, props.x, props.y, props.series ?? '', axis, at.line ?? 0],
      dataset,
      title: props.title,
      caption: props.caption,
      unit: unit || undefined,
      summary: lineSummary(ordered, { axis, measure: yColumn.label, unit }),
      spec: (layout) => lineSpec(ordered, layout, { axis, annotations, labels, domain: options.domain ? { y: options.domain } : undefined }),
      legend: several && labels === 'legend' ? names.map((label, index) => ({ label, color: seriesStyle(index).color, shape: 'dot', symbol: seriesStyle(index).symbol })) : undefined,
      seriesBy: several ? 'stroke' : undefined,
      table: several
        ? simpleTable([seriesHeader, xHeader, yColumn.label], ordered.map((p) => [p.series, { text: p.xText, value: p.x }, { text: p.text, value: p.value }]), [false, false, true])
        : simpleTable([xHeader, yColumn.label], ordered.map((p) => [{ text: p.xText, value: p.x }, { text: p.text, value: p.value }]), [false, true]),
      options,
    },
    context,
  );
}
