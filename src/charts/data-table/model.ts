import type { SiteContent } from '../../data/site.ts';
import { pageTemplate } from '../../errors/where.ts';
import { datasetSources } from '../../data/site.ts';
import { figureId } from '../../format/element-id.ts';
import { editorError } from '../../errors/messages.ts';
import { parseList, parseSourceLocation, propAt, propValue, requireChoice, requireColumn, requireDataset } from '../../data/props.ts';
import { datasetTable, visibleColumns, type TableModel } from '../common/table.ts';

/** Props of `<DataTable>`: a dataset (or some of its columns) as a table readers can sort. See docs/CHARTS.md. */
export interface DataTableProps {
  dataset: string;
  /** Columns to show, in order, separated by 、; default every column readers see. */
  columns?: string;
  /** Column to order rows by at build time; default the CSV's order. */
  sort?: string;
  /** descending (default when `sort` is given) or ascending. */
  order?: 'descending' | 'ascending';
  title?: string;
  caption?: string;
  __source?: string;
}

export interface DataTableModel {
  id: string;
  title: string;
  caption?: string;
  table: TableModel;
  dataset: { id: string; title: string };
  sources: { id: string; label: string }[];
}

const component = 'DataTable';

export function dataTableModel(props: DataTableProps, context: SiteContent, fallbackFile = pageTemplate): DataTableModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const dataset = requireDataset(at, component, props.dataset, context.datasets);
  const visible = visibleColumns(dataset);
  const names = parseList(props.columns);
  const columns = names.length === 0 ? visible : names.map((name) => {
    const column = dataset.meta.columns.find((c) => c.name === name);
    if (!column || !visible.includes(column)) {
      const shown = visible.map((c) => c.name);
      throw editorError('column-unknown', propAt(at, component, 'columns'), { found: name, dataset: dataset.id, columns: shown, wanted: 'shown', meta: dataset.files.meta, several: true });
    }
    return column;
  });
  const table = datasetTable(dataset, columns, context);
  if (props.sort !== undefined) {
    const sortColumn = requireColumn(at, component, 'sort', props.sort, dataset, 'numeric');
    const index = columns.indexOf(sortColumn);
    if (index < 0) throw editorError('table-sort-not-shown', propAt(at, component, 'sort'), { found: propValue(props.sort), columns: columns.map((c) => c.name) });
    const order = requireChoice(at, component, 'order', props.order, ['descending', 'ascending'] as const, 'descending');
    const sign = order === 'descending' ? -1 : 1;
    table.rows.sort((a, b) => {
      const x = a[index]!.value;
      const y = b[index]!.value;
      if (typeof x !== 'number' || typeof y !== 'number') return (typeof x !== 'number' ? 1 : 0) - (typeof y !== 'number' ? 1 : 0);
      return sign * (x - y);
    });
  }
  return {
    id: figureId('table', [props.dataset, props.columns, at.line ?? 0]),
    title: props.title ?? dataset.meta.title,
    caption: props.caption,
    table,
    dataset: { id: dataset.id, title: dataset.meta.title },
    sources: datasetSources(dataset, context),
  };
}
