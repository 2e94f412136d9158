import Chart from './charts/Chart.astro';
import HeatingBillCalculator from './HeatingBillCalculator.astro';
import Num from './Num.astro';
import Period from './Period.astro';

/**
 * The components a story's MDX can use without importing them. Every chart type arrives as `<Chart>`: the MDX
 * plugin (src/mdx/source-location.ts) renames `<BarChart …>` to `<Chart __chart="BarChart" …>`, so a new chart
 * type needs no line here.
 */
export const mdxComponents = { Chart, HeatingBillCalculator, Num, Period };
