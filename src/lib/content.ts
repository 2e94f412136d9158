import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChartContext } from '../charts/context.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';

/**
 * The site's content as typed maps, read once per build from the content collections (loaded and validated
 * by src/loaders/). Pages and components ask here instead of each querying the collections.
 */
let cached: Promise<ChartContext> | undefined;

export function siteContent(): Promise<ChartContext> {
  // In dev the collections change as editors save, so only a build may keep the first answer.
  if (!cached || import.meta.env.DEV) cached = load();
  return cached;
}

async function load(): Promise<ChartContext> {
  const [datasets, places, sources] = await Promise.all([getCollection('datasets'), getCollection('places'), getCollection('sources')]);
  return {
    datasets: new Map(datasets.map((entry) => [entry.id, entry.data as unknown as Dataset])),
    places: new Map(places.map((entry) => [entry.id, entry.data as Place])),
    sources: new Map(sources.map((entry) => [entry.id, entry.data as Source])),
  };
}

export type Story = CollectionEntry<'stories'>;

/** Published stories, newest first. Drafts appear only in `astro dev`. */
export async function publishedStories(): Promise<Story[]> {
  const stories = await getCollection('stories', (story) => import.meta.env.DEV || !story.data.draft);
  return stories.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** Datasets a story draws charts from: every `dataset="…"` its MDX names. */
export function datasetsOf(story: Story): string[] {
  return [...new Set([...(story.body ?? '').matchAll(/\bdataset="([^"]+)"/g)].map((match) => match[1]!))];
}

/** Static paths for the per-dataset routes: the page and its CSV and JSON downloads. */
export async function datasetPaths(): Promise<{ params: { id: string }; props: { dataset: Dataset } }[]> {
  const { datasets } = await siteContent();
  return [...datasets.values()].map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}
