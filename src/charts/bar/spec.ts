import * as Plot from '@observablehq/plot';
import { tickFormatter } from '../../format/number.ts';
import { t } from '../../i18n/index.ts';
import { annotationMarks, annotationValues, halo, type Annotation } from '../common/annotations.ts';
import type { ChartLayout } from '../common/layout.ts';
import { textWidth, wrapText } from '../common/text-width.ts';

/** One bar: a labelled value, already formatted for display. */
export interface BarDatum {
  label: string;
  /** null where the source gives no figure: drawn as a note, never dropped. */
  value: number | null;
  /** The value as text, with unit and qualifier: 3962万平方米, 4000余个. */
  text: string;
  highlight: boolean;
}

export type BarSort = 'descending' | 'ascending' | 'none';

/** Orders bars for reading: largest first by default; bars without a value go last. */
export function sortBars(data: readonly BarDatum[], sort: BarSort): BarDatum[] {
  if (sort === 'none') return [...data];
  const sign = sort === 'descending' ? -1 : 1;
  return [...data].sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return sign * (a.value - b.value);
  });
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
  const { width, fontSize } = layout;
  const lineHeight = fontSize * 1.25;
  const maxLabelWidth = Math.round(width * 0.4);
  const lines = new Map(data.map((d) => [d.label, wrapText(d.label, maxLabelWidth, fontSize)]));
  const longestLine = Math.max(...[...lines.values()].flat().map((line) => textWidth(line, fontSize)));
  const mostLines = Math.max(...[...lines.values()].map((l) => l.length));
  const noValue = t('chart.noValue');
  const annotations = options.annotations ?? [];
  const valueTexts = data.map((d) => (d.value === null ? noValue : d.text));
  const marginLeft = Math.ceil(longestLine) + 10;
  const marginRight = Math.ceil(Math.max(...valueTexts.map((text) => textWidth(text, fontSize)))) + 12;
  const rowHeight = Math.max(fontSize * 2.4, mostLines * lineHeight + fontSize);
  // Reference lines write their label above the plot.
  const marginTop = annotations.some((a) => a.y === undefined) ? Math.ceil(layout.fontSize * 1.6) : 4;
  const marginBottom = Math.ceil(fontSize * 2);
  const values = [...data.flatMap((d) => (d.value === null ? [] : [d.value])), ...annotationValues(annotations, 'x'), ...(options.domain ?? [])];
  const plotted = data.filter((d) => d.value !== null);
  const missing = data.filter((d) => d.value === null);
  const plotWidth = width - marginLeft - marginRight;
  // Labels of negative bars stand left of the bar's end, inside the plot: widen the domain to make room.
  const negativeRoom = Math.max(0, ...plotted.filter((d) => d.value! < 0).map((d) => textWidth(d.text, fontSize) + 8));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const domain: [number, number] = [negativeRoom > 0 ? (min - (negativeRoom * max) / plotWidth) / (1 - negativeRoom / plotWidth) : min, max];

  return {
    width,
    height: Math.round(marginTop + marginBottom + rowHeight * data.length),
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px` },
    x: { domain, nice: true, label: null, ticks: Math.max(2, Math.floor(plotWidth / 90)), tickFormat: tickFormatter(Math.max(...domain.map(Math.abs))) },
    y: {
      domain: data.map((d) => d.label),
      label: null,
      tickSize: 0,
      tickPadding: 8,
      padding: 0.25,
      tickFormat: (label: string) => lines.get(label)!.join('\n'),
    },
    marks: [
      Plot.gridX({ stroke: 'var(--chart-grid)', strokeOpacity: 1, ticks: Math.max(2, Math.floor(plotWidth / 90)) }),
      ...annotationMarks(annotations, layout, { xFraction: (v) => (Number(v) - domain[0]) / (domain[1] - domain[0] || 1) }),
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
  };
}
