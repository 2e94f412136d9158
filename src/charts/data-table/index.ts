import { defineChart } from '../chart-type.ts';
import docs from './docs.json' with { type: 'json' };
import { dataTableModel } from './model.ts';

/**
 * `<DataTable>` as the registry (src/charts/index.ts) lists it. What editors read of it, the gallery's words
 * and examples and its props table in docs/CHARTS.md, is in docs.json beside this file.
 */
export const dataTable = defineChart(docs, {
  component: 'DataTable',
  view: 'table',
  build: dataTableModel,
});
