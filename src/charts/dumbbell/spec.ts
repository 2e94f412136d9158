import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/index.ts';
import { annotationValues, halo, type Annotation } from '../common/annotations.ts';
import { changeText } from '../common/change.ts';
import type { ChartLayout } from '../common/layout.ts';
import type { PairedFigure } from '../common/paired-items.ts';
import { nameMarks, niceDomain, rowLayout, rowPlot } from '../common/rows.ts';
import { textWidth, wrapText } from '../common/text-width.ts';

/** One item: a figure before and after. Either may be missing: said in a note, never dropped. */
export interface DumbbellDatum {
  label: string;
  highlight: boolean;
  before: PairedFigure | null;
  after: PairedFigure | null;
}

export interface DumbbellOptions {
  /** The unit both figures share, for the change (降低了50摄氏度). */
  unit: string;
  /** Legend words for the two ends: 改造前, 改造后. */
  beforeLabel: string;
  afterLabel: string;
  annotations?: readonly Annotation[];
  /** Fixed value domain, shared by the panels of small multiples. */
  domain?: [number, number];
}

interface Point {
  label: string;
  end: 'before' | 'after';
  value: number;
  y: number;
  title: string;
  /** The value label goes left of the smaller figure and right of the larger, so the two never meet. */
  side: 'left' | 'right';
  text: string;
}

const ring = 7.5;
const dot = 5.5;

/**
 * Before → after, one item per row: the name above, then a hollow ring (before) and a filled dot (after)
 * joined by an arrow, each figure written beside its mark on the outer side. The margins hold the widest
 * outer labels, so labels fit at any position, and the domain stays the data's (shareable by panels).
 */
export function dumbbellSpec(data: readonly DumbbellDatum[], layout: ChartLayout, options: DumbbellOptions): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const noValue = t('chart.noValue');
  const annotations = options.annotations ?? [];
  const ends = data.map((d) => {
    const given = (['before', 'after'] as const).flatMap((end) => (d[end] ? [{ end, ...d[end]! }] : []));
    return given.map((e) => {
      const other = given.find((o) => o.end !== e.end);
      const side: Point['side'] = other && (other.value > e.value || (other.value === e.value && e.end === 'before')) ? 'left' : 'right';
      return { ...e, side };
    });
  });
  const label = (side: Point['side']) => Math.max(0, ...ends.flat().filter((e) => e.side === side).map((e) => textWidth(e.text, fontSize)));
  const values = [...ends.flat().map((e) => e.value), ...annotationValues(annotations, 'x'), ...(options.domain ?? [])];
  let [min, max] = [Math.min(...values), Math.max(...values)];
  if (!Number.isFinite(min)) [min, max] = [0, 1];
  if (min === max) [min, max] = [min - (Math.abs(min) || 1) * 0.1, max + (Math.abs(max) || 1) * 0.1];
  const domain = niceDomain(min, max);
  const rows = rowLayout(data.map((d) => d.label), layout, [], {
    annotations, names: 'above', marginLeft: Math.ceil(label('left') + ring + 6) || 8, domain, rightRoom: label('right') + ring + 6,
  });
  const { lineHeight, marginLeft } = rows;
  const pixels = rows.plotWidth / (domain[1] - domain[0]);

  const points: Point[] = [];
  const rowHeight = Math.max(fontSize * 1.8, ring * 2 + 8);
  const names: { label: string; highlight: boolean; y: number }[] = [];
  const notes: { text: string; y: number }[] = [];
  const arrows: { x1: number; x2: number; y: number }[] = [];
  const centres = new Map<string, number>();
  let y = rows.marginTop;
  data.forEach((d, i) => {
    names.push({ label: d.label, highlight: d.highlight, y });
    y += rows.lines(d.label).length * lineHeight;
    const centre = y + rowHeight / 2;
    centres.set(d.label, centre);
    const change = d.before && d.after ? changeText(d.before, d.after, options.unit) : null;
    for (const e of ends[i]!) {
      const name = e.end === 'before' ? options.beforeLabel : options.afterLabel;
      const title = `${d.label}\n${name}：${e.text}${e.end === 'after' && change ? `（${change}）` : ''}`;
      points.push({ label: d.label, end: e.end, value: e.value, y: centre, title, side: e.side, text: e.text });
    }
    if (d.before && d.after) arrows.push({ x1: d.before.value, x2: d.after.value, y: centre });
    if (ends[i]!.length > 0) y += rowHeight;
    const absent = (['before', 'after'] as const).filter((end) => !d[end]).map((end) => (end === 'before' ? options.beforeLabel : options.afterLabel));
    if (absent.length > 0) {
      const note = wrapText(`${absent.join('、')}：${noValue}`, width - 4, fontSize);
      notes.push({ text: note.join('\n'), y });
      y += note.length * lineHeight;
    }
    y += fontSize * 0.8;
  });

  const text = { ariaHidden: 'true', lineHeight: 1.25, fill: 'var(--chart-text)', ...halo } as const;

  return rowPlot(rows, {
    height: rows.height(y - fontSize * 0.8),
    x: { domain, nice: false },
    y: { type: 'identity', axis: null },
    // Radii are pixels, not data: the ring must stay larger than the dot.
    r: { type: 'identity' },
    centres,
    marks: [
      ...nameMarks(rows, names),
      // An arrow too short to show its head between the marks is left out: the ring and the dot say it.
      Plot.arrow(arrows.filter((a) => Math.abs(a.x2 - a.x1) * pixels > ring + dot + 12), {
        x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', bend: 0, headLength: 7, insetStart: ring + 2, insetEnd: dot + 2, stroke: 'var(--chart-muted)', strokeWidth: 1.5,
      }),
      // Both ends of every row in one mark, in reading order, so the keyboard steps through them in turn.
      // Plot draws dots by descending radius unless told not to; keep the data's order (ring under dot).
      Plot.dot(points, {
        x: 'value', y: 'y', title: 'title', sort: null,
        r: (p: Point) => (p.end === 'before' ? ring : dot),
        fill: (p: Point) => (p.end === 'before' ? 'var(--chart-halo)' : 'var(--chart-series-1)'),
        // The dot's rim is in the page colour: over a ring at the same value it leaves a gap, so both show.
        stroke: (p: Point) => (p.end === 'before' ? 'var(--chart-muted)' : 'var(--chart-halo)'),
        strokeWidth: 2,
      }),
      Plot.text(points.filter((p) => p.side === 'left'), { x: 'value', y: 'y', text: 'text', textAnchor: 'end', dx: -(ring + 4), ...text }),
      Plot.text(points.filter((p) => p.side === 'right'), { x: 'value', y: 'y', text: 'text', textAnchor: 'start', dx: ring + 4, ...text }),
      Plot.text(notes, { frameAnchor: 'left', y: 'y', text: 'text', dx: -marginLeft, textAnchor: 'start', lineAnchor: 'top', ...text, fill: 'var(--chart-muted)', fontStyle: 'italic' }),
    ],
  });
}
