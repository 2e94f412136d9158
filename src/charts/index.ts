/**
 * The chart types, in the gallery's order. A new type is one folder, src/charts/<type>/ (its spec, summary,
 * props → model and index.ts), and one line here; the MDX components, the gallery, small multiples, the
 * benchmark and docs/CHARTS.md follow from this list (src/charts/registry.ts).
 */
import { barChart } from './bar/index.ts';
import { bigNumbers } from './big-numbers/index.ts';
import type { ChartType } from './chart-type.ts';
import { dataTable } from './data-table/index.ts';
import { dumbbellChart } from './dumbbell/index.ts';
import { groupedBarChart } from './grouped-bar/index.ts';
import { lineChart } from './line/index.ts';
import { progressChart } from './progress/index.ts';
import { createRegistry } from './registry.ts';
import { seasonCalendar } from './season-calendar/index.ts';
import { smallMultiplesOf } from './small-multiples/index.ts';

export const chartTypes: readonly ChartType[] = [
  barChart,
  groupedBarChart,
  progressChart,
  dumbbellChart,
  lineChart,
  seasonCalendar,
  bigNumbers,
  smallMultiplesOf(() => charts),
  dataTable,
] as ChartType[];

export const charts = createRegistry(chartTypes);
