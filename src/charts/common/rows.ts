import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { tickFormatter } from '../../format/number.ts';
import { annotationMarks, halo, type Annotation } from './annotations.ts';
import type { ChartLayout } from './layout.ts';
import { textWidth, wrapText } from './text-width.ts';

/**
 * The frame of the charts whose rows are categories (bars, grouped and stacked bars, progress, dumbbells): a
 * value axis across, a row per name down. Names wrap and margins are sized from CJK-aware text widths
 * (text-width.ts), so long Chinese place and company names wrap instead of being clipped.
 */
export interface RowLayoutOptions {
  /** Reference lines write their label above the plot: the top margin makes room for it. */
  annotations?: readonly Annotation[];
  /**
   * Where the names stand: `left` (default), in a column left of the plot, wrapped to 40% of the drawing, the
   * widest line setting the left margin; `above`, on lines of their own over their rows, wrapped to the
   * drawing's width less 4px, the plot starting `marginLeft` in.
   */
  names?: 'left' | 'above';
  /** How wide a name may run before it wraps, where the default for its place does not suit. */
  wrapWidth?: number;
  /** The left margin, when the names stand above their rows: default 8. */
  marginLeft?: number;
  /**
   * A value domain known before the margins (already niced): its last tick stands on the plot's right edge, so
   * the right margin holds half that tick's label, and at least `rightRoom`. Without it, the right margin
   * holds the widest of the value texts, written after the bars' ends, and 12px more.
   */
  domain?: [number, number];
  rightRoom?: number;
}

export interface RowLayout {
  layout: ChartLayout;
  annotations: readonly Annotation[];
  names: 'left' | 'above';
  /** Of a line of text, px: every text mark of a row chart sets lineHeight 1.25 (em). */
  lineHeight: number;
  /** A name's lines, wrapped to fit. */
  lines: (label: string) => string[];
  /** A name as drawn, its lines joined: a band axis's tick format, or a text mark's text. */
  text: (label: string) => string;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  plotWidth: number;
  /** How many value ticks fit across the plot. */
  ticks: number;
  /** The drawing's height, given where the rows end (px from the top, before the bottom margin). */
  height: (bottom: number) => number;
}

/** Names wrapped, margins and plot width for one layout; `valueTexts` are what stands after the bars' ends. */
export function rowLayout(labels: readonly string[], layout: ChartLayout, valueTexts: readonly string[], options: RowLayoutOptions = {}): RowLayout {
  const { width, fontSize } = layout;
  const annotations = options.annotations ?? [];
  const names = options.names ?? 'left';
  const wrapWidth = options.wrapWidth ?? (names === 'left' ? Math.round(width * 0.4) : width - 4);
  const wrapped = new Map(labels.map((label) => [label, wrapText(label, wrapWidth, fontSize)]));
  const lines = (label: string) => wrapped.get(label)!;
  const marginLeft = names === 'left' ? Math.ceil(Math.max(...[...wrapped.values()].flat().map((line) => textWidth(line, fontSize)))) + 10 : (options.marginLeft ?? 8);
  const marginRight = options.domain
    ? Math.ceil(Math.max(options.rightRoom ?? 0, textWidth(valueTickFormat(options.domain)(options.domain[1]), fontSize) / 2 + 4))
    : Math.ceil(Math.max(0, ...valueTexts.map((text) => textWidth(text, fontSize)))) + 12;
  const marginBottom = Math.ceil(fontSize * 2);
  const plotWidth = width - marginLeft - marginRight;
  return {
    layout,
    annotations,
    names,
    lineHeight: fontSize * 1.25,
    lines,
    text: (label) => lines(label).join('\n'),
    // Reference lines write their label above the plot.
    marginTop: annotations.some((a) => a.y === undefined) ? Math.ceil(fontSize * 1.6) : 4,
    marginRight,
    marginBottom,
    marginLeft,
    plotWidth,
    ticks: Math.max(2, Math.floor(plotWidth / 90)),
    height: (bottom) => Math.round(bottom + marginBottom),
  };
}

/** Value-axis labels for a domain: as many decimals as its largest end needs. */
export function valueTickFormat(domain: readonly [number, number]): (value: number) => string {
  return tickFormatter(Math.max(...domain.map(Math.abs)));
}

/** A domain widened to round ticks at both ends. */
export function niceDomain(min: number, max: number): [number, number] {
  return scaleLinear().domain([min, max]).nice().domain() as [number, number];
}

/**
 * A bar chart's domain from `min` to `max`, widened leftwards where bars are negative: their values stand
 * left of the bars' ends, inside the plot, so the domain makes room for the widest of `negativeTexts`.
 */
export function barDomain(rows: RowLayout, min: number, max: number, negativeTexts: readonly string[]): [number, number] {
  const room = Math.max(0, ...negativeTexts.map((text) => textWidth(text, rows.layout.fontSize) + 8));
  return [room > 0 ? (min - (room * max) / rows.plotWidth) / (1 - room / rows.plotWidth) : min, max];
}

export interface RowPlot {
  height: number;
  /** The value axis across: a domain, niced by Plot (bars) or already (niceDomain). */
  x: { domain: [number, number]; nice: boolean };
  y: Plot.ScaleOptions;
  r?: Plot.ScaleOptions;
  /** Where each name's row is centred, for notes placed on a row; a band y scale places them itself. */
  centres?: ReadonlyMap<string, number>;
  /** The chart's own marks, drawn over the grid and the annotations. */
  marks: Plot.Markish[];
}

/** Plot options for a row chart: its size and margins, the value axis, and the grid and annotations under its marks. */
export function rowPlot(rows: RowLayout, plot: RowPlot): Plot.PlotOptions {
  const { layout, ticks } = rows;
  const { centres } = plot;
  const { domain, nice } = plot.x;
  return {
    width: layout.width,
    height: plot.height,
    marginLeft: rows.marginLeft,
    marginRight: rows.marginRight,
    marginTop: rows.marginTop,
    marginBottom: rows.marginBottom,
    style: { fontSize: `${layout.fontSize}px` },
    x: { domain, nice, label: null, ticks, tickFormat: valueTickFormat(domain) },
    y: plot.y,
    ...(plot.r ? { r: plot.r } : {}),
    marks: [
      Plot.gridX({ stroke: 'var(--chart-grid)', strokeOpacity: 1, ticks }),
      ...annotationMarks(rows.annotations, layout, {
        y: centres && ((name) => centres.get(String(name))),
        xFraction: (v) => (Number(v) - domain[0]) / (domain[1] - domain[0] || 1),
      }),
      ...plot.marks,
    ],
  };
}

/**
 * Each row's name, the highlighted ones bold in the accent colour (two marks, plain first). Above their rows
 * the names start at the drawing's edge and run over the grid, so they keep a halo; in the column left of
 * the plot they end 8px before it.
 */
export function nameMarks(rows: RowLayout, names: readonly { label: string; highlight: boolean; y: number }[]): Plot.Markish[] {
  const place =
    rows.names === 'above'
      ? ({ dx: -rows.marginLeft, textAnchor: 'start', lineAnchor: 'top', ...halo } as const)
      : ({ dx: -8, textAnchor: 'end' } as const);
  return [false, true].map((highlight) =>
    Plot.text(names.filter((n) => n.highlight === highlight), {
      frameAnchor: 'left', y: 'y', text: (n: { label: string }) => rows.text(n.label), ariaHidden: 'true', lineHeight: 1.25, ...place,
      fill: highlight ? 'var(--chart-accent)' : 'var(--chart-text)', fontWeight: highlight ? 'bold' : 'normal',
    }),
  );
}
