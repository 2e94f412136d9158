import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import { formatMonthDay } from '../../format/date.ts';
import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import { annotationMarks, type Annotation, type Coordinate } from '../common/annotations.ts';
import type { ChartLayout } from '../common/layout.ts';
import { seasonAxisHeight, seasonAxisMarks, seasonDomain, seasonPosition, seasonPositionEnd } from '../common/season-axis.ts';
import { textWidth, wrapText } from '../common/text-width.ts';

/** One place's heating period in one season, already checked (src/charts/season-calendar-chart.ts). */
export interface CalendarRow {
  label: string;
  /** The season its dates fall in (2025-2026); null when the report gives no date. */
  season: string | null;
  /** First heating day, YYYY-MM-DD; null when unknown. */
  start: string | null;
  /** true when `start` was worked out here from `end` and `days`, not read from the report. */
  startComputed: boolean;
  /** Last heating day (heating stops at its 24:00), YYYY-MM-DD; null when unknown. */
  end: string | null;
  /** Days of heating, both ends counted; null when neither given nor computable. */
  days: number | null;
  /** `days` as text with unit and qualifier: 183天, 约180天. */
  daysText: string | null;
  /** true when `days` was counted here from `start` and `end`. */
  daysComputed: boolean;
}

export interface CalendarOptions {
  annotations?: readonly Annotation[];
  /** Fixed axis domain in epoch milliseconds of the canonical season (2003-07 to 2004-06), for small multiples. */
  domain?: [number, number];
}

/** How a row is drawn: a span, a start or end alone (a point), or a note when there is no date. */
export type CalendarShape = 'span' | 'start' | 'end' | 'none';

export function calendarShape(row: CalendarRow): CalendarShape {
  if (row.start && row.end) return 'span';
  if (row.start) return 'start';
  if (row.end) return 'end';
  return 'none';
}

/** The dates of a row as a label says them: 10月15日（推算）—4月15日, 9月28日起, 至4月15日, 报道未给出日期. */
export function datesText(row: CalendarRow): string {
  const start = row.start ? `${formatMonthDay(row.start)}${row.startComputed ? t('calendar.computed') : ''}` : '';
  switch (calendarShape(row)) {
    case 'span':
      return fill(t('calendar.span'), { start, end: formatMonthDay(row.end!) });
    case 'start':
      return fill(t('calendar.from'), { start });
    case 'end':
      return fill(t('calendar.until'), { end: formatMonthDay(row.end!) });
    case 'none':
      return t('chart.noDate');
  }
}

/** A row's tooltip: name (and season), then dates and days. */
export function rowTitle(row: CalendarRow): string {
  const name = row.season ? `${row.label}，${row.season}${t('chart.season')}` : row.label;
  return `${name}\n${[datesText(row), row.daysText].filter(Boolean).join('，')}`;
}

/** Parts of a date label, packed greedily into lines no wider than `maxWidth` (a part is never split). */
function packParts(parts: readonly string[], maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const joined = lines.length ? `${lines.at(-1)}　${part}` : part;
    if (lines.length && textWidth(joined, fontSize) <= maxWidth) lines[lines.length - 1] = joined;
    else lines.push(...(textWidth(part, fontSize) <= maxWidth ? [part] : wrapText(part, maxWidth, fontSize)));
  }
  return lines;
}

interface Placed {
  row: CalendarRow;
  shape: CalendarShape;
  /** Row label lines, left of the plot. */
  labelLines: string[];
  /** Date label lines, under the bar or marker. */
  dateLines: string[];
  /** Top of the band, the bar's vertical centre, px. */
  top: number;
  barY: number;
  /** Left edge of the date label, px. */
  textX: number;
}

/**
 * Heating periods of several places as spans on the season axis (October → April across the year end): one
 * row per place and season, a bar from the first to the last heating day (inclusive), a diamond where only a
 * start or an end is known, and under each its dates and days, kept inside the plot so nothing is clipped.
 */
