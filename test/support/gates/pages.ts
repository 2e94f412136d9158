import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/**
 * Every page the build wrote: each .html file of the output folder, whatever links to it, so a page no
 * menu reaches is checked too. The quality gates (test/site/gates.test.ts, test/browser/every-page.test.ts)
 * walk this list.
 */
export interface BuiltPage {
  /** Path inside the output folder: stories/baotou-season-2025-2026/index.html, 404.html. */
  file: string;
  /** Address below the base path: stories/baotou-season-2025-2026/, 404.html, '' for the home page. */
  route: string;
  /** A story (/stories/<slug>/) has the tighter weight budget. */
  kind: PageKind;
  html: string;
  document: Document;
}

export type PageKind = 'story' | 'other';

export function builtPages(dir: string): BuiltPage[] {
  return htmlFiles(dir)
    .map((full) => path.relative(dir, full).split(path.sep).join('/'))
    .sort()
    .map((file) => {
      const route = file.replace(/(^|\/)index\.html$/, '$1');
      const html = readFileSync(path.join(dir, file), 'utf8');
      return { file, route, kind: pageKind(route), html, document: parseHTML(html).document as unknown as Document };
    });
}

export function pageKind(route: string): PageKind {
  return /^stories\/[^/]+\/$/.test(route) ? 'story' : 'other';
}

/**
 * What on a page may ship JavaScript: a chart (the enhancer), a table that sorts, the heating-bill calculator,
 * the search page's form. Read from the built HTML with the classes and attributes the components write.
 */
export const interactive = {
  chart: 'figure.chart',
  'sortable table': 'table[data-sortable]',
  calculator: '[data-bill-calculator]',
  search: '[data-search]',
} as const;

export function interactiveParts(document: Document): (keyof typeof interactive)[] {
  return (Object.keys(interactive) as (keyof typeof interactive)[]).filter((part) => document.querySelector(interactive[part]));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}
