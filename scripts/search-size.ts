/**
 * `npm run bench:search`: what search costs. Builds the site into a scratch folder (as `npm run build` does,
 * Pagefind's index included), then prints
 *
 *   - the index Pagefind wrote (dist/pagefind/, and any further shards): its files by kind, bytes on disk and as sent (Pagefind's own
 *     index, fragment, filter and WebAssembly files are gzip already; its scripts and JSON are counted at gzip
 *     level 6, as a static host compresses them);
 *   - the bytes a reader's first query costs, in Chromium with an empty cache: /search/?q=… opened, every
 *     request until the results show, the page itself (HTML, CSS, its script) apart from Pagefind's files;
 *   - the bytes a second query then adds.
 *
 * Benchmarks print; they never assert. Pass queries as arguments to measure others: npm run bench:search -- 供热
 * The build takes the environment's settings, so another site's index, or one in shards, can be measured:
 * HSD_CONTENT_DIR=<content folder> HSD_SEARCH_SHARD_PAGES=100 npm run bench:search
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser.ts';
import { buildSite, outputDir, root } from '../test/support/build.ts';
import { serveSite } from '../test/support/serve.ts';
import { isShardFolder } from '../src/lib/pagefind.ts';
import { indexedPages, indexShards } from '../test/support/search-index.ts';

const queries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['煤改电', '供热', '乌海市 热泵'];
const base = '/';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Bytes as a static host sends them: Pagefind's binary files as they are (gzip inside), text at gzip level 6. */
const sent = (file: string, bytes: Buffer) => (/\.(js|json|html|css|xml)$/.test(file) || file.endsWith('/') ? gzipSync(bytes, { level: 6 }).length : bytes.length);

const name = 'bench-search';
try {
  const start = performance.now();
  const build = await buildSite(name, { SITE_URL: 'http://localhost:4321', BASE_PATH: base });
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const dist = outputDir(name);
  console.log(`astro build with the search index: ${((performance.now() - start) / 1000).toFixed(1)} s`);

  // The index on disk: its shards' folders, pagefind/ and (on a site of more pages than a shard holds)
  // pagefind-2/, pagefind-3/, … (src/lib/pagefind.ts).
  const shards = indexShards(dist);
  const files = (dir: string): string[] => readdirSync(dir).flatMap((entry) => (statSync(path.join(dir, entry)).isDirectory() ? files(path.join(dir, entry)).map((f) => `${entry}/${f}`) : [entry]));
  const groups = new Map<string, { count: number; disk: number; sent: number }>();
  for (const file of shards.flatMap((shard) => files(path.join(dist, shard)).map((f) => `${shard}/${f}`))) {
    const inShard = file.slice(file.indexOf('/') + 1);
    const kind = inShard.includes('/') ? `${inShard.split('/')[0]}/` : inShard.replace(/\.zh-cn_\w+/, '.zh-cn_…');
    const bytes = readFileSync(path.join(dist, file));
    const group = groups.get(kind) ?? { count: 0, disk: 0, sent: 0 };
    group.count++;
    group.disk += bytes.length;
    group.sent += sent(file, bytes);
    groups.set(kind, group);
  }
  const pages = indexedPages(dist);
  console.log(`\nsearch index: ${pages.length} pages (${pages.filter((p) => p.filters.kind?.[0] === 'story').length} stories, ${pages.filter((p) => p.filters.kind?.[0] === 'dataset').length} datasets, ${pages.filter((p) => p.filters.kind?.[0] === 'place').length} places), ${pages.reduce((sum, p) => sum + p.word_count, 0)} words indexed`);
  console.log(`${shards.length} shard(s): ${shards.map((shard) => `${shard}/`).join(', ')}`);
  console.log('file (all shards)                    files      on disk      as sent');
  let disk = 0;
  let total = 0;
  for (const [kind, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${kind.padEnd(36)}${String(group.count).padStart(7)}${kb(group.disk).padStart(13)}${kb(group.sent).padStart(13)}`);
    disk += group.disk;
    total += group.sent;
  }
  console.log(`${'all'.padEnd(36)}${String([...groups.values()].reduce((s, g) => s + g.count, 0)).padStart(7)}${kb(disk).padStart(13)}${kb(total).padStart(13)}`);

  // The first query and the next, in Chromium with an empty cache.
  const server = await serveSite(dist, base);
  const browser = await launchChromium();
  try {
    console.log('\nquery (Chromium, empty cache)     page      Pagefind: script  wasm    index  fragments  filters  requests   first query   then +1 query');
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const log: { url: string; bytes: number }[] = [];
      page.on('response', (response) => {
        void response
          .body()
          .then((body) => log.push({ url: new URL(response.url()).pathname, bytes: sent(new URL(response.url()).pathname, body) }))
          .catch(() => {});
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      const status = await settled(page);
      await page.waitForTimeout(300);
      const first = [...log];
      const sum = (list: typeof log, test: (url: string) => boolean) => list.filter((entry) => test(entry.url)).reduce((s, entry) => s + entry.bytes, 0);
      // A file in one of the index's shard folders.
      const pagefind = (url: string) => {
        const [folder, ...file] = url.slice(base.length).split('/');
        return file.length > 0 && isShardFolder(folder!);
      };
      const own = sum(first, (url) => !pagefind(url));
      const script = sum(first, (url) => pagefind(url) && url.endsWith('.js'));
      const wasm = sum(first, (url) => url.includes('/wasm.'));
      const index = sum(first, (url) => url.endsWith('.pf_index') || url.endsWith('.pf_meta') || url.endsWith('.json'));
      const fragments = sum(first, (url) => url.endsWith('.pf_fragment'));
      const filters = sum(first, (url) => url.endsWith('.pf_filter'));
      // A second query in the same tab: what it adds, the script and WebAssembly already loaded.
      await page.getByRole('searchbox', { name: '搜索报道、数据集和地点' }).fill('空气质量');
      await page.getByRole('searchbox', { name: '搜索报道、数据集和地点' }).press('Enter');
      await settled(page, status);
      await page.waitForTimeout(300);
      const added = log.slice(first.length).reduce((s, entry) => s + entry.bytes, 0);
      console.log(
        `${`${query} (${status.replace(/\D+/g, '') || 0})`.padEnd(30)}${kb(own).padStart(9)}${kb(script).padStart(18)}${kb(wasm).padStart(8)}${kb(index).padStart(9)}${kb(fragments).padStart(11)}${kb(filters).padStart(9)}${String(first.length).padStart(10)}${kb(own + script + wasm + index + fragments + filters).padStart(14)}${kb(added).padStart(16)}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(path.join(root, 'test/.output', name), { recursive: true, force: true });
}

/** Waits for the results line to give a count (another than `previous`), then returns it. */
async function settled(page: Page, previous?: string): Promise<string> {
  const status = page.getByRole('status');
  for (const start = Date.now(); Date.now() - start < 20_000; await page.waitForTimeout(20)) {
    const text = (await status.textContent()) ?? '';
    if (/找到/.test(text) && text !== previous) return text;
  }
  throw new Error('no results within 20 s');
}
