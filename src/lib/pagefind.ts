import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The search index, written by Pagefind into `<outDir>/pagefind/` as the last step of every `astro build`
 * (so `npm run build`, `npm start` and the tests' builds all have it). Pagefind's extended binary, which the
 * npm package ships for each platform, segments the Chinese pages (`<html lang="zh-CN">`) into characters
 * and character pairs; src/client/search.ts searches them.
 *
 * Only the pages that mark their content with `data-pagefind-body` are indexed: stories, datasets and
 * places. Each is added under its public path, base path included (`/hsd/stories/x/`), so the index's URLs
 * are the addresses a reader follows and the client needs no base of its own.
 *
 * Pagefind builds an index in memory, about 0.45 MB a page, and keeps it until it writes the files. So that a
 * site of any size is indexed within a bounded memory, the pages are indexed in shards of at most
 * `shardPages` (in the order of their paths), one Pagefind process after the other: the first shard is
 * `pagefind/`, the next `pagefind-2/`, `pagefind-3/` and so on. `pagefind/shards.json` lists the others'
 * addresses, and the search page merges them into the first (Pagefind's `mergeIndex`), so a query searches
 * all. A site of up to `shardPages` pages has one shard and an empty list.
 */
export function pagefindIndex({ shardPages = defaultShardPages }: { shardPages?: number } = {}): AstroIntegration {
  if (!Number.isInteger(shardPages) || shardPages < 1) throw new Error(`pagefindIndex: shardPages is ${shardPages}; it must be a whole number of pages, 1 or more.`);
  let base = '/';
  return {
    name: 'hsd-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        for (const entry of readdirSync(outDir)) if (isShardFolder(entry)) rmSync(path.join(outDir, entry), { recursive: true, force: true });
        const shards: string[] = [];
        let shard: { index: pagefind.PagefindIndex; pages: number } | undefined;
        let pages = 0;
        const startShard = async () => {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          return { index, pages: 0 };
        };
        const finish = async () => {
          if (!shard) return;
          const folder = shardFolder(shards.length);
          const bundle = path.join(outDir, folder);
          const written = await shard.index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
          // Pagefind also writes its ready-made interfaces, which the site does not use (its search page is
          // its own, on Pagefind's JS API): nothing loads them, so they are not published.
          for (const file of readdirSync(bundle)) if (unusedFile.test(file)) rmSync(path.join(bundle, file));
          shards.push(folder);
          shard = undefined;
          // The process ends, and the memory of its index with it, before the next shard's starts.
          await pagefind.close();
        };
        // Pages are handed to Pagefind a few at a time (it indexes them on several threads, about a fifth
        // faster than one by one); the index it writes is the same whatever order they arrive in.
        let adding: Promise<void>[] = [];
        const settle = async () => {
          const results = await Promise.allSettled(adding);
          adding = [];
          const failed = results.find((result) => result.status === 'rejected');
          if (failed) throw failed.reason;
        };
        try {
          for (const file of htmlFiles(outDir)) {
            const content = readFileSync(path.join(outDir, file), 'utf8');
            if (!content.includes('data-pagefind-body')) continue;
            if (shard && shard.pages >= shardPages) {
              await settle();
              await finish();
            }
            shard ??= await startShard();
            const url = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
            adding.push(
              shard.index.addHTMLFile({ url, content: characterBoundaries(content) }).then((added) => {
                if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
              }),
            );
            if (adding.length >= pagesInFlight) await settle();
            shard.pages++;
            pages++;
          }
          await settle();
          // A site with nothing to index still gets an index, an empty one, for its search page to read.
          if (shards.length === 0) shard ??= await startShard();
          await finish();
        } finally {
          await pagefind.close();
        }
        const manifest: ShardManifest = { merge: shards.slice(1).map((folder) => `${base}${folder}/`) };
        writeFileSync(path.join(outDir, shards[0]!, 'shards.json'), `${JSON.stringify(manifest)}\n`);
        const where = shards.length === 1 ? `${path.relative(process.cwd(), path.join(outDir, shards[0]!))}/` : `${shards.length} shards of at most ${shardPages} (${shards.join('/, ')}/)`;
        logger.info(`search index: ${pages} pages in ${where} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
      },
    },
  };
}

/** Pages handed to Pagefind before their answers are awaited. */
const pagesInFlight = 8;

/** Pages a shard of the index holds at most: about 0.45 GB of Pagefind's memory while it is built. */
export const defaultShardPages = 1000;

/** `pagefind/shards.json`: the addresses of the index's other shards, which the search page merges into the first. */
export interface ShardManifest {
  merge: string[];
}

/** The folder of the index's shard `n` (from 0): pagefind, pagefind-2, pagefind-3, … */
export function shardFolder(n: number): string {
  return n === 0 ? 'pagefind' : `pagefind-${n + 1}`;
}
/** Whether a folder of the built site is a shard of the index (shardFolder's names). */
export function isShardFolder(name: string): boolean {
  return /^pagefind(-\d+)?$/.test(name);
}

/**
 * The shard size a build was given: HSD_SEARCH_SHARD_PAGES if set (a whole number, 1 or more), else
 * defaultShardPages.
 */
export function shardPagesSetting(value = process.env.HSD_SEARCH_SHARD_PAGES): number {
  if (value === undefined || value === '') return defaultShardPages;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`HSD_SEARCH_SHARD_PAGES is “${value}”: it must be a whole number of pages, 1 or more (the most one shard of the search index holds; unset, ${defaultShardPages}).`);
  return Number(value);
}

/**
 * The page as Pagefind reads it, with a zero-width space before each Chinese character of its text but the
 * first of the page (not in its tags or attributes; across tags too: 行 and 列 in two table cells), so that
 * Pagefind indexes each character as a word of its own, in order. Pagefind drops the spaces from the words it
 * indexes. (A space after a block's last character would hide the block's end from Pagefind, which then runs
 * the blocks together in excerpts.)
 */
export function characterBoundaries(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(/\p{Script=Han}/gu, '\u200b$&')))
    .join('');
}

/** Pagefind's default, modular and component UIs and its highlighting script. */
const unusedFile = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Every .html file under `dir`, as sorted paths relative to it with forward slashes. */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return htmlFiles(dir, relative);
      return entry.name.endsWith('.html') ? [relative] : [];
    });
}
