import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { loadAllDatasets } from '../../src/data/load-all.ts';
import { readRegistry } from '../../src/data/registry.ts';
import { readStoryFiles } from '../../src/data/story-files.ts';
import { rethrow } from '../../src/errors/report.ts';
import { buildSite, root } from '../support/build.ts';
import { builtPages } from '../support/gates/pages.ts';
import { indexedPages, indexShards, shardPages } from '../support/search-index.ts';
import { base, siteOrigin, subPath } from '../support/site.setup.ts';

/**
 * What the site publishes for other sites and readers' tools, on the build of test/support/site.setup.ts:
 * the feed, the sitemap's dates, the search field on every page and the search index, every address under
 * the sub-path (on a build with the newsroom's example address), and a production build without SITE_URL.
 */
const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
/**
 * Pages framed by the site: all but embed pages (/embed/…), which are shown inside another site's page with
 * the chart and nothing else (issue 13), so carry no site header and no feed link.
 */
const framed = pages.filter((page) => !page.route.startsWith('embed/'));
const publicUrl = `${siteOrigin}${base}`;
const content = path.join(root, 'content');
const stories = readStoryFiles(path.join(content, 'stories'), readRegistry(content), rethrow)
  .map((story) => ({ id: story.id, ...story.frontmatter! }))
  .filter((story) => !story.draft);
const datasets = loadAllDatasets(content);
const xml = (file: string) => new DOMParser().parseFromString(readFileSync(path.join(siteDir, file), 'utf8'), 'text/xml');
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

