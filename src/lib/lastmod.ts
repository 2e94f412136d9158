import path from 'node:path';
import { loadAllDatasets } from '../data/load-all.ts';
import { readRegistry } from '../data/registry.ts';
import { readStoryFiles } from '../data/story-files.ts';
import { rethrow } from '../errors/report.ts';

/**
 * When each page last changed in substance, for the sitemap's <lastmod> (astro.config.mjs): a published
 * story's `updated` date, else its publication date; a dataset page's `updated`. Read from the content folder
 * with the build's own validators, since the sitemap is written after the pages, outside Astro's content
 * collections. Keys are paths below the base path (`/stories/<id>/`), values YYYY-MM-DD.
 */
export function lastModified(content: string): Map<string, string> {
  const registry = readRegistry(content);
  const dates = new Map<string, string>();
  for (const story of readStoryFiles(path.join(content, 'stories'), registry, rethrow)) {
    const frontmatter = story.frontmatter!;
    if (!frontmatter.draft) dates.set(`/stories/${story.id}/`, frontmatter.updated ?? frontmatter.date);
  }
  for (const dataset of loadAllDatasets(content)) dates.set(`/data/${dataset.id}/`, dataset.meta.updated);
  return dates;
}
