import type { LoaderContext } from 'astro/loaders';

/**
 * In `astro dev`, re-runs `sync` when a watched file changes. A mistake made while editing is logged (the
 * page keeps its last good data) instead of stopping the dev server; `astro build` still fails on it.
 */
export function watchContent(watcher: LoaderContext['watcher'], paths: string[], sync: () => void, logger: LoaderContext['logger']): void {
  if (!watcher) return;
  watcher.add(paths);
  const onChange = (changed: string) => {
    if (!paths.some((watched) => changed.startsWith(watched))) return;
    try {
      sync();
      logger.info(`已重新读取 ${changed}`);
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
    }
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}
