import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/index.ts';
import { annotationValues, halo, type Annotation } from '../common/annotations.ts';
import type { ChartLayout } from '../common/layout.ts';
import { sortBy, type Sort } from '../common/sort.ts';
import { barDomain, rowLayout, rowPlot } from '../common/rows.ts';

/** One bar: a labelled value, already formatted for display. */
export interface BarDatum {
  label: string;
  /** null where the source gives no figure: drawn as a note, never dropped. */
  value: number | null;
  /** The value as text, with unit and qualifier: 3962万平方米, 4000余个. */
  text: string;
  highlight: boolean;
}

export type BarSort = Sort;

/** Orders bars for reading: largest first by default; bars without a value go last. */
export function sortBars(data: readonly BarDatum[], sort: BarSort): BarDatum[] {
  return sortBy(data, sort, (d) => d.value);
}

/**
 * Ranked horizontal bars with direct value labels, as Plot options for one layout. Margins are computed
 * from CJK-aware text widths, so long Chinese place and company names wrap instead of being clipped.
 */
export interface BarOptions {
  annotations?: readonly Annotation[];
  /** Fixed value domain, shared by the panels of small multiples. */
  domain?: [number, number];
}

export function barSpec(data: readonly BarDatum[], layout: ChartLayout, options: BarOptions = {}): Plot.PlotOptions {
  const { fontSize } = layout;
  const noValue = t('chart.noValue');
  const rows = rowLayout(data.map((d) => d.label), layout, data.map((d) => (d.value === null ? noValue : d.text)), { annotations: options.annotations });
  const mostLines = Math.max(...data.map((d) => rows.lines(d.label).length));
  const rowHeight = Math.max(fontSize * 2.4, mostLines * rows.lineHeight + fontSize);
  const values = [...data.flatMap((d) => (d.value === null ? [] : [d.value])), ...annotationValues(rows.annotations, 'x'), ...(options.domain ?? [])];
  const plotted = data.filter((d) => d.value !== null);
  const missing = data.filter((d) => d.value === null);
  const domain = barDomain(rows, Math.min(0, ...values), Math.max(0, ...values), plotted.filter((d) => d.value! < 0).map((d) => d.text));

  return rowPlot(rows, {
    height: rows.height(rows.marginTop + rowHeight * data.length),
    x: { domain, nice: true },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0, tickPadding: 8, padding: 0.25, tickFormat: rows.text },
    marks: [
      Plot.barX(plotted, {
        x: 'value',
        y: 'label',
        fill: (d: BarDatum) => (d.highlight ? 'var(--chart-accent)' : 'var(--chart-bar)'),
        title: (d: BarDatum) => `${d.label}\n${d.text}`,
      }),
      // Value labels at the bar's end: right of it, or left of it for a negative value.
      Plot.text(plotted.filter((d) => d.value! >= 0), { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: 4, fill: 'var(--chart-text)', ariaHidden: 'true', ...halo }),
      Plot.text(plotted.filter((d) => d.value! < 0), { x: 'value', y: 'label', text: 'text', textAnchor: 'end', dx: -4, fill: 'var(--chart-text)', ariaHidden: 'true', ...halo }),
      Plot.text(missing, { x: 0, y: 'label', text: () => noValue, textAnchor: 'start', dx: 4, fill: 'var(--chart-muted)', fontStyle: 'italic' }),
      Plot.ruleX([0], { stroke: 'var(--chart-axis)' }),
    ],
  });
}
