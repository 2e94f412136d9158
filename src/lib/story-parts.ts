import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exampleDatasets } from '../charts/registry.ts';
import { storyElements, type StoryElement } from '../check/mdx.ts';
import type { ChartElementProps } from '../mdx/component-models.ts';

/**
 * One story as the build index (src/lib/site-index.ts) holds it, from its MDX as the build compiles it
 * (src/check/mdx.ts runs the site's own MDX plugins). Pure: it reads the file, not the content collections, so
 * tests and scripts use it as the pages do.
 */
export interface StoryChart {
  /** The chart's id in its story: `bar-shuozhou-heat-capacity-2022`, or the `id` its editor wrote. */
  id: string;
  /** The element's props as `<Chart>` receives them (`__chart`, `__source`, `__id` included). */
  props: ChartElementProps;
}

export interface StoryParts {
  elements: StoryElement[];
  charts: StoryChart[];
  /** Every dataset its components name, charts' `items` included, in the order first named. */
  datasets: string[];
}

/** A story's parts, from its file as it is on disk. */
export function storyParts(file: string): StoryParts {
  const absolute = path.resolve(file);
  const elements = storyElements(absolute, readFileSync(absolute, 'utf8'));
  return { elements, charts: chartsOf(elements), datasets: datasetsOfElements(elements) };
}

/** The charts among a story's elements, in document order. */
export function chartsOf(elements: readonly StoryElement[]): StoryChart[] {
  return elements.filter((element) => element.name === 'Chart').map((element) => ({ id: String(element.props.__id), props: element.props as unknown as ChartElementProps }));
}

/** Every dataset the elements name (a chart's `dataset`, its `items`' datasets, a <Num>'s, the calculator's). */
export function datasetsOfElements(elements: readonly StoryElement[]): string[] {
  return [...new Set(elements.flatMap((element) => exampleDatasets({ props: element.props })))];
}
