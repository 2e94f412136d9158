import { csvFormatRows } from 'd3-dsv';
import type { BigNumbersModel } from '../charts/big-numbers/model.ts';
import type { TableModel } from '../charts/common/table.ts';
import { t } from '../i18n/index.ts';

/**
 * A chart's own data as CSV (/downloads/<story>/<chart-id>.csv): the rows and columns the chart shows, as its
 * data table under the chart shows them (src/charts/common/table.ts), with that table's header. Cells are the
 * table's texts, so a figure keeps its qualifier and unit (约40.8%, 3400多户, 50摄氏度以内) and a computed
 * figure keeps the precision the site rounds it to; a cell the report gives no figure for (—) is left empty,
 * as in the dataset's own CSV (/data/<id>.csv), which has every row and column as plain numbers. UTF-8 with a
 * BOM, so spreadsheet programs read Chinese.
 */
export function tableCsv(table: TableModel): string {
  const header = table.columns.map((column) => column.label);
  const rows = table.rows.map((row) => row.map((cell) => (cell.text === '—' ? '' : cell.text)));
  return `\uFEFF${csvFormatRows([header, ...rows])}\n`;
}

/** Key figures (<BigNumbers>) as CSV: each figure with its comparison, period, dataset and sources. */
export function numbersCsv(model: BigNumbersModel): string {
  const header = (['label', 'value', 'comparison', 'period', 'dataset', 'source'] as const).map((key) => t(`downloads.numbers.${key}`));
  const rows = model.items.map((item) => [item.label, item.text, item.comparison ?? '', item.period, item.dataset.title, item.sources.map((source) => source.label).join('；')]);
  return `\uFEFF${csvFormatRows([header, ...rows])}\n`;
}
