import { numericText, unitOf } from '../data/cell-text.ts';
import type { Row } from '../data/dataset.ts';
import { t } from '../i18n/index.ts';
import type { ColumnMeta } from '../schemas/dataset-meta.ts';
import { barSpec, barSummary, sortBars, type BarDatum, type BarSort } from './bars.ts';
import { datasetSources, type ChartContext } from './context.ts';
import { figureId, type FigureModel } from './figure.ts';
import { layouts } from './layout.ts';
import { parseSourceLocation, propError, requireColumn, requireDataset } from './props.ts';
import { renderSvg } from './render.ts';

/** Props of `<BarChart>` as an editor writes them in MDX. See docs/WRITING.md. */
export interface BarChartProps {
  /** Dataset id: content/data/<id>.csv. */
  dataset: string;
  /** Column naming each bar (text or place). */
  label: string;
  /** Numeric column giving each bar's length. */
  value: string;
  /** descending (default), ascending, or none (the CSV's order). */
  sort?: BarSort;
  /** Bars to emphasise, by label as shown; several separated by 、. */
  highlight?: string;
  /** Overrides the dataset's title. */
  title?: string;
  /** A sentence under the title. */
  caption?: string;
  /** Set by the MDX plugin: where the component stands. */
  __source?: string;
}

const sorts: readonly BarSort[] = ['descending', 'ascending', 'none'];

/** Props → checked columns → bars → figure. Every editor mistake becomes a build error here. */
export function barFigure(props: BarChartProps, context: ChartContext, fallbackFile = '（页面模板）'): FigureModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const dataset = requireDataset(at, 'BarChart', props.dataset, context.datasets);
  const labelColumn = requireColumn(at, 'BarChart', 'label', props.label, dataset, 'label');
  const valueColumn = requireColumn(at, 'BarChart', 'value', props.value, dataset, 'numeric');
  const sort = props.sort ?? 'descending';
  if (!sorts.includes(sort)) propError(at, 'BarChart', 'sort', sort, `以下之一：${sorts.join('、')}`, '删掉 sort 使用默认的从大到小，或改成上面的取值之一。');

  const labelOf = (row: Row) => displayLabel(row[labelColumn.name], labelColumn, context);
  const labels = dataset.rows.map(labelOf);
  const duplicate = labels.find((label, index) => labels.indexOf(label) !== index);
  if (duplicate !== undefined) {
    propError(at, 'BarChart', 'label', props.label, '每行取值都不同的列（每根柱子一个名字）', `“${duplicate}”出现了不止一次：换一个能区分各行的列，或先把数据集筛成每项一行。`);
  }
  const highlights = (props.highlight ?? '').split(/[、,，]/).map((s) => s.trim()).filter(Boolean);
  for (const label of highlights) {
    if (!labels.includes(label)) propError(at, 'BarChart', 'highlight', label, `图中某根柱子的名字：${labels.join('、')}`, '照图中的写法填写名字。');
  }

  const data: BarDatum[] = sortBars(
    dataset.rows.map((row) => {
      return {
        label: labelOf(row),
        value: (row[valueColumn.name] ?? null) as number | null,
        text: numericText(row, valueColumn) ?? t('chart.noValue'),
        highlight: highlights.includes(labelOf(row)),
      };
    }),
    sort,
  );

  const id = figureId('bar', [props.dataset, props.label, props.value, at.line ?? 0]);
  const title = props.title ?? dataset.meta.title;
  // A long table may give its rows different units (个, 件): the figure names them all.
  const unit = [...new Set(dataset.rows.map((row) => unitOf(row, valueColumn)))].filter(Boolean).join('、') || undefined;
  return {
    id,
    kind: 'bar',
    title,
    caption: props.caption,
    unit,
    summary: barSummary(data, valueColumn.label),
    drawings: layouts.map((layout) => ({
      layout,
      svg: renderSvg(barSpec(data, layout), { label: title, describedBy: `${id}-summary` }),
    })),
    table: {
      columns: [labelColumn.label, valueColumn.label],
      rows: data.map((d) => [d.label, d.text]),
    },
    dataset: { id: dataset.id, title: dataset.meta.title },
    sources: datasetSources(dataset, context),
  };
}

function displayLabel(cell: Row[string] | undefined, column: ColumnMeta, context: ChartContext): string {
  if (cell === null || cell === undefined) return '';
  if (column.type === 'place') return context.places.get(String(cell))?.shortName ?? String(cell);
  return String(cell);
}
