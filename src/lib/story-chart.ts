import { parseSourceLocation } from '../data/props.ts';
import { storyIdOf } from '../data/story-files.ts';

/**
 * Which story a chart stands in, and its id there: what the controls under a story's chart (the embed code,
 * the downloads) are named by. A chart of a story has both an `__id` and a `__source` in its story file
 * (src/mdx/source-location.ts); a story's id is its file name (src/data/story-files.ts). A chart of a page
 * template (the home page, the gallery) has neither, and no controls.
 */
export interface StoryChart {
  story: string;
  chart: string;
}

/** From a `<Chart>` element's props (src/mdx/component-models.ts, ChartElementProps). */
export function storyChartOf(props: { __id?: string | undefined; __source?: unknown }): StoryChart | undefined {
  if (!props.__id || typeof props.__source !== 'string') return undefined;
  return { story: storyIdOf(parseSourceLocation(props.__source, '').file), chart: props.__id };
}
