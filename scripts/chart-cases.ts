/**
 * One representative use of each chart type, on the site's real datasets, for `npm run bench` to time its
 * build-time render. A new chart type adds a line here.
 */
import { barFigure } from '../src/charts/bar-chart.ts';
import { bigNumbersModel } from '../src/charts/big-numbers.ts';
import type { ChartContext } from '../src/charts/context.ts';
import { dataTableModel } from '../src/charts/data-table.ts';
import { dumbbellFigure } from '../src/charts/dumbbell-chart.ts';
import { groupedBarFigure } from '../src/charts/grouped-bar-chart.ts';
import { progressFigure } from '../src/charts/progress-chart.ts';
import { lineFigure } from '../src/charts/line-chart.ts';
import { seasonCalendarFigure } from '../src/charts/season-calendar-chart.ts';
import { smallMultiplesFigure } from '../src/charts/small-multiples.ts';

export const chartCases: Record<string, (context: ChartContext) => unknown> = {
  BarChart: (c) => barFigure({ dataset: 'shanxi-city-heating-prices-2022', label: 'place', value: 'residential' }, c),
  GroupedBarChart: (c) => groupedBarFigure({ dataset: 'shanxi-city-heating-prices-2022', label: 'place', values: 'residential、non_residential' }, c),
  'GroupedBarChart stacked': (c) => groupedBarFigure({ dataset: 'shuozhou-chp-heat-sources-central-city-2022', series: 'plant', value: 'heating_capacity', mode: 'stacked' }, c),
  ProgressChart: (c) => progressFigure({ dataset: 'hongqiao-heating-renovation-2024', value: 'value', planned: 'windows_signed、radiators_signed', done: 'windows_installed、radiators_installed', labels: '外窗换新、暖气片换新' }, c),
  DumbbellChart: (c) => dumbbellFigure({ dataset: 'hohhot-insulation-trial-surface-temperature', value: 'surface_temperature', before: 'trial_before', after: 'trial_after', labels: '陶瓷微珠保温试验' }, c),
  SmallMultiples: (c) => smallMultiplesFigure({ chart: 'BarChart', by: 'label', dataset: 'shuozhou-heating-coverage-2022', label: 'scope', value: 'percent' }, c),
  LineChart: (c) => lineFigure({ dataset: 'shuozhou-so2-2020-2022', x: 'year', y: 'value' }, c),
  SeasonCalendar: (c) => seasonCalendarFigure({ dataset: 'heating-season-calendar', label: 'label', start: 'start', end: 'end', days: 'days', season: 'season' }, c),
  BigNumbers: (c) => bigNumbersModel({ dataset: 'baotou-heat-group-service-2025-2026', rows: 'hotline、work-orders、online', column: 'count' }, c),
  DataTable: (c) => dataTableModel({ dataset: 'shanxi-city-heating-prices-2022', sort: 'residential' }, c),
};
