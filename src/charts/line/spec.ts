import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import { formatNumber, formatValue, tickFormatter } from '../../format/number.ts';
import { t } from '../../i18n/index.ts';
import type { Qualifier } from '../../schemas/dataset-meta.ts';
import { annotationMarks, type Annotation, type Coordinate } from '../common/annotations.ts';
import type { ChartLayout } from '../common/layout.ts';
import { parseDay, seasonAxisHeight, seasonAxisMarks, seasonDomain, seasonOf, seasonPosition, seasonStartYear } from '../common/season-axis.ts';
import { textWidth, wrapText } from '../common/text-width.ts';
import { timeTicks, yearTicks } from '../common/time-axis.ts';

/** What the x axis shows: calendar dates, whole years, or dates laid over one heating season (Oct → Apr). */
export type LineAxis = 'time' | 'year' | 'season';

/** One point of a line, already formatted for display. */
export interface LinePoint {
  /** The line it belongs to; '' when the chart has a single line. */
  series: string;
  /** A date (YYYY-MM-DD) on a time or season axis, a year on a year axis. */
  x: string | number;
  /** The time as readers see it: 2025年11月15日, 2022年. */
  xText: string;
  /** null where the source gives no figure: a gap in the line, never a zero. */
  value: number | null;
  /** The value with unit and qualifier (约31微克/立方米), or 报道未给出. */
  text: string;
  /** The figure's qualifier (约, 余, 以内…): it bounds a change computed from it. */
  qualifier: Qualifier | null;
}

export interface LineOptions {
  axis: LineAxis;
  annotations?: readonly Annotation[];
  /**
   * Fixed domains, shared by the panels of small multiples: `x` in years on a year axis, else in epoch
   * milliseconds of UTC midnights (of the canonical season, 2003-07 to 2004-06, on a season axis); `y` in values.
   */
  domain?: { x?: [number, number]; y?: [number, number] };
  /** Series names at the lines' ends (the default), or left to the figure's legend when they do not fit. */
  labels?: 'direct' | 'legend';
}

/** How each line looks: a series colour and a marker shape, so lines read apart without colour too. */
export interface SeriesStyle {
  color: string;
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'star';
  /** The legend's name for the shape (src/charts/figure.ts LegendItem). */
  shape: 'dot';
}

const symbols = ['circle', 'square', 'triangle', 'diamond', 'star'] as const;

export function seriesStyle(index: number): SeriesStyle {
  return { color: `var(--chart-series-${(index % 5) + 1})`, symbol: symbols[index % symbols.length]!, shape: 'dot' };
}

/** Series names in the order they first appear (the CSV's order). */
export function seriesNames(points: readonly LinePoint[]): string[] {
  return [...new Set(points.map((p) => p.series))];
}

/** Points in reading order: line by line, each from left to right. */
export function sortPoints(points: readonly LinePoint[], axis: LineAxis): LinePoint[] {
  const order = seriesNames(points);
  const key = (p: LinePoint) => (axis === 'season' ? seasonPosition(String(p.x)).getTime() : axis === 'time' ? parseDay(String(p.x)).getTime() : Number(p.x));
  return [...points].sort((a, b) => order.indexOf(a.series) - order.indexOf(b.series) || key(a) - key(b));
}

/** A point's x as the scale takes it. */
function position(x: Coordinate, axis: LineAxis): Date | number {
  if (axis === 'year') return Number(x);
  if (typeof x === 'number') return new Date(x);
  return axis === 'season' ? seasonPosition(x) : parseDay(x);
}

const lineHeightOf = (fontSize: number) => fontSize * 1.35;
/** Space between the plot's right edge and a direct label. */
const labelGap = 8;
const directLabelWidth = (layout: ChartLayout) => Math.round(layout.width * 0.26);

/** Series names wrapped for a direct label, at most this many lines each. */
function labelLines(name: string, layout: ChartLayout): string[] {
  return wrapText(name, directLabelWidth(layout), layout.fontSize);
}

interface Frame {
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  y: d3.ScaleLinear<number, number>;
  yTicks: number[];
  yFormat: (value: number) => string;
  xDomain: [Date, Date] | [number, number];
}