describe('the feed, /rss.xml', () => {
  const feed = xml('rss.xml');
  const items = [...feed.querySelectorAll('item')];
  const text = (item: Element, tag: string) => item.getElementsByTagName(tag)[0]?.textContent ?? null;

  it('is RSS 2.0 with the Atom namespace, its channel at the public address and its own address as self', () => {
    const rss = feed.documentElement;
    expect(rss.tagName).toBe('rss');
    expect(rss.getAttribute('version')).toBe('2.0');
    expect(rss.getAttribute('xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
    const channel = feed.querySelector('channel')!;
    expect(channel.querySelector(':scope > link')?.textContent).toBe(publicUrl);
    expect(channel.querySelector(':scope > language')?.textContent).toBe('zh-CN');
    const self = channel.getElementsByTagName('atom:link')[0]!;
    expect([self.getAttribute('href'), self.getAttribute('rel'), self.getAttribute('type')]).toEqual([`${publicUrl}rss.xml`, 'self', 'application/rss+xml']);
    const latest = stories.map((story) => story.updated ?? story.date).sort().at(-1)!;
    expect(channel.querySelector(':scope > lastBuildDate')?.textContent).toBe(chinaMidnight(latest).toUTCString());
  });

  it('has every published story, newest first, with its absolute link, pubDate, dek, tags and updated date', () => {
    expect(stories.length).toBeGreaterThanOrEqual(7);
    const newestFirst = [...stories].sort((a, b) => b.date.localeCompare(a.date));
    expect(items.map((item) => text(item, 'link'))).toEqual(newestFirst.map((story) => `${publicUrl}stories/${story.id}/`));
    for (const story of newestFirst) {
      const item = items.find((i) => text(i, 'link') === `${publicUrl}stories/${story.id}/`)!;
      expect(text(item, 'title')).toBe(story.title);
      expect(text(item, 'guid')).toBe(`${publicUrl}stories/${story.id}/`);
      expect(text(item, 'description')).toBe(story.dek);
      expect(text(item, 'pubDate')).toBe(chinaMidnight(story.date).toUTCString());
      expect([...item.getElementsByTagName('category')].map((c) => c.textContent)).toEqual(story.tags);
      expect(text(item, 'atom:updated')).toBe(story.updated ? `${story.updated}T00:00:00+08:00` : null);
    }
    expect(stories.some((story) => story.updated)).toBe(true);
  });

  it('is linked from every page as its alternate', () => {
    const missing = framed.filter((page) => page.document.querySelector(`head link[rel="alternate"][type="application/rss+xml"]`)?.getAttribute('href') !== `${base}rss.xml`);
    expect(framed.length).toBeGreaterThanOrEqual(80);
    expect(missing.map((page) => `/${page.route}`)).toEqual([]);
  });
});

describe('the sitemap', () => {
  const urls = [...xml('sitemap-0.xml').querySelectorAll('url')].map((url) => ({
    loc: url.querySelector('loc')!.textContent!,
    lastmod: url.querySelector('lastmod')?.textContent ?? null,
  }));
  const lastmodOf = (route: string) => urls.find((url) => url.loc === `${publicUrl}${route}`)?.lastmod;
  const day = (lastmod: string | null | undefined) => (lastmod ? new Date(lastmod).toISOString().slice(0, 10) : lastmod);

  it('dates each story by its updated date, else its publication date', () => {
    for (const story of stories) expect(day(lastmodOf(`stories/${story.id}/`)), story.id).toBe(story.updated ?? story.date);
  });

  it('dates each dataset page by its updated date', () => {
    for (const dataset of datasets) expect(day(lastmodOf(`data/${dataset.id}/`)), dataset.id).toBe(dataset.meta.updated);
  });

  it('gives no date to pages that have none (the hub, places, tags)', () => {
    const dated = new Set([...stories.map((s) => `${publicUrl}stories/${s.id}/`), ...datasets.map((d) => `${publicUrl}data/${d.id}/`)]);
    expect(urls.filter((url) => url.lastmod && !dated.has(url.loc)).map((url) => url.loc)).toEqual([]);
    expect(lastmodOf('')).toBeNull();
  });

  it('leaves out the search page, kept out of search engines', () => {
    expect(urls.map((url) => url.loc)).not.toContain(`${publicUrl}search/`);
    expect(builtPages(siteDir).find((page) => page.route === 'search/')!.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('search', () => {
  it('has a search field in the header of every page: a GET form to /search/ with the query as q', () => {
    expect(framed.length).toBeGreaterThanOrEqual(80);
    const wrong = framed.flatMap((page) => {
      const forms = [...page.document.querySelectorAll('header.site-header form')];
      const form = forms[0];
      const input = form?.querySelector('input[name="q"]');
      const ok = forms.length === 1 && form!.getAttribute('action') === `${base}search/` && form!.getAttribute('method') === 'get' && input?.getAttribute('type') === 'search' && form!.querySelector(`label[for="${input.getAttribute('id')}"]`);
      return ok ? [] : [`/${page.route}`];
    });
    expect(wrong).toEqual([]);
  });

  it('loads no search script on any page but /search/', () => {
    const scriptText = (page: (typeof pages)[number]) =>
      [...page.document.querySelectorAll('script')].map((script) => {
        const src = script.getAttribute('src');
        return src ? readFileSync(path.join(siteDir, src.slice(base.length)), 'utf8') : (script.textContent ?? '');
      });
    const searching = pages.filter((page) => page.document.querySelector('[data-search]') || scriptText(page).some((code) => /pagefind|data-search/.test(code)));
    expect(searching.map((page) => page.route)).toEqual(['search/']);
    // The search page's own script is the one that loads Pagefind from the site's /pagefind/ folder.
    const search = pages.find((page) => page.route === 'search/')!;
    expect(search.document.querySelector('[data-search]')?.getAttribute('data-bundle')).toBe(`${base}pagefind/pagefind.js`);
    expect(scriptText(search).some((code) => code.includes('data-search'))).toBe(true);
  });

  it('indexes exactly the stories, datasets and places, each under its public path with its title, kind, period and places', () => {
    const indexed = indexedPages(siteDir);
    const expected = [
      ...stories.map((story) => `${base}stories/${story.id}/`),
      ...datasets.map((dataset) => `${base}data/${dataset.id}/`),
      ...readRegistry(content).places.map((place) => `${base}places/${place.id}/`),
    ].sort();
    expect(indexed.map((page) => page.url).sort()).toEqual(expected);
    const byUrl = new Map(indexed.map((page) => [page.url, page]));
    const story = byUrl.get(`${base}stories/haibowan-coal-to-electric/`)!;
    expect(story.meta).toMatchObject({ title: stories.find((s) => s.id === 'haibowan-coal-to-electric')!.title, kind: '报道', period: '报道未写明年份' });
    expect(story.filters.kind).toEqual(['story']);
    // Filed under its places and every place above them.
    expect(story.filters.place).toEqual(expect.arrayContaining(['haibowan', 'wuhai', 'inner-mongolia']));
    expect(byUrl.get(`${base}data/baotou-heating-scale-2025-2026/`)!.meta).toMatchObject({ kind: '数据集', period: '2025-2026采暖期' });
    expect(byUrl.get(`${base}places/baotou/`)!.meta).toMatchObject({ title: '包头市', kind: '地点' });
    // A page's indexed text is its content, not the site's frame or its lists of other pages.
    for (const page of indexed) expect(page.text, page.url).not.toContain('跳到正文');
    expect(story.text).toContain('乌海市海勃湾区');
    // Each Chinese character a word of its own, in order (src/lib/pagefind.ts).
    expect(story.content).toContain('乌\u200b海\u200b市\u200b海\u200b勃\u200b湾\u200b区');
    expect(story.text).not.toContain('相关报道');
  });

  it('writes an index of up to 1,000 pages as one shard, with no other to merge', () => {
    expect(indexShards(siteDir)).toEqual(['pagefind']);
    expect(JSON.parse(readFileSync(path.join(siteDir, 'pagefind/shards.json'), 'utf8'))).toEqual({ merge: [] });
  });

  it('writes a larger index in shards of the size set, which together hold every page once and the first lists', () => {
    // The sub-path build is given shards of 30 pages (test/support/site.setup.ts).
    const dir = inject('subPathDir');
    const shards = indexShards(dir);
    const all = indexedPages(siteDir).length;
    expect(shards).toEqual(['pagefind', ...Array.from({ length: Math.ceil(all / subPath.shardPages) - 1 }, (_, i) => `pagefind-${i + 2}`)]);
    expect(shards.length).toBeGreaterThan(1);
    const sizes = shards.map((shard) => shardPages(dir, shard).length);
    expect(sizes.slice(0, -1).every((size) => size === subPath.shardPages)).toBe(true);
    expect(sizes.at(-1)).toBeGreaterThan(0);
    // The same pages as the one-shard build's, each once, under the sub-path.
    const paths = indexedPages(dir).map((page) => page.url.slice(subPath.base.length));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.sort()).toEqual(indexedPages(siteDir).map((page) => page.url.slice(base.length)).sort());
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind/shards.json'), 'utf8'))).toEqual({ merge: shards.slice(1).map((shard) => `${subPath.base}${shard}/`) });
  });
});

describe('every address under the sub-path', () => {
  const dir = inject('subPathDir');
  const site = `${subPath.origin}${subPath.base}`;
  const built = builtPages(dir);
  /** A reference is fine if it resolves under the sub-path of the site's origin, or to another site (not this machine). */
  const leaves = (reference: string, from: string) => {
    const url = new URL(reference, from);
    if (url.protocol === 'mailto:') return false;
    if (url.origin === subPath.origin) return !url.pathname.startsWith(subPath.base);
    return /^(localhost|127\.|\[::1\])/.test(url.hostname) || url.origin === siteOrigin;
  };

  it('holds for every link, src, srcset, form action and script bundle on every page', () => {
    const found: string[] = [];
    let checked = 0;
    for (const page of built) {
      const from = `${site}${page.route}`;
      for (const element of page.document.querySelectorAll('[href], [src], [srcset], [action], [data-bundle], meta[content^="http"]')) {
        const references = [
          element.getAttribute('href'),
          element.getAttribute('src'),
          element.getAttribute('action'),
          element.getAttribute('data-bundle'),
          element.tagName === 'META' ? element.getAttribute('content') : null,
          ...(element.getAttribute('srcset')?.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) ?? []),
        ].filter((value): value is string => value !== null && value !== '');
        for (const reference of references) {
          checked++;
          if (leaves(reference, from)) found.push(`/${page.route}: <${element.tagName.toLowerCase()}> ${reference}`);
        }
      }
    }
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThan(built.length * 10);
    // Canonical links are absolute, at the newsroom's address.
    expect(built.find((page) => page.route === '')!.document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(site);
  });

  it('holds for the stylesheets’ url()s', () => {
    const css = readdirSync(path.join(dir, '_astro')).filter((file) => file.endsWith('.css'));
    const found = css.flatMap((file) =>
      [...readFileSync(path.join(dir, '_astro', file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)/g)]
        .map((m) => m[1]!)
        .filter((reference) => !reference.startsWith('data:') && leaves(reference, `${site}_astro/${file}`))
        .map((reference) => `_astro/${file}: ${reference}`),
    );
    expect(found).toEqual([]);
  });

  it('holds for the feed, the sitemaps and the search index', () => {
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    const feedLinks = [...read('rss.xml').matchAll(/<(?:link|guid)[^>]*>([^<]+)</g), ...read('rss.xml').matchAll(/<atom:link href="([^"]+)"/g)].map((m) => m[1]!);
    const sitemapLinks = ['sitemap-index.xml', 'sitemap-0.xml'].flatMap((file) => [...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(feedLinks.length).toBeGreaterThan(stories.length * 2);
    expect(sitemapLinks.length).toBeGreaterThan(80);
    expect([...feedLinks, ...sitemapLinks].filter((link) => !link.startsWith(site))).toEqual([]);
    const indexed = indexedPages(dir).map((page) => page.url);
    expect(indexed.length).toBeGreaterThan(60);
    expect(indexed.filter((url) => !url.startsWith(subPath.base) || leaves(url, site))).toEqual([]);
  });
});

describe('a production build without SITE_URL', () => {
  it('fails with a message instead of writing localhost as the site’s address', async () => {
    const result = await buildSite('no-site-url', { SITE_URL: '', CI: 'true' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'SITE_URL is not set. A production build writes the site\'s public address into canonical links, og:url, the feed (/rss.xml) and the sitemap, and will not write http://localhost:4321 there. Set it to the origin the site is served from, e.g. SITE_URL=https://heat.example.org BASE_PATH=/desk/ npm run build (npm start sets SITE_URL=http://localhost:4321 itself).',
    );
  });

  it('fails as well for a SITE_URL with a path, which belongs in BASE_PATH', async () => {
    const result = await buildSite('site-url-with-path', { SITE_URL: 'https://heat.example.org/desk/', BASE_PATH: '/desk/' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('SITE_URL is “https://heat.example.org/desk/”: it must be an origin such as https://heat.example.org, nothing after the host; a sub-path goes in BASE_PATH (e.g. BASE_PATH=/desk/).');
  });
});
