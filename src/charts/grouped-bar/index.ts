import { defineChart } from '../chart-type.ts';
import docs from './docs.json' with { type: 'json' };
import { groupedBarFigure, groupedBarExtent } from './figure.ts';

/**
 * `<GroupedBarChart>` as the registry (src/charts/index.ts) lists it. What editors read of it, the gallery's words
 * and examples and its props table in docs/CHARTS.md, is in docs.json beside this file.
 */
export const groupedBarChart = defineChart(docs, {
  component: 'GroupedBarChart',
  view: 'figure',
  build: groupedBarFigure,
  panel: { valueProps: ['values', 'value'], extent: groupedBarExtent },
});
