import { publishedStories, type Story } from './content.ts';
import { storyParts, type StoryParts } from './story-parts.ts';

/**
 * What the whole build asks of the stories, computed once per build: each published story's components with
 * their props, its charts with their stable ids (src/mdx/chart-ids.ts), the datasets it reads
 * (src/lib/story-parts.ts). Pages read it here instead of each scanning every story. In `astro dev`, read anew
 * on every request, as editors save.
 */
export interface StoryIndexEntry extends StoryParts {
  story: Story;
}

export interface SiteIndex {
  /** Published stories, newest first (as publishedStories()). */
  stories: Story[];
  /** A published story's entry, by its id. */
  story(id: string): StoryIndexEntry | undefined;
}

let cached: Promise<SiteIndex> | undefined;

export function siteIndex(): Promise<SiteIndex> {
  if (!cached || import.meta.env.HSD_ASTRO_DEV) cached = build();
  return cached;
}

async function build(): Promise<SiteIndex> {
  const stories = await publishedStories();
  const entries = new Map(stories.map((story) => [story.id, { story, ...storyParts(story.filePath!) }]));
  return { stories, story: (id) => entries.get(id) };
}
