import type * as Plot from '@observablehq/plot';
import type { Dataset } from '../data/dataset.ts';
import { datasetSources, type SiteContent } from '../data/site.ts';
import { figureId } from '../format/element-id.ts';
import { layouts, type ChartLayout } from './common/layout.ts';
import type { TableModel } from './common/table.ts';

/** What to draw at one layout: plain Plot options, no DOM. src/charts/draw.ts turns it into SVG. */
export interface PlotSpec {
  layout: ChartLayout;
  plot: Plot.PlotOptions;
}

/** A chart, or one panel of small multiples: its specs (one per layout) and, for a panel, its heading. */
export interface Panel {
  title?: string;
  specs: PlotSpec[];
}

/**
 * Everything a chart's <figure> shows, as data: the specs for each layout, the words around them and the data
 * as a table. No SVG: `draw()` (src/charts/draw.ts) draws it, for a page, a share card or an embed alike;
 * src/components/charts/ChartFigure.astro renders the result; nothing in it needs a script.
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

/** Every layout's spec of one chart, or only the compact one (a panel of small multiples). */
export function specsAt(spec: (layout: ChartLayout) => Plot.PlotOptions, only?: ChartLayout['name']): PlotSpec[] {
  return layouts.filter((layout) => !only || layout.name === only).map((layout) => ({ layout, plot: spec(layout) }));
}

/** How small multiples ask a chart type for one panel (src/charts/small-multiples.ts). */
export interface FigureOptions {
  /** Value-axis domain shared by every panel. */
  domain?: [number, number];
  /** Draw only the compact layout: panels sit side by side, each in a narrow column. */
  compactOnly?: boolean;
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
  /** The spec at one layout; it is asked for every layout the figure is drawn at. */
  spec: (layout: ChartLayout) => Plot.PlotOptions;
  legend?: LegendItem[];
  seriesBy?: 'fill' | 'stroke';
  table: FigureModel['table'];
  options?: FigureOptions;
}

/** The common frame of every chart type: id, title, drawings, sources. */
export function buildFigure(parts: FigureParts, context: SiteContent): FigureModel {
  const id = figureId(parts.kind, parts.idParts);
  return {
    id,
    kind: parts.kind,
    title: parts.title ?? parts.dataset.meta.title,
    caption: parts.caption,
    unit: parts.unit,
    summary: parts.summary,
    panels: [{ specs: specsAt(parts.spec, parts.options?.compactOnly ? 'compact' : undefined) }],
    legend: parts.legend,
    seriesBy: parts.seriesBy,
    table: parts.table,
    dataset: { id: parts.dataset.id, title: parts.dataset.meta.title },
    sources: datasetSources(parts.dataset, context),
  };
}
