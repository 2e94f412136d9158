import type * as Plot from '@observablehq/plot';
import { t } from '../../i18n/index.ts';
import { parseAnnotations, type Annotation } from '../common/annotations.ts';
import type { CommonChartProps } from '../bar/figure.ts';
import { requireCategoryNotes } from '../common/category-annotations.ts';
import { changeText } from '../common/change.ts';
import type { SiteContent } from '../../data/site.ts';
import { dumbbellSpec, type DumbbellDatum, type DumbbellOptions } from './spec.ts';
import { dumbbellSummary } from './summary.ts';
import { buildFigure, type FigureModel, type FigureOptions } from '../model.ts';
import type { ChartLayout } from '../common/layout.ts';
import { requirePairedItems } from '../common/paired-items.ts';
import { requireLabels } from '../common/props.ts';
import { parseSourceLocation, requireChoice, requireText, type SourceLocation } from '../../data/props.ts';
import { simpleTable } from '../common/table.ts';

/** Props of `<DumbbellChart>` as an editor writes them in MDX. See docs/CHARTS.md. */
export interface DumbbellChartProps extends CommonChartProps {
  /** Column naming each item (text or place). */
  label?: string;
  /** Wide table: the numeric column of the earlier figure. Long table (with `value`): its rows' keys. */
  before: string;
  /** Wide table: the numeric column of the later figure. Long table (with `value`): its rows' keys. */
  after: string;
  /** Long table: the numeric column holding both figures, one row each. */
  value?: string;
  /** Long table: the column whose values are the row keys; default the first that tells every row apart. */
  key?: string;
  /** Long table: the items' names, instead of a label column. */
  labels?: string;
  /** Legend words for the ring and the dot; default the columns' labels, or 之前 / 之后. */
  beforeLabel?: string;
  afterLabel?: string;
  /** none (default, the table's order), descending or ascending by the later figure. */
  sort?: DumbbellSort;
  /** Items to emphasise, by name as shown; several separated by 、. */
  highlight?: string;
}

export type DumbbellSort = 'none' | 'descending' | 'ascending';

const component = 'DumbbellChart';
const sorts: readonly DumbbellSort[] = ['none', 'descending', 'ascending'];

/** Checked props → items; every editor mistake is a build error here. */
export function dumbbellData(props: DumbbellChartProps, context: SiteContent, at: SourceLocation) {
  const paired = requirePairedItems(at, component, props, { prop: 'before', value: props.before }, { prop: 'after', value: props.after }, context);
  const labels = paired.items.map((item) => item.label);
  const highlights = requireLabels(at, component, 'highlight', props.highlight, labels);
  const sort = requireChoice(at, component, 'sort', props.sort, sorts, 'none');
  const beforeLabel = requireText(at, component, 'beforeLabel', props.beforeLabel, paired.columnLabels?.[0] ?? t('chart.before'));
  const afterLabel = requireText(at, component, 'afterLabel', props.afterLabel, paired.columnLabels?.[1] ?? t('chart.after'));
  const data: DumbbellDatum[] = paired.items.map((item) => ({
    label: item.label,
    highlight: highlights.includes(item.label),
    before: item.first,
    after: item.second,
  }));
  return { dataset: paired.dataset, data: sortDumbbells(data, sort), header: paired.header, unit: paired.unit, beforeLabel, afterLabel };
}

/** By the later figure; items without one go last. */
function sortDumbbells(data: readonly DumbbellDatum[], sort: DumbbellSort): DumbbellDatum[] {
  if (sort === 'none') return [...data];
  const sign = sort === 'descending' ? -1 : 1;
  return [...data].sort((a, b) => {
    if (!a.after || !b.after) return (a.after ? 0 : 1) - (b.after ? 0 : 1);
    return sign * (a.after.value - b.after.value);
  });
}

/** One drawing from checked items (a subset, for a panel of small multiples), with an optional shared domain. */
export function dumbbellPanel(
  data: readonly DumbbellDatum[],
  layout: ChartLayout,
  words: Pick<DumbbellOptions, 'unit' | 'beforeLabel' | 'afterLabel'>,
  domain?: [number, number],
  annotations?: readonly Annotation[],
): Plot.PlotOptions {
  return dumbbellSpec(data, layout, { ...words, domain, annotations });
}

/** Props → checked columns or rows → items → figure. */
export function dumbbellFigure(props: DumbbellChartProps, context: SiteContent, fallbackFile = '（页面模板）', options: FigureOptions = {}): FigureModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const { dataset, data, header, unit, beforeLabel, afterLabel } = dumbbellData(props, context, at);
  const annotations = parseAnnotations(at, component, props.annotations, context);
  requireCategoryNotes(at, component, annotations, data.map((d) => d.label));
  const words = { unit, beforeLabel, afterLabel };
  const noValue = t('chart.noValue');
  return buildFigure(
    {
      kind: 'dumbbell',
      idParts: [props.dataset, props.label, props.labels, props.before, props.after, props.value, at.line ?? 0],
      dataset,
      title: props.title,
      caption: props.caption,
      unit: unit || undefined,
      summary: dumbbellSummary(data, words),
      spec: (layout) => dumbbellPanel(data, layout, words, options.domain, annotations),
      legend: [
        { label: beforeLabel, color: 'var(--chart-muted)', shape: 'ring' },
        { label: afterLabel, color: 'var(--chart-series-1)', shape: 'dot' },
      ],
      seriesBy: 'fill',
      table: simpleTable(
        [header, beforeLabel, afterLabel, t('chart.change')],
        data.map((d) => [
          d.label,
          { text: d.before?.text ?? noValue, value: d.before?.value ?? null },
          { text: d.after?.text ?? noValue, value: d.after?.value ?? null },
          d.before && d.after ? { text: changeText(d.before, d.after, unit), value: d.after.value - d.before.value } : { text: '—', value: null },
        ]),
        [false, true, true, true],
      ),
      options,
    },
    context,
  );
}