/** Sizes and scales of one drawing, computed here (not by Plot) so labels can be placed in pixels. */
function frame(points: readonly LinePoint[], layout: ChartLayout, options: LineOptions, rightLabels: string[][]): Frame {
  const { fontSize, name } = layout;
  const annotations = options.annotations ?? [];
  const height = name === 'compact' ? 240 : 320;
  const marginTop = annotations.some((a) => a.x !== undefined && a.y === undefined) ? Math.ceil(fontSize * 1.8) : Math.ceil(fontSize);
  const marginBottom = options.axis === 'season' ? seasonAxisHeight(fontSize) : Math.ceil(fontSize * (options.axis === 'time' ? 3.8 : 2.4));

  const values = [
    ...points.flatMap((p) => (p.value === null ? [] : [p.value])),
    ...annotations.flatMap((a) => (typeof a.y === 'number' ? [a.y] : [])),
    ...(options.domain?.y ?? []),
  ];
  let [low, high] = values.length ? (d3.extent(values) as [number, number]) : [0, 1];
  // A line need not start at zero, but when the values sit near it the axis includes it, so that small
  // differences far from zero are not blown up into slopes.
  if (low > 0 && low <= high / 2) low = 0;
  if (high < 0 && high >= low / 2) high = 0;
  if (low === high) [low, high] = low === 0 ? [0, 1] : [Math.min(0, low * 0.9, low * 1.1), Math.max(0, high * 0.9, high * 1.1)];
  const plotHeight = height - marginTop - marginBottom;
  const y = d3.scaleLinear().domain(options.domain?.y ?? [low, high]).range([height - marginBottom, marginTop]);
  if (!options.domain?.y) y.nice(Math.max(3, Math.floor(plotHeight / 50)));
  const yTicks = y.ticks(Math.max(3, Math.floor(plotHeight / 50)));
  const yFormat = tickFormatter(Math.max(...y.domain().map(Math.abs)));
  const marginLeft = Math.ceil(Math.max(...yTicks.map((v) => textWidth(yFormat(v), fontSize)))) + 10;

  const xs = [
    ...points.map((p) => position(p.x, options.axis)),
    ...annotations.flatMap((a) => (a.x === undefined ? [] : [position(a.x, options.axis)])),
  ];
  let xDomain: [Date, Date] | [number, number];
  if (options.axis === 'year') {
    const years = xs.map(Number);
    const [a, b] = (options.domain?.x ?? d3.extent(years)) as [number, number];
    xDomain = a === b ? [a - 1, b + 1] : [a, b];
  } else if (options.axis === 'season') {
    xDomain = options.domain?.x ? [new Date(options.domain.x[0]), new Date(options.domain.x[1])] : seasonDomain(xs as Date[]);
  } else {
    const [a, b] = (options.domain?.x ?? d3.extent(xs.map(Number))) as [number, number];
    xDomain = a === b ? [new Date(a - 15 * 86_400_000), new Date(b + 15 * 86_400_000)] : [new Date(a), new Date(b)];
  }

  // Room on the right for the direct labels, or for half of the last tick label.
  const labelWidth = Math.max(0, ...rightLabels.flat().map((line) => textWidth(line, fontSize)));
  const marginRight = Math.ceil(rightLabels.length ? labelWidth + labelGap + 4 : fontSize * 2.2);
  return { height, marginTop, marginBottom, marginLeft, marginRight, y, yTicks, yFormat, xDomain };
}

interface DirectLabel {
  series: string;
  /** The line's last point with a value: where the name belongs. */
  last: LinePoint;
  lines: string[];
  /** Vertical centre, px. */
  py: number;
}

/**
 * Series names at the right of the plot, each at the height of its line's last value, pushed apart so that
 * no two overlap. null when they cannot all fit in the plot's height.
 */
function placeDirectLabels(points: readonly LinePoint[], layout: ChartLayout, f: Frame): DirectLabel[] | null {
  const names = seriesNames(points);
  const lineHeight = lineHeightOf(layout.fontSize);
  const labels = names.flatMap((series) => {
    const last = points.filter((p) => p.series === series && p.value !== null).at(-1);
    if (!last) return [];
    return [{ series, last, lines: labelLines(series, layout), py: f.y(last.value!) }];
  });
  labels.sort((a, b) => a.py - b.py);
  const half = (l: DirectLabel) => (l.lines.length * lineHeight) / 2;
  const top = f.marginTop;
  const bottom = f.height - f.marginBottom;
  if (labels.reduce((sum, l) => sum + 2 * half(l) + 2, 0) > bottom - top + lineHeight) return null;
  // Push down from the top, then back up from the bottom: the classic one-dimensional dodge.
  for (let i = 0; i < labels.length; i++) {
    const min = i === 0 ? top - lineHeight / 2 + half(labels[i]!) : labels[i - 1]!.py + half(labels[i - 1]!) + half(labels[i]!) + 2;
    labels[i]!.py = Math.max(labels[i]!.py, min);
  }
  for (let i = labels.length - 1; i >= 0; i--) {
    const max = i === labels.length - 1 ? bottom + lineHeight / 2 - half(labels[i]!) : labels[i + 1]!.py - half(labels[i + 1]!) - half(labels[i]!) - 2;
    labels[i]!.py = Math.min(labels[i]!.py, max);
  }
  return labels;
}

/** Whether the series names fit at the lines' ends in this layout (two lines each at most, none overlapping). */
export function directLabelsFit(points: readonly LinePoint[], layout: ChartLayout, options: LineOptions): boolean {
  const names = seriesNames(points);
  if (names.length < 2 && names[0] === '') return true;
  const lines = names.map((name) => labelLines(name, layout));
  if (lines.some((l) => l.length > 2)) return false;
  return placeDirectLabels(points, layout, frame(points, layout, options, lines)) !== null;
}

/**
 * Lines over time as Plot options for one layout: one line per series, with a dot on every point (each dot
 * carries the point's tooltip), a gap where a value is missing and a cross on the axis saying so. Series differ
 * by colour and by marker shape, and are named at their ends when there is room.
 */
