import type * as Plot from '@observablehq/plot';
import { t } from '../../i18n/index.ts';
import { parseAnnotations, type Annotation } from '../common/annotations.ts';
import type { CommonChartProps } from '../bar/figure.ts';
import { requireCategoryNotes } from '../common/category-annotations.ts';
import type { SiteContent } from '../../data/site.ts';
import { buildFigure, type FigureModel, type FigureOptions } from '../model.ts';
import type { ChartLayout } from '../common/layout.ts';
import { requirePairedItems } from '../common/paired-items.ts';
import { progressShare, progressSpec, shareText, type ProgressDatum } from './spec.ts';
import { progressSummary } from './summary.ts';
import { requireLabels } from '../common/props.ts';
import { parseSourceLocation, requireChoice, requireText, type SourceLocation } from '../../data/props.ts';
import { simpleTable } from '../common/table.ts';

/** Props of `<ProgressChart>` as an editor writes them in MDX. See docs/CHARTS.md. */
export interface ProgressChartProps extends CommonChartProps {
  /** Column naming each item (text or place). */
  label?: string;
  /** Wide table: the numeric column of the planned amount. Long table (with `value`): its rows' keys. */
  planned: string;
  /** Wide table: the numeric column of the amount done. Long table (with `value`): its rows' keys. */
  done: string;
  /** Long table: the numeric column holding both figures, one row each. */
  value?: string;
  /** Long table: the column whose values are the row keys; default the first that tells every row apart. */
  key?: string;
  /** Long table: the items' names, instead of a label column. */
  labels?: string;
  /** Legend words for the track and the bar; default the columns' labels, or 计划 / 已完成. */
  plannedLabel?: string;
  doneLabel?: string;
  /** none (default, the table's order), descending or ascending by share done. */
  sort?: ProgressSort;
  /** Items to emphasise, by name as shown; several separated by 、. */
  highlight?: string;
}

export type ProgressSort = 'none' | 'descending' | 'ascending';

const component = 'ProgressChart';
const sorts: readonly ProgressSort[] = ['none', 'descending', 'ascending'];

/** Checked props → items; every editor mistake is a build error here. */
export function progressData(props: ProgressChartProps, context: SiteContent, at: SourceLocation) {
  const paired = requirePairedItems(at, component, props, { prop: 'planned', value: props.planned }, { prop: 'done', value: props.done }, context);
  const labels = paired.items.map((item) => item.label);
  const highlights = requireLabels(at, component, 'highlight', props.highlight, labels);
  const sort = requireChoice(at, component, 'sort', props.sort, sorts, 'none');
  const plannedLabel = requireText(at, component, 'plannedLabel', props.plannedLabel, paired.columnLabels?.[0] ?? t('chart.planned'));
  const doneLabel = requireText(at, component, 'doneLabel', props.doneLabel, paired.columnLabels?.[1] ?? t('chart.done'));
  const data: ProgressDatum[] = paired.items.map((item) => ({
    label: item.label,
    highlight: highlights.includes(item.label),
    planned: item.first,
    done: item.second,
  }));
  return { dataset: paired.dataset, data: sortProgress(data, sort), header: paired.header, unit: paired.unit, plannedLabel, doneLabel };
}

/** By share done; items without a share go last. */
function sortProgress(data: readonly ProgressDatum[], sort: ProgressSort): ProgressDatum[] {
  if (sort === 'none') return [...data];
  const sign = sort === 'descending' ? -1 : 1;
  return [...data].sort((a, b) => {
    const [x, y] = [progressShare(a), progressShare(b)];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  });
}

/** One drawing from checked items (a subset, for a panel of small multiples), with an optional shared domain. */
export function progressPanel(
  data: readonly ProgressDatum[],
  layout: ChartLayout,
  words: { plannedLabel: string; doneLabel: string },
  domain?: [number, number],
  annotations?: readonly Annotation[],
): Plot.PlotOptions {
  return progressSpec(data, layout, { ...words, domain, annotations });
}

/** Props → checked columns or rows → items → figure. */
export function progressFigure(props: ProgressChartProps, context: SiteContent, fallbackFile = '（页面模板）', options: FigureOptions = {}): FigureModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const { dataset, data, header, unit, plannedLabel, doneLabel } = progressData(props, context, at);
  const annotations = parseAnnotations(at, component, props.annotations, context);
  requireCategoryNotes(at, component, annotations, data.map((d) => d.label));
  const words = { plannedLabel, doneLabel };
  const noValue = t('chart.noValue');
  return buildFigure(
    {
      kind: 'progress',
      idParts: [props.dataset, props.label, props.labels, props.planned, props.done, props.value, at.line ?? 0],
      dataset,
      title: props.title,
      caption: props.caption,
      unit: unit || undefined,
      summary: progressSummary(data, words),
      spec: (layout) => progressPanel(data, layout, words, options.domain, annotations),
      legend: [
        { label: plannedLabel, color: 'var(--chart-series-1)', shape: 'track' },
        { label: doneLabel, color: 'var(--chart-series-1)', shape: 'bar' },
      ],
      seriesBy: 'fill',
      table: simpleTable(
        [header, plannedLabel, doneLabel, t('chart.share')],
        data.map((d) => [
          d.label,
          { text: d.planned?.text ?? noValue, value: d.planned?.value ?? null },
          { text: d.done?.text ?? noValue, value: d.done?.value ?? null },
          { text: shareText(d) ?? '—', value: progressShare(d) },
        ]),
        [false, true, true, true],
      ),
      options,
    },
    context,
  );
}
