import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from '../data/content-dir.ts';
import type { SiteContent } from '../data/site.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import type { Correction } from '../schemas/correction.ts';
import { checkCorrectionTargets } from '../data/corrections.ts';
import { throwContentError } from '../loaders/dev-errors.ts';

/**
 * The site's content as typed maps, read once per build from the content collections (loaded and validated
 * by src/loaders/). Pages and components ask here instead of each querying the collections.
 */
let cached: Promise<SiteContent> | undefined;

export function siteContent(): Promise<SiteContent> {
  // In dev the collections change as editors save, so only a build may keep the first answer.
  if (!cached || import.meta.env.HSD_ASTRO_DEV) cached = load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [datasets, places, sources] = await Promise.all([getCollection('datasets'), getCollection('places'), getCollection('sources')]);
  // In dev a collection may hold the mistake an editor just saved: the page shows it (src/loaders/dev-errors.ts).
  for (const entries of [datasets, places, sources]) throwContentError(entries);
  return {
    datasets: new Map(datasets.map((entry) => [entry.id, entry.data as unknown as Dataset])),
    places: new Map(places.map((entry) => [entry.id, entry.data as Place])),
    sources: new Map(sources.map((entry) => [entry.id, entry.data as Source])),
  };
}

/** Every correction, oldest first (content/corrections.yaml), each checked to name a story or dataset that exists. */
let cachedCorrections: Promise<Correction[]> | undefined;

export function corrections(): Promise<Correction[]> {
  // Read and checked once per build (every story page asks); in dev, anew as editors save.
  if (!cachedCorrections || import.meta.env.HSD_ASTRO_DEV) cachedCorrections = loadCorrections();
  return cachedCorrections;
}

async function loadCorrections(): Promise<Correction[]> {
  const [entries, stories, { datasets }] = await Promise.all([getCollection('corrections'), getCollection('stories'), siteContent()]);
  throwContentError(entries);
  throwContentError(stories);
  // The store keeps no order: put them back in the file's, by date and by their number that day.
  const order = (c: Correction) => Number(c.id.slice(c.id.lastIndexOf('-') + 1));
  const list = entries.map((entry) => entry.data as unknown as Correction).sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b));
  checkCorrectionTargets(list, { stories: new Set(stories.map((s) => s.id)), datasets: new Set(datasets.keys()) });
  return list;
}

export type Story = CollectionEntry<'stories'>;

/** Published stories, newest first. Drafts appear only in `astro dev`, whatever NODE_ENV says. */
export async function publishedStories(): Promise<Story[]> {
  const stories = await getCollection('stories', (story) => import.meta.env.HSD_ASTRO_DEV || !story.data.draft);
  throwContentError(stories);
  return stories.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** Static paths for the per-dataset routes: the page and its CSV and JSON downloads. */
export function datasetPaths() {
  return devPaths(async () => [...(await siteContent()).datasets.values()].map((dataset) => ({ params: { id: dataset.id }, props: { dataset } })), fileIds.datasets);
}

/**
 * A route's entity as the page renders it. In a build, the props getStaticPaths gave. In `astro dev`, Astro keeps
 * those props from before an editor's last save (and after a mistake there are none, see `devPaths`), so the page
 * takes the entity by its route param from the content read now; a mistake in it is thrown here, and
 * src/middleware.ts shows it in the page.
 */
export const current = {
  async dataset(id: string | undefined, fromProps: Dataset | undefined): Promise<Dataset> {
    if (!import.meta.env.HSD_ASTRO_DEV) return fromProps!;
    return (await siteContent()).datasets.get(id!) ?? fromProps!;
  },
  async place(id: string | undefined, fromProps: Place | undefined): Promise<Place> {
    if (!import.meta.env.HSD_ASTRO_DEV) return fromProps!;
    return (await siteContent()).places.get(id!) ?? fromProps!;
  },
  async story(slug: string | undefined, fromProps: Story | undefined): Promise<Story> {
    if (!import.meta.env.HSD_ASTRO_DEV) return fromProps!;
    return (await publishedStories()).find((other) => other.id === slug) ?? fromProps!;
  },
};

/**
 * getStaticPaths that survives a content mistake in `astro dev`: the routes are then the ids the content folder's
 * file names give (`fallback`), without props, so the page renders, reads the content through `current` and shows
 * the mistake. In a build the mistake is thrown as it is.
 */
export async function devPaths<P extends Record<string, string>, T>(paths: () => Promise<T[]>, fallback: () => P[]): Promise<(T | { params: P; props: Record<string, never> })[]> {
  try {
    return await paths();
  } catch (error) {
    if (!import.meta.env.HSD_ASTRO_DEV || !(error instanceof Error) || error.name !== 'EditorError') throw error;
    return fallback().map((params) => ({ params, props: {} }));
  }
}

/** The ids the content folder's file names give, for `devPaths`: datasets, stories, places. */
export const fileIds = {
  datasets: () => [...new Set(readdirSync(path.join(contentDir(), 'data')).filter((name) => /\.(csv|ya?ml)$/.test(name)).map((name) => name.replace(/\.[^.]+$/, '')))].map((id) => ({ id })),
  stories: () => readdirSync(path.join(contentDir(), 'stories')).filter((name) => name.endsWith('.mdx')).map((name) => ({ slug: name.slice(0, -'.mdx'.length) })),
  places: () => [...readFileSync(path.join(contentDir(), 'places.yaml'), 'utf8').matchAll(/^\s*-?\s*id:\s*([a-z0-9-]+)\s*$/gm)].map((match) => ({ id: match[1]! })),
};
