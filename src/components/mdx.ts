import Chart from './charts/Chart.astro';
import HeatingBillCalculator from './HeatingBillCalculator.astro';
import Num from './Num.astro';
import Period from './Period.astro';
import type { ModelledComponent } from '../mdx/component-models.ts';

/**
 * The components a story's MDX can use without importing them. Every chart type arrives as `<Chart>`: the MDX
 * plugin (src/mdx/source-location.ts) renames `<BarChart …>` to `<Chart __chart="BarChart" …>`, so a new chart
 * type needs no line here. Each builds its model from its props with src/mdx/component-models.ts, which names
 * the same components (the type below holds the two lists together): `npm run check:content` checks them there.
 */
export const mdxComponents = { Chart, HeatingBillCalculator, Num, Period } satisfies Record<ModelledComponent, unknown>;
