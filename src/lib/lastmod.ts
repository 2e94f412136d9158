import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * When a page last changed in substance, for the sitemap's <lastmod> (astro.config.mjs): the `dateModified`
 * of the page's own structured data (src/lib/structured-data.ts), so the sitemap says what the page says. A
 * story's is its `updated` date, else its publication date; a dataset page's is its `updated` date; other
 * pages give none. Read from the built page, as the sitemap is written after the pages: one small read per
 * page, where reading the content folder again would parse and check every dataset a second time.
 *
 * `route` is the page's path below the base path (`stories/<id>/`); undefined when the page gives no date.
 */
export function builtPageLastModified(outDir: string, route: string): string | undefined {
  let html: string;
  try {
    html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  } catch {
    return undefined;
  }
  return pageLastModified(html);
}

/** The `dateModified` (YYYY-MM-DD) of a page's JSON-LD, if it gives one. */
export function pageLastModified(html: string): string | undefined {
  for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    const data = JSON.parse(json!) as { dateModified?: unknown };
    if (typeof data.dateModified === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.dateModified)) return data.dateModified;
  }
  return undefined;
}
