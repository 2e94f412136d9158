import { LinkChecker, LinkState } from 'linkinator';

/**
 * Every link of every page, checked by linkinator against the site served locally: pages, files and
 * #fragments. Links to the site's own public address (SITE_URL and BASE_PATH: canonical links, the sitemap)
 * are checked against the local copy, not skipped. Links to other origins cannot be checked offline; they
 * are returned apart.
 */
export interface LinkReport {
  /** `<page> → <link>: <why>`, page and link as the site writes them. */
  broken: string[];
  /** Links to other origins, which were not followed. */
  external: string[];
  /** How many links were checked. */
  checked: number;
}

export async function checkLinks(options: { localUrl: string; publicUrl: string; pages: readonly string[] }): Promise<LinkReport> {
  const { localUrl, publicUrl } = options;
  const toPublic = (url: string | undefined) => (url ?? '').replace(localUrl, publicUrl);
  const external = new Set<string>();
  const checker = new LinkChecker();
  const result = await checker.check({
    path: options.pages.map((page) => new URL(page, localUrl).href),
    recurse: false,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${publicUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), replacement: localUrl }],
    linksToSkip: async (link) => {
      if (link.startsWith(localUrl)) return false;
      external.add(link);
      return true;
    },
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => {
      const why = link.failureDetails?.map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`)).join('; ') || `HTTP ${link.status}`;
      // A link to a fragment of its own page has no parent: the page is the link without its fragment.
      return `${toPublic(link.parent ?? link.url.replace(/#.*$/, ''))} → ${toPublic(link.url)}: ${why}`;
    });
  return { broken: [...new Set(broken)].sort(), external: [...external].sort(), checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length };
}
