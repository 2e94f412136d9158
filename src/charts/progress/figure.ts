import type { SiteContent } from '../../data/site.ts';
import { pairedFigure, type PairedChart, type PairedProps } from '../common/paired-figure.ts';
import type { FigureModel, FigureOptions } from '../model.ts';
import { progressShare, progressSpec, shareText } from './spec.ts';
import { progressSummary } from './summary.ts';

/**
 * Props of `<ProgressChart>` as an editor writes them in MDX (docs/CHARTS.md): `planned` and `done` name the
 * amount planned and the amount done (wide table: numeric columns; long table, with `value`: their rows'
 * keys), `plannedLabel` and `doneLabel` their legend words (default the columns' labels, or 计划 / 已完成).
 */
export type ProgressChartProps = PairedProps<'planned', 'done'>;

/** Planned and done: a track and a bar, ordered by share done, the share computed for the table. */
const progress: PairedChart<'planned', 'done'> = {
  component: 'ProgressChart',
  kind: 'progress',
  first: { prop: 'planned', word: 'chart.planned', key: { color: 'var(--chart-series-1)', shape: 'track' } },
  second: { prop: 'done', word: 'chart.done', key: { color: 'var(--chart-series-1)', shape: 'bar' } },
  sortKey: progressShare,
  spec: progressSpec,
  summary: progressSummary,
  third: { header: 'chart.share', cell: (d) => ({ text: shareText(d) ?? '—', value: progressShare(d) }) },
};

/** Props → checked columns or rows → items → figure. */
export function progressFigure(props: ProgressChartProps, context: SiteContent, fallbackFile?: string, options?: FigureOptions): FigureModel {
  return pairedFigure(progress, props, context, fallbackFile, options);
}
