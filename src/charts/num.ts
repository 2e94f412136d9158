import { numericText } from '../data/cell-text.ts';
import { t } from '../i18n/index.ts';
import { datasetSources, type ChartContext } from './context.ts';
import { parseSourceLocation, propError, requireColumn, requireDataset } from './props.ts';

/** Props of `<Num>`: one figure in running text, read from a dataset instead of typed. See docs/WRITING.md. */
export interface NumProps {
  /** Dataset id. */
  dataset: string;
  /** The row, by the value of the dataset's first column (its key). */
  row: string;
  /** The numeric column to show. */
  column: string;
  /** Set by the MDX plugin: where the component stands. */
  __source?: string;
}

export interface ResolvedNum {
  /** The figure as a sentence says it: 3962万平方米, 4000余个. */
  text: string;
  datasetId: string;
  /** Tooltip: what the figure is and where it comes from. */
  description: string;
}

/** Looks a figure up. A dataset, row or column that does not resolve is a build error at the MDX line. */
export function resolveNum(props: NumProps, context: ChartContext, fallbackFile = '（页面模板）'): ResolvedNum {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const dataset = requireDataset(at, 'Num', props.dataset, context.datasets);
  const keyColumn = dataset.meta.columns[0]!;
  const matches = dataset.rows.filter((row) => String(row[keyColumn.name]) === props.row);
  const keys = dataset.rows.map((row) => String(row[keyColumn.name]));
  if (matches.length !== 1) {
    propError(
      at,
      'Num',
      'row',
      props.row,
      matches.length === 0 ? `数据集“${dataset.id}”第一列（${keyColumn.name}）中的某个值：${keys.join('、')}` : `在第一列（${keyColumn.name}）中只出现一次的值`,
      matches.length === 0 ? '改成上面列出的值之一。' : `数据集的第一列要能唯一确定一行：修改 ${dataset.files.csv}。`,
    );
  }
  const row = matches[0]!;
  const column = requireColumn(at, 'Num', 'column', props.column, dataset, 'numeric');
  const text = numericText(row, column);
  if (text === null) {
    propError(at, 'Num', 'column', props.column, '有数值的单元格', `这一行的“${column.name}”是空的（${t('chart.noValue')}），正文不能引用它：换一个数字，或改写句子。`);
  }
  const sources = datasetSources(dataset, context).map((s) => s.label).join('、');
  return { text: text!, datasetId: dataset.id, description: `${column.label}：${text}。${t('chart.source')}：${sources}` };
}
