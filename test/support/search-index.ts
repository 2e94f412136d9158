import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isShardFolder } from '../../src/lib/pagefind.ts';

/**
 * The pages in a built site's search index, as Pagefind wrote them: one fragment per page under
 * pagefind/fragment/, gzip of `pagefind_dcd` followed by JSON with the page's URL, the text it indexed, its
 * metadata and filters. Read for the tests and `npm run bench:search`; the site itself reads them only
 * through Pagefind's script.
 */
export interface IndexedPage {
  url: string;
  /** The text as Pagefind holds it, a zero-width space between characters (src/lib/pagefind.ts). */
  content: string;
  /** The same text as the page shows it, without those spaces. */
  text: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const signature = 'pagefind_dcd';

/** The index's shards as written: pagefind/, then pagefind-2/, pagefind-3/, … (src/lib/pagefind.ts). */
export function indexShards(siteDir: string): string[] {
  const shards = readdirSync(siteDir).filter(isShardFolder);
  const number = (folder: string) => Number(folder.split('-')[1] ?? 1);
  return shards.sort((a, b) => number(a) - number(b));
}

/** Every page of the index, from all its shards. */
export function indexedPages(siteDir: string): IndexedPage[] {
  return indexShards(siteDir).flatMap((shard) => shardPages(siteDir, shard));
}

/** The pages one shard holds. */
export function shardPages(siteDir: string, shard: string): IndexedPage[] {
  const dir = path.join(siteDir, shard, 'fragment');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.pf_fragment'))
    .sort()
    .map((file) => {
      const bytes = gunzipSync(readFileSync(path.join(dir, file)));
      const head = bytes.subarray(0, signature.length).toString('latin1');
      if (head !== signature) throw new Error(`${file}: not a Pagefind fragment (starts with “${head}”)`);
      const page = JSON.parse(bytes.subarray(signature.length).toString('utf8')) as Omit<IndexedPage, 'text'>;
      return { ...page, text: page.content.replace(/\u200b/g, '') };
    });
}
