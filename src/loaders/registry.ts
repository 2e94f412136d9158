import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentDir } from '../data/content-dir.ts';
import { readRegistry } from '../data/registry.ts';
import { watchContent } from './watch.ts';

/** The `places`, `sources` or `corrections` collection, from content/places.yaml, sources.yaml or corrections.yaml. */
export function registryLoader(which: 'places' | 'sources' | 'corrections'): Loader {
  return {
    name: `hsd-${which}`,
    load: async ({ store, generateDigest, watcher, logger }) => {
      const dir = contentDir();
      const sync = () => {
        const items = readRegistry(dir)[which];
        store.clear();
        for (const item of items) {
          const data = JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
          store.set({ id: item.id, data, digest: generateDigest(data) });
        }
      };
      sync();
      watchContent(watcher, [path.join(dir, 'sources.yaml'), path.join(dir, 'places.yaml'), path.join(dir, 'corrections.yaml')], sync, logger);
    },
  };
}
