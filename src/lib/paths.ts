/**
 * Internal links, with the site's base path in front so that the site works under a sub-path
 * (BASE_PATH=/heating/ on GitHub Pages) as well as at the root.
 */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function href(path: string): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
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
};