export function lineSpec(data: readonly LinePoint[], layout: ChartLayout, options: LineOptions): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const points = sortPoints(data, options.axis);
  const names = seriesNames(points);
  const several = names.length > 1 || names[0] !== '';
  const direct = several && (options.labels ?? 'direct') === 'direct';
  const f = frame(points, layout, options, direct ? names.map((n) => labelLines(n, layout)) : []);
  const plotWidth = width - f.marginLeft - f.marginRight;
  const styleOf = (series: string) => seriesStyle(names.indexOf(series));
  const x = (p: LinePoint) => position(p.x, options.axis);
  const bottomValue = f.y.domain()[0]!;
  const labelOf = (p: LinePoint) => (p.series ? `${p.series}，${p.xText}` : p.xText);

  // Points at the ends of a time or year axis stand a little inside it, so their dots and the first and last
  // tick labels stay clear of the y labels and of the direct labels.
  const inset = options.axis === 'season' ? 0 : Math.ceil(fontSize * 1.5);
  const xScale: Plot.ScaleOptions = { type: options.axis === 'year' ? 'linear' : 'utc', domain: f.xDomain, label: null, axis: null, insetLeft: inset, insetRight: inset };
  const axisMarks: Plot.Markish[] = [];
  if (options.axis === 'season') {
    const seasons = [...new Set(points.map((p) => seasonOf(String(p.x))))];
    const first = seasonStartYear(String(points[0]!.x));
    axisMarks.push(...seasonAxisMarks(f.xDomain as [Date, Date], layout, plotWidth - 2 * inset, { years: seasons.length === 1 ? [first, first + 1] : undefined }));
  } else {
    const { ticks, format } =
      options.axis === 'time'
        ? timeTicks(f.xDomain as [Date, Date], plotWidth - 2 * inset, fontSize)
        : { ticks: yearTicks(f.xDomain as [number, number], plotWidth - 2 * inset, fontSize), format: (v: number) => String(v) };
    axisMarks.push(Plot.axisX(ticks, { tickFormat: format as (v: unknown) => string, tickSize: 4, tickPadding: 4, lineHeight: 1.3, stroke: 'var(--chart-axis)' }));
  }

  const labels = direct ? placeDirectLabels(points, layout, f) ?? [] : [];
  const lineHeight = lineHeightOf(fontSize);
  const xEnd = f.xDomain[1];
  const labelTexts = labels.flatMap((l) =>
    l.lines.map((line, i) => ({ text: line, y: f.y.invert(l.py + (i - (l.lines.length - 1) / 2) * lineHeight) })),
  );
  // A name pushed away from its line's end, or a line that ends early, gets a thin leader to its last point.
  const leaders = labels
    .filter((l) => Math.abs(l.py - f.y(l.last.value!)) > 2 || +x(l.last) !== +xEnd)
    .map((l) => ({ x1: x(l.last), y1: l.last.value!, y2: f.y.invert(l.py) }));
  return {
    width,
    height: f.height,
    marginTop: f.marginTop,
    marginBottom: f.marginBottom,
    marginLeft: f.marginLeft,
    marginRight: f.marginRight,
    style: { fontSize: `${fontSize}px` },
    x: xScale,
    y: { domain: f.y.domain(), nice: false, label: null, axis: null },
    marks: [
      Plot.gridY(f.yTicks, { stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
      Plot.axisY(f.yTicks, { tickFormat: f.yFormat, tickSize: 0, tickPadding: 6 }),
      ...(f.y.domain()[0]! < 0 && f.y.domain()[1]! > 0 ? [Plot.ruleY([0], { stroke: 'var(--chart-axis)' })] : []),
      ...axisMarks,
      Plot.line(points, {
        x,
        y: (p: LinePoint) => p.value,
        z: 'series',
        stroke: (p: LinePoint) => styleOf(p.series).color,
        strokeWidth: 2,
        ariaHidden: 'true',
      }),
      // Every point, in reading order; a missing value is a cross on the axis, not a point at zero.
      Plot.dot(points, {
        x,
        y: (p: LinePoint) => (p.value === null ? bottomValue : p.value),
        symbol: (p: LinePoint) => (p.value === null ? 'times' : styleOf(p.series).symbol),
        fill: (p: LinePoint) => (p.value === null ? 'none' : styleOf(p.series).color),
        stroke: (p: LinePoint) => styleOf(p.series).color,
        strokeWidth: 1.5,
        r: 4,
        title: (p: LinePoint) => `${labelOf(p)}\n${p.value === null ? t('chart.noValue') : p.text}`,
      }),
      Plot.link(leaders, { x1: 'x1', y1: 'y1', x2: () => xEnd, y2: 'y2', stroke: 'var(--chart-muted)', strokeWidth: 1, strokeDasharray: '2 2', ariaHidden: 'true' }),
      Plot.text(labelTexts, { x: () => xEnd, y: 'y', text: 'text', fill: 'var(--chart-text)', textAnchor: 'start', dx: labelGap, ariaHidden: 'true' }),
      ...annotationMarks(options.annotations ?? [], layout, { x: (v) => position(v, options.axis) }),
    ],
  };
}
