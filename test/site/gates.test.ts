import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgetProblems, pageWeight } from '../support/gates/budgets.ts';
import { cspProblems } from '../support/gates/csp.ts';
import { validateHtml } from '../support/gates/html-validator.ts';
import { checkLinks } from '../support/gates/links.ts';
import { builtPages } from '../support/gates/pages.ts';
import { firstDifference } from '../support/gates/same-tree.ts';
import { base, siteOrigin } from '../support/site.setup.ts';

/**
 * The quality gates over every page the build wrote (test/support/gates/): each failure names the page and
 * the rule. The browser half (axe, CSP enforcement, console and network) is test/browser/every-page.test.ts.
 */
const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const pages = builtPages(siteDir);
const publicUrl = `${siteOrigin}${base}`;
const indexable = pages.filter((page) => !page.document.querySelector('meta[name="robots"][content~="noindex"]'));

describe('every page the build wrote', () => {
  it('is found: the sitemap lists every page but the unlisted ones, and only pages that were built', () => {
    expect(pages.length).toBeGreaterThanOrEqual(80);
    // The sitemap index names the sitemaps, at the public address; each lists pages.
    const locations = (file: string) => [...readFileSync(path.join(siteDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(m[1]!));
    const sitemaps = locations('sitemap-index.xml');
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((url) => {
      expect(url.startsWith(publicUrl), url).toBe(true);
      return locations(url.slice(publicUrl.length));
    });
    const expected = indexable.map((page) => `${publicUrl}${page.route}`);
    expect(listed.filter((url) => !expected.includes(url)).map((url) => `${url}: in the sitemap, not built`)).toEqual([]);
    expect(expected.filter((url) => !listed.includes(url)).map((url) => `${url}: built, not in the sitemap`)).toEqual([]);
    expect(pages.length - indexable.length).toBe(3); // /gallery/, /search/ and /404.html
  });

  it('names its own public address as canonical, or none when kept out of search engines', () => {
    const wrong = pages.flatMap((page) => {
      const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
      const expected = indexable.includes(page) ? encodeURI(`${publicUrl}${page.route}`) : null;
      return canonical === expected ? [] : [`/${page.route}: canonical ${canonical}, expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is valid HTML, its inline SVG included: no error from the Nu Html Checker', async () => {
    expect(await validateHtml(siteDir, pages.map((page) => page.file))).toEqual([]);
  });

  it('links only to pages, files and #fragments that exist, canonical links included (linkinator)', async () => {
    const report = await checkLinks({ localUrl: siteUrl, publicUrl, pages: pages.map((page) => page.route) });
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(pages.length);
  });

  it('stays within its weight budget: a story 40 KB, any other page 100 KB, JavaScript 10 KB, and none without a chart, sortable table or calculator', () => {
    expect(pages.flatMap((page) => budgetProblems(pageWeight(siteDir, base, page)))).toEqual([]);
  });

  it('carries a strict Content-Security-Policy in a <meta http-equiv>, with every inline script and style hashed', () => {
    expect(pages.flatMap(cspProblems)).toEqual([]);
  });
});

describe('the build', () => {
  it('is reproducible: two clean builds write byte-identical folders', () => {
    expect(firstDifference(siteDir, inject('secondBuildDir'))).toBeUndefined();
  });
});
