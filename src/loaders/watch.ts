import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir } from '../data/content-dir.ts';
import { contentErrorId, storedError } from './dev-errors.ts';

/**
 * A loader that fills its collection with what `read` finds in the content folder, each item stored as plain
 * JSON under its id, and in `astro dev` reads it all again when one of the `watched` files or folders changes.
 * In dev a mistake becomes the collection's one entry (src/loaders/dev-errors.ts), so the page shows it.
 */
export function contentLoader(name: string, read: (dir: string) => readonly { id: string }[], watched: (dir: string) => string[]): Loader {
  return {
    name,
    load: async ({ store, generateDigest, watcher, logger }) => {
      const dir = contentDir();
      const sync = () => {
        const items = read(dir);
        store.clear();
        for (const item of items) {
          const data = stored(item);
          store.set({ id: item.id, data, digest: generateDigest(data) });
        }
      };
      const showError = (error: unknown) => {
        store.clear();
        const data = { error: storedError(error) } as Record<string, unknown>;
        store.set({ id: contentErrorId, data, digest: generateDigest(data) });
      };
      if (!watcher) sync();
      else {
        try {
          sync();
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
          showError(error);
        }
      }
      watchContent(watcher, watched(dir), sync, logger, showError);
    },
  };
}

/**
 * An item as the collection stores it, and as pages get it back: plain JSON (no undefined fields, no class
 * instances). `npm run check:content` hands components datasets in this form too.
 */
export function stored<T extends object>(item: T): T & Record<string, unknown> {
  return JSON.parse(JSON.stringify(item)) as T & Record<string, unknown>;
}

/**
 * In `astro dev`, re-runs `sync` when a watched file changes. A mistake made while editing is logged and shown
 * in the page instead of stopping the dev server; `astro build` still fails on it.
 */
function watchContent(watcher: LoaderContext['watcher'], paths: string[], sync: () => void, logger: LoaderContext['logger'], showError: (error: unknown) => void): void {
  if (!watcher) return;
  watcher.add(paths);
  const onChange = (changed: string) => {
    if (!paths.some((watched) => changed.startsWith(watched))) return;
    try {
      sync();
      logger.info(`已重新读取 ${changed}`);
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
      showError(error);
    }
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}
