import { corrections, publishedStories, siteContent, type Story } from './content.ts';
import { indexSite, type SiteIndexes, type StoryIndexEntry as Entry } from './indexes.ts';

/**
 * What the whole build asks of the stories, computed once per build: each published story's components with
 * their props, its charts with their stable ids (src/mdx/chart-ids.ts), the datasets it reads
 * (src/lib/story-parts.ts), and the indexes every page reads instead of scanning every story (src/lib/indexes.ts:
 * dataset → stories, place → stories and datasets, tag → stories, source → datasets, related stories, a story's
 * corrections). In `astro dev`, read anew on every request, as editors save.
 */
export type StoryIndexEntry = Entry<Story>;
export type SiteIndex = SiteIndexes<Story>;

let cached: Promise<SiteIndex> | undefined;

export function siteIndex(): Promise<SiteIndex> {
  if (!cached || import.meta.env.HSD_ASTRO_DEV) cached = build();
  return cached;
}

async function build(): Promise<SiteIndex> {
  const [stories, content, list] = await Promise.all([publishedStories(), siteContent(), corrections()]);
  return indexSite(stories, content, list);
}
