import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readRegistry } from '../data/registry.ts';
import { contentLoader } from './watch.ts';

/** The `places`, `sources` or `corrections` collection, from content/places.yaml, sources.yaml or corrections.yaml. */
export function registryLoader(which: 'places' | 'sources' | 'corrections'): Loader {
  return contentLoader(`hsd-${which}`, (dir) => readRegistry(dir)[which], (dir) => [path.join(dir, 'sources.yaml'), path.join(dir, 'places.yaml'), path.join(dir, 'corrections.yaml')]);
}
