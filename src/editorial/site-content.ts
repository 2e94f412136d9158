import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteContent } from '../data/site.ts';
import { loadAllDatasets } from '../data/load-all.ts';
import { readRegistry } from '../data/registry.ts';
import { checkStory, type StoryCheck } from './story-check.ts';
import { inlineRenderer } from './render-inline.ts';
import { firstParagraph, proseLength, storyText, type StoryText } from './story-text.ts';

/** The site's content read outside a build, as the editorial checks need it: datasets, places, sources. */
export function readSiteContent(content: string): SiteContent {
  const registry = readRegistry(content);
  return {
    datasets: new Map(loadAllDatasets(content).map((dataset) => [dataset.id, dataset])),
    places: new Map(registry.places.map((place) => [place.id, place])),
    sources: new Map(registry.sources.map((source) => [source.id, source])),
  };
}

/** One story of content/stories/, as the reader reads it, and what the editorial rules find in it. */
export interface CheckedStory {
  file: string;
  draft: boolean;
  text: StoryText;
  check: StoryCheck;
}

export function checkStories(content: string, context: SiteContent, reports: { index: Set<string>; texts: string[] } | null): CheckedStory[] {
  const dir = path.join(content, 'stories');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const mdx = readFileSync(path.join(dir, file), 'utf8');
      const shown = path.relative(process.cwd(), path.join(dir, file));
      const text = storyText(mdx, inlineRenderer(context, shown), shown);
      return { file, draft: text.draft, text, check: checkStory(text, proseLength(storyText(mdx)), firstParagraph(text, mdx), reports) };
    });
}
