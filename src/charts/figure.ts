import type * as Plot from '@observablehq/plot';
import type { Dataset } from '../data/dataset.ts';
import { datasetSources, type ChartContext } from './context.ts';
import { layouts, type ChartLayout } from './layout.ts';
import { renderSvg } from './render.ts';
import type { TableModel } from './table.ts';

/** One drawing of a chart at one layout: CSS shows the one that fits its column. */
export interface Drawing {
  layout: ChartLayout;
  svg: string;
}

/** A chart, or one panel of small multiples: its drawings and, for a panel, its heading. */
export interface Panel {
  title?: string;
  drawings: Drawing[];
}

/**
 * Everything a chart's <figure> shows, computed at build time: the SVG for each layout, the words around it
 * and the data as a table. src/components/charts/ChartFigure.astro renders it; nothing in it needs a script.
 */
export interface FigureModel {
  /** Stable id on the page, for aria references. */
  id: string;
  /** Chart type, e.g. "bar". */
  kind: string;
  title: string;
  caption?: string;
  /** Unit of the values, spelled out. */
  unit?: string;
  /** The chart in words, generated from the data. */
  summary: string;
  /** One panel for a single chart; one per group for small multiples. */
  panels: Panel[];
  /** Series shown by colour, for the legend (in drawing order). Marks also differ by shape or position. */
  legend?: LegendItem[];
  /**
   * Which attribute of a mark tells its series (fill or stroke), for the enhancer's hover highlight; absent
   * when the chart has a single series.
   */
  seriesBy?: 'fill' | 'stroke';
  table: TableModel;
  dataset: { id: string; title: string };
  sources: { id: string; label: string }[];
}

export interface LegendItem {
  label: string;
  /** CSS colour, usually a custom property: var(--chart-series-1). */
  color: string;
  /** How the mark looks besides its colour, so the legend matches without colour: bar, dot, ring, line. */
  shape: 'bar' | 'dot' | 'ring' | 'line' | 'track';
  /** The marker's shape where series differ by it (line charts): the key draws the same shape. */
  symbol?: 'circle' | 'square' | 'triangle' | 'diamond' | 'star';
}

/** A short stable id: figures with the same props on the same page would share it, so the location is mixed in. */
export function figureId(kind: string, parts: readonly unknown[]): string {
  let hash = 2166136261;
  for (const char of JSON.stringify(parts)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 16777619);
  }
  return `fig-${kind}-${(hash >>> 0).toString(36)}`;
}

/** Draws one spec at every layout. */
export function drawAll(spec: (layout: ChartLayout) => Plot.PlotOptions, label: string, describedBy: string, only?: ChartLayout['name']): Drawing[] {
  return layouts
    .filter((layout) => !only || layout.name === only)
    .map((layout) => ({ layout, svg: renderSvg(spec(layout), { label, describedBy }) }));
}

/** How small multiples ask a chart type for one panel (src/charts/small-multiples.ts). */
export interface FigureOptions {
  /** Value-axis domain shared by every panel. */
  domain?: [number, number];
  /** Draw only the compact layout: panels sit side by side, each in a narrow column. */
  compactOnly?: boolean;
  /** id of the element describing the drawing in words (the small multiples' summary). */
  describedBy?: string;
}

export interface FigureParts {
  kind: string;
  /** Props that make the figure unique on its page (with its MDX line). */
  idParts: readonly unknown[];
  dataset: Dataset;
  title?: string;
  caption?: string;
  unit?: string;
  summary: string;
  /** Either one spec drawn at every layout, or panels (small multiples). */
  spec?: (layout: ChartLayout) => Plot.PlotOptions;
  panels?: (id: string, title: string) => Panel[];
  legend?: LegendItem[];
  seriesBy?: 'fill' | 'stroke';
  table: FigureModel['table'];
  options?: FigureOptions;
}

/** The common frame of every chart type: id, title, drawings, sources. */
export function buildFigure(parts: FigureParts, context: ChartContext): FigureModel {
  const id = figureId(parts.kind, parts.idParts);
  const title = parts.title ?? parts.dataset.meta.title;
  const describedBy = parts.options?.describedBy ?? `${id}-summary`;
  const only = parts.options?.compactOnly ? 'compact' : undefined;
  const panels = parts.panels ? parts.panels(id, title) : [{ drawings: drawAll(parts.spec!, title, describedBy, only) }];
  return {
    id,
    kind: parts.kind,
    title,
    caption: parts.caption,
    unit: parts.unit,
    summary: parts.summary,
    panels,
    legend: parts.legend,
    seriesBy: parts.seriesBy,
    table: parts.table,
    dataset: { id: parts.dataset.id, title: parts.dataset.meta.title },
    sources: datasetSources(parts.dataset, context),
  };
}
