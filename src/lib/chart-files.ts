import { chartsOfStory, isFigure, type FigureChart, type StoryChart } from './card-inputs.ts';
import { siteContent, type Story } from './content.ts';
import { siteIndex } from './site-index.ts';
import { absoluteHref, paths } from './paths.ts';
import { chartElementId } from '../mdx/component-models.ts';

/**
 * Every chart of every published story with its model, once per build: what the download routes
 * (src/pages/downloads/), the share-card routes (src/pages/cards/) and the pages' og:image ask for. Read from
 * the build's index of stories (src/lib/site-index.ts), each model built as the story page builds it, so a
 * file shows exactly the chart on the page. In `astro dev`, read anew on every request.
 */
let cached: Promise<StoryChart<Story>[]> | undefined;

export function storyCharts(): Promise<StoryChart<Story>[]> {
  if (!cached || import.meta.env.HSD_ASTRO_DEV) cached = build();
  return cached;
}

async function build(): Promise<StoryChart<Story>[]> {
  const [index, site] = await Promise.all([siteIndex(), siteContent()]);
  return index.stories.flatMap((story) => chartsOfStory(story, index.story(story.id)!.charts, site));
}

/** The static paths of the per-chart routes (downloads and chart cards): `/…/<story>/<chart-id>.…`. */
export interface ChartRouteProps {
  chart: StoryChart<Story>;
}

export interface FigureRouteProps {
  chart: FigureChart<Story>;
}

/** Every chart of every published story. */
export async function chartPaths() {
  return (await storyCharts()).map((chart) => ({ params: { story: chart.story.id, chart: chart.id }, props: { chart } satisfies ChartRouteProps }));
}

/** The charts drawn with Plot: those with an SVG and a PNG. */
export async function figurePaths() {
  return (await storyCharts()).filter(isFigure).map((chart) => ({ params: { story: chart.story.id, chart: chart.id }, props: { chart } satisfies FigureRouteProps }));
}

/** A story's chart's public address: its figure in its story (`…/stories/<story>/#chart-<id>`). */
export function chartAddress(chart: Pick<StoryChart<Story>, 'story' | 'id'>): string {
  return `${absoluteHref(paths.story(chart.story.id))}#${chartElementId(chart.id)}`;
}
