import { numericText, unitOf } from '../../data/cell-text.ts';
import { pageTemplate } from '../../errors/where.ts';
import { t } from '../../i18n/index.ts';
import { parseAnnotations } from '../common/annotations.ts';
import { barSpec, sortBars, type BarDatum, type BarSort } from './spec.ts';
import { barSummary } from './summary.ts';
import type { SiteContent } from '../../data/site.ts';
import { buildFigure, type FigureModel, type FigureOptions } from '../model.ts';
import { simpleTable } from '../common/table.ts';
import { displayLabel, requireDistinct, requireLabels } from '../common/props.ts';
import { parseSourceLocation, requireChoice, requireColumn, requireDataset } from '../../data/props.ts';

/** Props every chart component shares. See docs/CHARTS.md. */
export interface CommonChartProps {
  /** Dataset id: content/data/<id>.csv. */
  dataset: string;
  /** Overrides the dataset's title. */
  title?: string;
  /** A sentence under the title. */
  caption?: string;
  /** Reference lines and notes in data coordinates (src/charts/annotations.ts). */
  annotations?: unknown[];
  /** Set by the MDX plugin: where the component stands. */
  __source?: string;
}

/** Props of `<BarChart>` as an editor writes them in MDX. See docs/CHARTS.md. */
export interface BarChartProps extends CommonChartProps {
  /** Column naming each bar (text or place). */
  label: string;
  /** Numeric column giving each bar's length. */
  value: string;
  /** descending (default), ascending, or none (the CSV's order). */
  sort?: BarSort;
  /** Bars to emphasise, by label as shown; several separated by 、. */
  highlight?: string;
}

const sorts: readonly BarSort[] = ['descending', 'ascending', 'none'];

/** Props → checked columns → bars → figure. Every editor mistake becomes a build error here. */
export function barFigure(props: BarChartProps, context: SiteContent, fallbackFile = pageTemplate, options: FigureOptions = {}): FigureModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const dataset = requireDataset(at, 'BarChart', props.dataset, context.datasets);
  const labelColumn = requireColumn(at, 'BarChart', 'label', props.label, dataset, 'label');
  const valueColumn = requireColumn(at, 'BarChart', 'value', props.value, dataset, 'numeric');
  const sort = requireChoice(at, 'BarChart', 'sort', props.sort, sorts, 'descending');
  const labels = dataset.rows.map((row) => displayLabel(row[labelColumn.name], labelColumn, context));
  requireDistinct(at, 'BarChart', 'label', props.label, labels);
  const highlights = requireLabels(at, 'BarChart', 'highlight', props.highlight, labels);
  const annotations = parseAnnotations(at, 'BarChart', props.annotations, context);

  const data: BarDatum[] = sortBars(
    dataset.rows.map((row, index) => ({
      label: labels[index]!,
      value: (row[valueColumn.name] ?? null) as number | null,
      text: numericText(row, valueColumn) ?? t('chart.noValue'),
      highlight: highlights.includes(labels[index]!),
    })),
    sort,
  );

  // A long table may give its rows different units (个, 件): the figure names them all.
  const unit = [...new Set(dataset.rows.map((row) => unitOf(row, valueColumn)))].filter(Boolean).join('、') || undefined;
  return buildFigure(
    {
      kind: 'bar',
      idParts: [props.dataset, props.label, props.value, at.line ?? 0],
      dataset,
      title: props.title,
      caption: props.caption,
      unit,
      summary: barSummary(data, valueColumn.label),
      spec: (layout) => barSpec(data, layout, { annotations, domain: options.domain }),
      table: simpleTable([labelColumn.label, valueColumn.label], data.map((d) => [d.label, { text: d.text, value: d.value }]), [false, true]),
      options,
    },
    context,
  );
}
