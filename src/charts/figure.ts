import type { ChartLayout } from './layout.ts';

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
  drawings: { layout: ChartLayout; svg: string }[];
  table: { columns: string[]; rows: string[][] };
  dataset: { id: string; title: string };
  sources: { id: string; label: string }[];
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
