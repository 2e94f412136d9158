import type { SiteContent } from '../../data/site.ts';
import { pairedFigure, type PairedChart, type PairedChartProps } from '../common/paired-figure.ts';
import type { Sort } from '../common/sort.ts';
import type { FigureModel, FigureOptions } from '../model.ts';
import { progressShare, progressSpec, progressSummary, shareText } from './spec.ts';

/** Props of `<ProgressChart>` as an editor writes them in MDX. See docs/CHARTS.md. */
export interface ProgressChartProps extends PairedChartProps {
  /** Wide table: the numeric column of the planned amount. Long table (with `value`): its rows' keys. */
  planned: string;
  /** Wide table: the numeric column of the amount done. Long table (with `value`): its rows' keys. */
  done: string;
  /** Legend words for the track and the bar; default the columns' labels, or 计划 / 已完成. */
  plannedLabel?: string;
  doneLabel?: string;
  /** none (default, the table's order), descending or ascending by share done. */
  sort?: Sort;
}

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
