import type { EditorComponentName } from '../mdx/components.ts';
import BarChart from './charts/BarChart.astro';
import BigNumbers from './charts/BigNumbers.astro';
import DataTable from './charts/DataTable.astro';
import LineChart from './charts/LineChart.astro';
import SeasonCalendar from './charts/SeasonCalendar.astro';
import GroupedBarChart from './charts/GroupedBarChart.astro';
import ProgressChart from './charts/ProgressChart.astro';
import DumbbellChart from './charts/DumbbellChart.astro';
import HeatingBillCalculator from './HeatingBillCalculator.astro';
import Num from './Num.astro';
import Period from './Period.astro';
import SmallMultiples from './charts/SmallMultiples.astro';

/** The components a story's MDX can use without importing them (names: src/mdx/components.ts). */
export const mdxComponents: Record<EditorComponentName, unknown> = {
  BarChart,
  BigNumbers,
  DataTable,
  LineChart,
  GroupedBarChart,
  HeatingBillCalculator,
  ProgressChart,
  DumbbellChart,
  Num,
  Period,
  SeasonCalendar,
  SmallMultiples,
};
