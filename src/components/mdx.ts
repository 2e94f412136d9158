import type { EditorComponentName } from '../mdx/components.ts';
import BarChart from './charts/BarChart.astro';
import LineChart from './charts/LineChart.astro';
import SeasonCalendar from './charts/SeasonCalendar.astro';
import Num from './Num.astro';

/** The components a story's MDX can use without importing them (names: src/mdx/components.ts). */
export const mdxComponents: Record<EditorComponentName, unknown> = {
  BarChart,
  LineChart,
  Num,
  SeasonCalendar,
};
