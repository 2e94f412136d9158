import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/index.ts';
import { annotationValues, halo, type Annotation } from '../common/annotations.ts';
import type { ChartLayout } from '../common/layout.ts';
import { sortBy, type Sort } from '../common/sort.ts';
import { barDomain, rowLayout, rowPlot } from '../common/rows.ts';
import { textWidth, wrapText } from '../common/text-width.ts';

/** One bar of a group (grouped) or one segment of a bar (stacked): a series' value, formatted for display. */
export interface BarPart {
  /** Series name as readers see it: the column's label, or the value of the series column. */
  series: string;
  /** CSS colour of the series: var(--chart-series-N). */
  color: string;
  /** null where the source gives no figure: drawn as a note, never dropped. */
  value: number | null;
  /** The value as text, with unit and qualifier: 3.6元/平方米·月, 3400余户. */
  text: string;
  /** A shorter text for tight places (inside a stacked segment): the number and qualifier without the unit. */
  short?: string;
}

/** One category (a city, a plant) with a part per series, in series order. */
export interface BarGroup {
  label: string;
  highlight: boolean;
  parts: BarPart[];
}

export type GroupSort = Sort;

/** Orders groups by a number of each (the first series, or the total); groups without one go last. */
export function sortGroups<G extends BarGroup>(groups: readonly G[], sort: GroupSort, by: (group: G) => number | null): G[] {
  return sortBy(groups, sort, by);
}

export interface GroupedBarOptions {
  annotations?: readonly Annotation[];
  /** Fixed value domain, shared by the panels of small multiples. */
  domain?: [number, number];
}

interface PartRow extends BarPart {
  group: string;
  /** Where the series name stands: beside the bar (its centre) or above it (its top). */
  labelY: number;
  y1: number;
  y2: number;
  y: number;
}

/**
 * Grouped bars for a phone column: each category is a heading across the full width, with one bar per series
 * under it, named on the left and valued at its end, so every bar reads without its colour. Rows are laid out
 * here in pixels (an identity y scale): headings and bars need different heights, which a band scale cannot give.
 */
export function groupedBarSpec(groups: readonly BarGroup[], layout: ChartLayout, options: GroupedBarOptions = {}): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const noValue = t('chart.noValue');
  const parts = groups.flatMap((g) => g.parts);
  // Series names go left of their bars when they are short; on a phone, longer ones go above their bars, so
  // the bars keep the width.
  const longestSeries = Math.max(...parts.map((p) => textWidth(p.series, fontSize)));
  const above = longestSeries > width * 0.3;
  const present = parts.filter((p) => p.value !== null);
  const rows = rowLayout(parts.map((p) => p.series), layout, present.map((p) => p.text), { annotations: options.annotations, ...(above ? { names: 'above', wrapWidth: width - 8 } : {}) });
  const { lineHeight } = rows;
  const barHeight = fontSize * 1.5;

  const headings: { label: string; highlight: boolean; text: string; y: number }[] = [];
  const bars: PartRow[] = [];
  const groupCentres = new Map<string, number>();
  let y = rows.marginTop;
  for (const group of groups) {
    const lines = wrapText(group.label, width - 4, fontSize);
    headings.push({ label: group.label, highlight: group.highlight, text: lines.join('\n'), y: y + fontSize * 0.3 });
    const top = y;
    y += lines.length * lineHeight + fontSize * 0.5;
    for (const part of group.parts) {
      const labelHeight = rows.lines(part.series).length * lineHeight;
      if (above) {
        const centre = y + labelHeight + fontSize * 0.2 + barHeight / 2;
        bars.push({ ...part, group: group.label, labelY: y, y1: centre - barHeight / 2, y2: centre + barHeight / 2, y: centre });
        y = centre + barHeight / 2 + fontSize * 0.5;
      } else {
        const rowHeight = Math.max(barHeight + fontSize * 0.7, labelHeight + fontSize * 0.6);
        const centre = y + rowHeight / 2;
        bars.push({ ...part, group: group.label, labelY: centre, y1: centre - barHeight / 2, y2: centre + barHeight / 2, y: centre });
        y += rowHeight;
      }
    }
    groupCentres.set(group.label, (top + y) / 2);
    y += fontSize * 0.6;
  }

  const plotted = bars.filter((r) => r.value !== null);
  const values = [...plotted.map((r) => r.value!), ...annotationValues(rows.annotations, 'x'), ...(options.domain ?? [])];
  const min = Math.min(0, ...values);
  // With nothing but zeros and gaps there is no extent to show: keep a unit so the axis is not degenerate.
  const max = Math.max(0, ...values) || (min === 0 ? 1 : 0);
  const domain = barDomain(rows, min, max, plotted.filter((r) => r.value! < 0).map((r) => r.text));
  const text = { fill: 'var(--chart-text)', ariaHidden: 'true', lineHeight: 1.25 } as const;

  return rowPlot(rows, {
    height: rows.height(y - fontSize * 0.6),
    x: { domain, nice: true },
    y: { type: 'identity', axis: null },
    centres: groupCentres,
    marks: [
      Plot.text(headings, {
        frameAnchor: 'left', y: 'y', text: 'text', dx: -rows.marginLeft, textAnchor: 'start', lineAnchor: 'top', fontWeight: 'bold',
        ...text, ...halo, fill: (d) => (d.highlight ? 'var(--chart-accent)' : 'var(--chart-text)'),
      }),
      Plot.text(bars, {
        frameAnchor: 'left', y: 'labelY', text: (r: PartRow) => rows.text(r.series), ...text, ...halo,
        ...(above ? { dx: -rows.marginLeft, textAnchor: 'start', lineAnchor: 'top' } : { dx: -8, textAnchor: 'end' }),
      }),
      Plot.rect(plotted, { x1: 0, x2: 'value', y1: 'y1', y2: 'y2', fill: 'color', title: (r: PartRow) => `${r.group}\n${r.series}：${r.text}` }),
      Plot.text(plotted.filter((r) => r.value! >= 0), { x: 'value', y: 'y', text: 'text', textAnchor: 'start', dx: 4, ...text, ...halo }),
      Plot.text(plotted.filter((r) => r.value! < 0), { x: 'value', y: 'y', text: 'text', textAnchor: 'end', dx: -4, ...text, ...halo }),
      Plot.text(bars.filter((r) => r.value === null), { x: 0, y: 'y', text: () => noValue, textAnchor: 'start', dx: 4, ...text, fill: 'var(--chart-muted)', fontStyle: 'italic' }),
      // The zero line runs through the bars only, not through the names between them.
      Plot.ruleX(bars, { x: 0, y1: (r: PartRow) => r.y1 - 3, y2: (r: PartRow) => r.y2 + 3, stroke: 'var(--chart-axis)' }),
    ],
  });
}
