import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentDir } from '../data/content-dir.ts';
import { loadAllDatasets } from '../data/load-all.ts';
import { watchContent } from './watch.ts';

/** The `datasets` collection: content/data/<id>.csv + <id>.yaml, validated and typed (src/data/dataset.ts). */
export function datasetsLoader(): Loader {
  return {
    name: 'hsd-datasets',
    load: async ({ store, generateDigest, watcher, logger }) => {
      const dir = contentDir();
      const sync = () => {
        const datasets = loadAllDatasets(dir);
        store.clear();
        for (const dataset of datasets) {
          const data = JSON.parse(JSON.stringify(dataset)) as Record<string, unknown>;
          store.set({ id: dataset.id, data, digest: generateDigest(data) });
        }
      };
      sync();
      watchContent(watcher, [path.join(dir, 'data'), path.join(dir, 'sources.yaml'), path.join(dir, 'places.yaml')], sync, logger);
    },
  };
}