export function seasonCalendarSpec(rows: readonly CalendarRow[], layout: ChartLayout, options: CalendarOptions = {}): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const lineHeight = Math.round(fontSize * 1.3);
  const barHeight = Math.round(fontSize * 0.9);
  const annotations = options.annotations ?? [];
  const seasons = new Set(rows.flatMap((r) => (r.season ? [r.season] : [])));
  const labelLinesOf = (row: CalendarRow) => [...wrapText(row.label, Math.round(width * 0.3), fontSize), ...(seasons.size > 1 && row.season ? [row.season] : [])];
  const allLabelLines = rows.map(labelLinesOf);
  const marginLeft = Math.ceil(Math.max(...allLabelLines.flat().map((line) => textWidth(line, fontSize)))) + 12;
  const marginRight = Math.ceil(fontSize * 0.8);
  const marginTop = annotations.some((a) => a.y === undefined) ? Math.ceil(fontSize * 1.8) : Math.ceil(fontSize * 0.5);
  const marginBottom = seasonAxisHeight(fontSize);

  const instants = [
    ...rows.flatMap((r) => [...(r.start ? [seasonPosition(r.start)] : []), ...(r.end ? [seasonPositionEnd(r.end)] : [])]),
    ...annotations.flatMap((a) => (typeof a.x === 'string' ? [seasonPosition(a.x), seasonPositionEnd(a.x)] : [])),
  ];
  const domain: [Date, Date] = options.domain ? [new Date(options.domain[0]), new Date(options.domain[1])] : seasonDomain(instants);
  const x = d3.scaleUtc().domain(domain).range([marginLeft, width - marginRight]);
  const plotLeft = marginLeft;
  const plotRight = width - marginRight;
  const plotWidth = plotRight - plotLeft;

  let cursor = marginTop;
  const placed: Placed[] = rows.map((row, index) => {
    const shape = calendarShape(row);
    const dateLines = packParts([datesText(row), ...(row.daysText ? [row.daysText] : [])], plotWidth, fontSize);
    const widest = Math.max(...dateLines.map((line) => textWidth(line, fontSize)));
    const anchor = shape === 'none' ? plotLeft : shape === 'end' ? x(seasonPosition(row.end!)) - widest / 2 : x(seasonPosition(row.start!));
    // Under the bar from its start, shifted left as far as needed to end inside the plot.
    const textX = Math.max(plotLeft, Math.min(anchor, plotRight - widest));
    const top = cursor + Math.round(fontSize * 0.5);
    const labelLines = allLabelLines[index]!;
    const barY = top + barHeight / 2;
    const bandHeight = Math.max(labelLines.length * lineHeight, barHeight + 4 + dateLines.length * lineHeight) + Math.round(fontSize * 0.8);
    cursor += bandHeight;
    return { row, shape, labelLines, dateLines, top, barY, textX };
  });
  const height = Math.ceil(cursor + marginBottom + fontSize * 0.3);
  const rowCentre = new Map(placed.map((p) => [p.row.label, p.barY]));

  const notes = placed.filter((p) => p.shape === 'none');
  const textStyle = { fill: 'var(--chart-text)', lineAnchor: 'top', lineHeight: lineHeight / fontSize, ariaHidden: 'true' } as const;
  // Date labels may cross the year-end line and month lines: a halo in the page colour keeps them legible.
  const halo = { stroke: 'var(--bg)', strokeWidth: 4, paintOrder: 'stroke' } as const;
  return {
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    style: { fontSize: `${fontSize}px` },
    x: { type: 'utc', domain, axis: null, label: null },
    y: { type: 'identity', axis: null },
    marks: [
      ...seasonAxisMarks(domain, layout, plotWidth, seasons.size === 1 ? { years: [...seasons][0]!.split('-').map(Number) as [number, number] } : {}),
      Plot.text(placed, { frameAnchor: 'left', y: (p: Placed) => p.top - (lineHeight - barHeight) / 2, text: (p: Placed) => p.labelLines.join('\n'), textAnchor: 'end', dx: -10, ...textStyle }),
      // One mark per row, in row order, so the tooltips (and the enhancer's arrow keys) go down the rows.
      ...placed.flatMap((p) => rowMarks(p, barHeight)),
      Plot.text(
        placed.filter((p) => p.shape !== 'none'),
        { x: (p: Placed) => x.invert(p.textX), y: (p: Placed) => p.barY + barHeight / 2 + 4, text: (p: Placed) => p.dateLines.join('\n'), textAnchor: 'start', ...textStyle, ...halo },
      ),
      Plot.text(
        notes.filter((p) => p.row.daysText),
        // Below the note, which is a whole line tall (a bar is thinner): clear of its glyphs.
        { frameAnchor: 'left', y: (p: Placed) => p.barY + lineHeight / 2 + 4, text: (p: Placed) => p.row.daysText!, textAnchor: 'start', ...textStyle, ...halo },
      ),
      ...annotationMarks(annotations, layout, {
        x: (v: Coordinate) => (typeof v === 'string' ? seasonPosition(v) : new Date(v)),
        y: (v: Coordinate) => rowCentre.get(String(v)),
      }),
    ],
  };
}

/**
 * The marks of one row, the first of them carrying the row's tooltip: the dates the report gives as a solid
 * bar; a start worked out from end and days as a hollow, dashed bar with a diamond at the reported end, so the
 * computed part reads as computed without colour; a diamond where only a start or an end is known; the words
 * 报道未给出日期 where there is no date.
 */
function rowMarks(p: Placed, barHeight: number): Plot.Markish[] {
  const title = () => rowTitle(p.row);
  const datum = [p];
  const bar = { x1: () => seasonPosition(p.row.start!), x2: () => seasonPositionEnd(p.row.end!), y1: p.barY - barHeight / 2, y2: p.barY + barHeight / 2, title };
  const diamond = (at: Date, r: number, titled: boolean) =>
    Plot.dot(datum, { x: () => at, y: p.barY, symbol: 'diamond', r, fill: 'var(--chart-bar)', stroke: 'var(--chart-bar)', ...(titled ? { title } : { ariaHidden: 'true' }) });
  switch (p.shape) {
    case 'span':
      return p.row.startComputed
        ? [Plot.rect(datum, { ...bar, fill: 'var(--chart-track)', stroke: 'var(--chart-bar)', strokeWidth: 1.5, strokeDasharray: '4 2' }), diamond(seasonPositionEnd(p.row.end!), 5, false)]
        : [Plot.rect(datum, { ...bar, fill: 'var(--chart-bar)' })];
    case 'start':
      return [diamond(seasonPosition(p.row.start!), 6, true)];
    case 'end':
      return [diamond(seasonPositionEnd(p.row.end!), 6, true)];
    case 'none':
      return [Plot.text(datum, { frameAnchor: 'left', y: p.barY, text: () => t('chart.noDate'), textAnchor: 'start', lineAnchor: 'middle', fill: 'var(--chart-muted)', fontStyle: 'italic', title })];
  }
}
