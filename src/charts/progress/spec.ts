import * as Plot from '@observablehq/plot';
import { QuantityError, quotientOf } from '../../data/arithmetic.ts';
import { formatNumber, formatValue } from '../../format/number.ts';
import type { Qualifier } from '../../schemas/dataset-meta.ts';
import { t } from '../../i18n/index.ts';
import { annotationValues, halo, type Annotation } from '../common/annotations.ts';
import type { ChartLayout } from '../common/layout.ts';
import { nameMarks, niceDomain, rowLayout, rowPlot } from '../common/rows.ts';
import { textWidth } from '../common/text-width.ts';

/** A figure as drawn: its value, its text with unit and qualifier (3400余户), and that qualifier. */
export interface Amount {
  value: number;
  text: string;
  qualifier?: Qualifier | null;
}

/** One item: how much was planned, how much is done. Either may be missing: drawn as a note, never dropped. */
export interface ProgressDatum {
  label: string;
  highlight: boolean;
  planned: Amount | null;
  done: Amount | null;
}

export interface ProgressOptions {
  annotations?: readonly Annotation[];
  /** Fixed value domain, shared by the panels of small multiples. */
  domain?: [number, number];
  /** Legend words for the track and the bar, used in tooltips: 计划, 已完成. */
  plannedLabel: string;
  doneLabel: string;
}

/** Done as a share of planned, in percent; null when either is missing or nothing was planned. */
export function progressShare(d: ProgressDatum): number | null {
  if (!d.planned || !d.done || d.planned.value === 0) return null;
  return (d.done.value / d.planned.value) * 100;
}

/**
 * The share as readers see it, computed as a share dataset computes it (src/data/derived/share.ts): one decimal,
 * 约 where rounding changed it, and the figures' qualifiers carried (3400余 of 7011, 48.5% to 49.9%, is 约49%), so a chart
 * and the prose beside it say the same. Words where a decimal would untruly say 0% or 100% (不到0.1%).
 */
export function shareText(d: ProgressDatum): string | null {
  const share = progressShare(d);
  if (share === null) return null;
  if (share > 0 && share < 0.05) return t('progress.underTenth');
  if (share >= 99.95 && share < 100) return t('progress.almostAll');
  if (share > 100 && share < 100.05) return t('progress.justOver');
  const amount = (a: Amount) => ({ value: a.value, qualifier: a.qualifier ?? null, unit: '' });
  try {
    const q = quotientOf(amount(d.done!), amount(d.planned!), '%', 1);
    return formatValue(q.value, '%', q.qualifier);
  } catch (error) {
    // Figures whose qualifiers cannot be combined honestly (an upper bound over a lower one): say 约.
    if (!(error instanceof QuantityError)) throw error;
    return formatValue(Number(share.toFixed(1)), '%', 'approx');
  }
}

/** 3400余户 / 7011户（约48%）; a missing figure is said in words. */
export function progressText(d: ProgressDatum, options: Pick<ProgressOptions, 'plannedLabel' | 'doneLabel'>): string {
  const noValue = t('chart.noValue');
  if (d.planned && d.done) return `${d.done.text} / ${d.planned.text}${shareText(d) ? `（${shareText(d)}）` : ''}`;
  if (d.planned) return `${options.plannedLabel}${d.planned.text}，${options.doneLabel}${noValue}`;
  if (d.done) return `${options.doneLabel}${d.done.text}，${options.plannedLabel}${noValue}`;
  return noValue;
}

interface Bar {
  label: string;
  kind: 'track' | 'done';
  value: number;
  y1: number;
  y2: number;
  title: string;
}

/**
 * Planned against done, one item per row: the name (and the figures) above, then the planned amount as an
 * outlined track with the done amount as a bar inside it. Done beyond planned runs past the track's end, as
 * it is: nothing is clipped. Rows are laid out in pixels (an identity y scale).
 */
