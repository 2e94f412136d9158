import { existsSync } from 'node:fs';
import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from '../data/content-dir.ts';

/**
 * The `gallery` collection: content/gallery/<chart-type>.mdx, one entry per chart component for /gallery/.
 * A content folder without a gallery (a fixture site, a fork) simply has no gallery page entries.
 */
export function galleryLoader(): Loader {
  const dir = path.join(contentDir(), 'gallery');
  if (existsSync(dir)) return glob({ pattern: '*.mdx', base: dir });
  return { name: 'hsd-gallery-none', load: async ({ store }) => store.clear() };
}
