import { charts } from '../charts/index.ts';
import type { Registry } from '../charts/registry.ts';

/**
 * Components editors may use in a story, by name: the chart types of the registry (src/charts/index.ts), and
 * the three that are not charts. src/components/mdx.ts maps each name to its Astro component; the MDX plugin
 * (source-location.ts) rejects any other capitalised tag with a clear message.
 */
export const inlineComponents = ['HeatingBillCalculator', 'Num', 'Period'] as const;

/**
 * The components besides the chart types that get a stable id in their story, as a chart does (src/mdx/chart-ids.ts):
 * the calculator, whose HTML id its form's labels and hints hang on.
 */
export const identifiedComponents: readonly string[] = ['HeatingBillCalculator'];

export function editorComponentsOf(registry: Registry): string[] {
  return [...registry.components, ...inlineComponents].sort();
}

export const editorComponents: readonly string[] = editorComponentsOf(charts);
