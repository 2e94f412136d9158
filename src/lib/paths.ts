/**
 * Internal links, with the site's base path in front so that the site works under a sub-path
 * (BASE_PATH=/heating/ on GitHub Pages) as well as at the root; and the site's public addresses
 * (SITE_URL + BASE_PATH + path) for what leaves the site: canonical links, og:url and og:image, the feed,
 * structured data.
 */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function href(path: string): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** SITE_URL as astro.config.mjs gave it to Astro (`site`). */
function site(): string {
  const value = import.meta.env.SITE;
  if (!value) throw new Error('No site address: astro.config.mjs sets `site` from SITE_URL.');
  return value;
}

/**
 * The public address of a site path, as `href()` takes it (the base path is added):
 * `absolute('/stories/x/')` → `https://heat.example.org/desk/stories/x/` with SITE_URL=https://heat.example.org
 * and BASE_PATH=/desk/.
 */
export function absolute(path: string): string {
  return new URL(href(path), site()).href;
}

/**
 * The public address of a path that already carries the base path, such as `Astro.url.pathname` or what
 * `href()` and `paths.*` return: `absoluteHref(Astro.url.pathname)` is a page's canonical address.
 */
export function absoluteHref(pathWithBase: string): string {
  return new URL(pathWithBase, site()).href;
}

export const paths = {
  home: () => href('/'),
  story: (slug: string) => href(`/stories/${slug}/`),
  dataIndex: () => href('/data/'),
  dataset: (id: string) => href(`/data/${id}/`),
  datasetFile: (id: string, ext: 'csv' | 'json') => href(`/data/${id}.${ext}`),
  place: (id: string) => href(`/places/${id}/`),
  tag: (tag: string) => href(`/tags/${encodeURIComponent(tag)}/`),
  calculator: () => href('/calculator/'),
  sources: (id?: string) => href(`/sources/${id ? `#${id}` : ''}`),
  methods: (anchor?: string) => href(`/methods/${anchor ? `#${anchor}` : ''}`),
  corrections: (id?: string) => href(`/corrections/${id ? `#${id}` : ''}`),
  search: () => href('/search/'),
  feed: () => href('/rss.xml'),
  /** A story's chart as a file: the standalone SVG, its PNG at 2×, its rows as CSV. */
  chartFile: (story: string, chart: string, ext: ChartFile) => href(`/downloads/${story}/${chart}.${ext}`),
  /**
   * A page's share card (1200×630 PNG): a story's, a chart's (for its embed page), a dataset's; without a page,
   * the site's, which every other page shows.
   */
  card: (page?: CardPage) => href(!page ? '/cards/site.png' : 'dataset' in page ? `/cards/data/${page.dataset}.png` : page.chart ? `/cards/stories/${page.story}/${page.chart}.png` : `/cards/stories/${page.story}.png`),
};

/** Whose share card a page shows (src/lib/share-card.ts): a story's, a chart's (its embed page), a dataset's, or the site's. */
export type CardPage = { story: string; chart?: string } | { dataset: string };

/** The files of one chart of a story, for download under it (src/components/charts/ChartDownloads.astro). */
export type ChartFile = 'svg' | 'png' | 'csv';
