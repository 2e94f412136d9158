import path from 'node:path';

/**
 * The build's cache folder: Astro's (astro.config.mjs `cacheDir`, where its content store lives) and the
 * drawn PNGs' (src/lib/png.ts). `node_modules/.astro` unless HSD_CACHE_DIR names another: the tests' and the
 * benchmark's builds each get their own. A newsroom's CI keeps it between builds to build faster; a build
 * without it draws everything again and writes the same bytes.
 */
export function cacheDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.HSD_CACHE_DIR || 'node_modules/.astro');
}
