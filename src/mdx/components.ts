import { charts } from '../charts/index.ts';
import type { Registry } from '../charts/registry.ts';

/**
 * Components editors may use in a story, by name: the chart types of the registry (src/charts/index.ts), and
 * the three that are not charts. src/components/mdx.ts maps each name to its Astro component; the MDX plugin
 * (source-location.ts) rejects any other capitalised tag with a clear message.
 */
export const inlineComponents = ['HeatingBillCalculator', 'Num', 'Period'] as const;

export function editorComponentsOf(registry: Registry): string[] {
  return [...registry.components, ...inlineComponents].sort();
}

export const editorComponents: readonly string[] = editorComponentsOf(charts);
