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
};
