import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/index.ts';
import { annotationValues, halo } from '../common/annotations.ts';
import type { BarGroup, BarPart, GroupedBarOptions } from './spec.ts';
import type { ChartLayout } from '../common/layout.ts';
import { nameMarks, niceDomain, rowLayout, rowPlot } from '../common/rows.ts';
import { textWidth, wrapText } from '../common/text-width.ts';

/** A category whose parts add up: the sum of the parts that have a value, null when none has. */
export interface StackedGroup extends BarGroup {
  total: { value: number; text: string } | null;
}

interface Segment extends BarPart {
  group: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  y: number;
  /** The label drawn inside the segment, where it fits. */
  inside: string | null;
}

/**
 * Stacked horizontal bars, one per category, parts left to right in series order (the legend's order), with
 * a separator between parts so they read without colour, each part's value inside it where it fits and the
 * total at the end. Parts must not be negative (the figure checks): a stack is a whole made of its parts.
 */
export function stackedBarSpec(groups: readonly StackedGroup[], layout: ChartLayout, options: GroupedBarOptions = {}): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const noValue = t('chart.noValue');
  const totalText = (g: StackedGroup) => (g.total ? `${t('chart.total')}${g.total.text}` : noValue);
  const rows = rowLayout(groups.map((g) => g.label), layout, groups.map(totalText), { annotations: options.annotations });
  const { lineHeight } = rows;
  const max = Math.max(0, ...groups.map((g) => g.total?.value ?? 0), ...annotationValues(rows.annotations, 'x'), ...(options.domain ?? [])) || 1;
  const domain = niceDomain(0, max);
  const pixels = rows.plotWidth / (domain[1] - domain[0]);

  const segments: Segment[] = [];
  const bars: { label: string; highlight: boolean; y: number; total: string; end: number; missing: string | null; noteY: number }[] = [];
  const centres = new Map<string, number>();
  let y = rows.marginTop;
  for (const group of groups) {
    const rowHeight = Math.max(fontSize * 2.2, rows.lines(group.label).length * lineHeight + fontSize * 0.6);
    const barHeight = Math.min(fontSize * 1.6, rowHeight - fontSize * 0.6);
    const centre = y + rowHeight / 2;
    let x = 0;
    for (const part of group.parts.filter((p) => p.value !== null)) {
      const inside = [part.text, part.short].find((s) => s !== undefined && textWidth(s, fontSize) + 10 <= part.value! * pixels) ?? null;
      segments.push({ ...part, group: group.label, x1: x, x2: x + part.value!, y1: centre - barHeight / 2, y2: centre + barHeight / 2, y: centre, inside });
      x += part.value!;
    }
    const absent = group.parts.filter((p) => p.value === null).map((p) => p.series);
    const note = absent.length > 0 ? wrapText(`${absent.join('、')}：${noValue}`, width - rows.marginLeft - 4, fontSize) : [];
    bars.push({ label: group.label, highlight: group.highlight, y: centre, total: totalText(group), end: x, missing: note.length ? note.join('\n') : null, noteY: y + rowHeight });
    centres.set(group.label, centre);
    y += rowHeight + note.length * lineHeight;
  }

  const text = { ariaHidden: 'true', lineHeight: 1.25 } as const;
  return rowPlot(rows, {
    height: rows.height(y),
    x: { domain, nice: false },
    y: { type: 'identity', axis: null },
    centres,
    marks: [
      ...nameMarks(rows, bars),
      Plot.rect(segments, {
        x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'color', stroke: 'var(--chart-halo)', strokeWidth: 1.5,
        title: (s: Segment) => `${s.group}\n${s.series}：${s.text}`,
      }),
      Plot.text(segments.filter((s) => s.inside !== null), { x: (s: Segment) => (s.x1 + s.x2) / 2, y: 'y', text: 'inside', fill: 'var(--chart-on-series)', ...text }),
      Plot.text(bars.filter((r) => r.total !== noValue), { x: 'end', y: 'y', text: 'total', textAnchor: 'start', dx: 4, fill: 'var(--chart-text)', ...text, ...halo }),
      Plot.text(bars.filter((r) => r.total === noValue), { x: 0, y: 'y', text: 'total', textAnchor: 'start', dx: 4, fill: 'var(--chart-muted)', fontStyle: 'italic', ...text }),
      Plot.text(bars.filter((r) => r.missing !== null && r.total !== noValue), {
        x: 0, y: 'noteY', text: 'missing', textAnchor: 'start', lineAnchor: 'top', dx: 4, fill: 'var(--chart-muted)', fontStyle: 'italic', ...text,
      }),
      Plot.ruleX([0], { stroke: 'var(--chart-axis)' }),
    ],
  });
}
