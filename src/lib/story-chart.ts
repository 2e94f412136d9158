import { parseSourceLocation } from '../data/props.ts';
import { storyIdOf } from '../data/story-files.ts';

/**
 * Which story a chart stands in, and its id there: what the actions under a story's chart (the downloads,
 * ChartDownloads.astro; the embed code, ChartEmbed.astro) are named by. A chart of a story has both an `__id` and
 * a `__source` in its story file (src/mdx/source-location.ts); a story's id is its file name
 * (src/data/story-files.ts). A chart of a page template (the home page, the gallery) has neither, and no actions.
 */
export interface StoryChart {
  story: string;
  chart: string;
}

/** From a `<Chart>` element's props (src/mdx/component-models.ts, ChartElementProps). */
export function storyChartOf(props: { __id?: string | undefined; __source?: unknown }): StoryChart | undefined {
  if (!props.__id || typeof props.__source !== 'string') return undefined;
  const { file } = parseSourceLocation(props.__source, '');
  return file.endsWith('.mdx') ? { story: storyIdOf(file), chart: props.__id } : undefined;
}