export function progressSpec(data: readonly ProgressDatum[], layout: ChartLayout, options: ProgressOptions): Plot.PlotOptions {
  const { width, fontSize } = layout;
  const annotations = options.annotations ?? [];
  const values = [...data.flatMap((d) => [d.planned?.value, d.done?.value]).filter((v) => v !== undefined), ...annotationValues(annotations, 'x'), ...(options.domain ?? [])];
  const domain = niceDomain(Math.min(0, ...values), Math.max(0, ...values) || 1);
  // The last tick stands at the right edge of the plot: the right margin leaves room for half its label.
  const rows = rowLayout(data.map((d) => d.label), layout, [], { annotations, names: 'above', domain, rightRoom: 12 });
  const { lineHeight, marginLeft, plotWidth } = rows;
  /** A pixel offset from the drawing's left edge as a value on the x scale, for text placed after a name. */
  const atPixel = (px: number) => domain[0] + ((px - marginLeft) / plotWidth) * (domain[1] - domain[0]);

  const texts = data.map((d) => progressText(d, options));
  const nameLines = data.map((d) => rows.lines(d.label));
  // The figures follow the name on its line when every row has room for both; otherwise each gets its own line.
  const gap = fontSize;
  const sameLine = nameLines.every((lines, i) => textWidth(lines.at(-1)!, fontSize) + gap + textWidth(texts[i]!, fontSize) <= width - 4);
  const trackHeight = fontSize * 1.4;

  const names: { label: string; highlight: boolean; y: number }[] = [];
  const figures: { text: string; x: number; y: number; missing: boolean }[] = [];
  const bars: Bar[] = [];
  const centres = new Map<string, number>();
  let y = rows.marginTop;
  data.forEach((d, i) => {
    const lines = nameLines[i]!;
    names.push({ label: d.label, highlight: d.highlight, y });
    figures.push(
      sameLine
        ? { text: texts[i]!, x: atPixel(textWidth(lines.at(-1)!, fontSize) + gap), y: y + (lines.length - 1) * lineHeight, missing: !d.planned || !d.done }
        : { text: texts[i]!, x: atPixel(0), y: y + lines.length * lineHeight, missing: !d.planned || !d.done },
    );
    y += (lines.length + (sameLine ? 0 : 1)) * lineHeight + fontSize * 0.3;
    const centre = y + trackHeight / 2;
    centres.set(d.label, centre);
    const share = shareText(d);
    if (d.planned) {
      bars.push({ label: d.label, kind: 'track', value: d.planned.value, y1: y, y2: y + trackHeight, title: `${d.label}\n${options.plannedLabel}：${d.planned.text}` });
    }
    if (d.done) {
      const title = `${d.label}\n${options.doneLabel}：${d.done.text}${share ? `（${share}）` : ''}`;
      bars.push({ label: d.label, kind: 'done', value: d.done.value, y1: y + 3, y2: y + trackHeight - 3, title });
    }
    y += trackHeight + fontSize * 1.1;
  });

  const text = { ariaHidden: 'true', lineHeight: 1.25, lineAnchor: 'top', ...halo } as const;

  return rowPlot(rows, {
    height: rows.height(y - fontSize * 1.1 + fontSize * 0.6),
    x: { domain, nice: false },
    y: { type: 'identity', axis: null },
    centres,
    marks: [
      ...nameMarks(rows, names),
      ...[false, true].map((missing) =>
        Plot.text(figures.filter((f) => f.missing === missing), {
          x: 'x', y: 'y', text: 'text', textAnchor: 'start', ...text,
          fill: missing ? 'var(--chart-muted)' : 'var(--chart-text)', fontStyle: missing ? 'italic' : 'normal',
        }),
      ),
      // Track and bar of each row in one mark, in reading order, so the keyboard steps through them in turn.
      Plot.rect(bars, {
        x1: 0, x2: 'value', y1: 'y1', y2: 'y2', strokeWidth: 1.5, title: 'title',
        fill: (b: Bar) => (b.kind === 'track' ? 'var(--chart-track)' : 'var(--chart-series-1)'),
        stroke: (b: Bar) => (b.kind === 'track' ? 'var(--chart-series-1)' : 'none'),
      }),
      Plot.ruleX(bars.filter((b) => b.kind === 'track'), { x: 0, y1: (b: Bar) => b.y1 - 3, y2: (b: Bar) => b.y2 + 3, stroke: 'var(--chart-axis)' }),
    ],
  });
}
