import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadAllDatasets } from '../data/load-all.ts';
import { contentLoader } from './watch.ts';

/** The `datasets` collection: content/data/<id>.csv + <id>.yaml, validated and typed (src/data/dataset.ts). */
export function datasetsLoader(): Loader {
  return contentLoader('hsd-datasets', loadAllDatasets, (dir) => [path.join(dir, 'data'), path.join(dir, 'sources.yaml'), path.join(dir, 'places.yaml')]);
}
