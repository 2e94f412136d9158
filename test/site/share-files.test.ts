import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, inject, it } from 'vitest';
import { pngSize } from '../../src/lib/png.ts';
import { builtPages } from '../support/gates/pages.ts';
import { base, siteOrigin } from '../support/site.setup.ts';

/**
 * What leaves the site with a shared link or a download, over every page of the build: the Open Graph and
 * Twitter tags, the share cards they name, and the files under each chart.
 */
const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const publicUrl = `${siteOrigin}${base}`;
const meta = (document: Document, attribute: 'property' | 'name', key: string) => document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content') ?? null;
/** A file of the build from its public address (https://example.org/hsd/…) or its path (/hsd/…). */
const builtFile = (url: string) => path.join(siteDir, decodeURI((url.startsWith(publicUrl) ? url.slice(publicUrl.length) : url.slice(base.length)).replace(/[#?].*$/, '')));

function files(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : name.endsWith(ext) ? [full] : [];
  });
}

describe('every page, shared', () => {
  const stories = pages.filter((page) => /^stories\/[^/]+\/$/.test(page.route));
  const datasets = pages.filter((page) => /^data\/[^/]+\/$/.test(page.route));

  it('has og:title, og:description, og:type, og:image (absolute, a built PNG), og:locale zh_CN and a large Twitter card', () => {
    const wrong = pages.flatMap((page) => {
      const d = page.document;
      const problems: string[] = [];
      const required = { 'og:title': meta(d, 'property', 'og:title'), 'og:description': meta(d, 'property', 'og:description'), 'og:type': meta(d, 'property', 'og:type'), 'og:image': meta(d, 'property', 'og:image') };
      for (const [key, value] of Object.entries(required)) if (!value) problems.push(`/${page.route}: no ${key}`);
      if (meta(d, 'property', 'og:locale') !== 'zh_CN') problems.push(`/${page.route}: og:locale ${meta(d, 'property', 'og:locale')}`);
      if (meta(d, 'name', 'twitter:card') !== 'summary_large_image') problems.push(`/${page.route}: twitter:card ${meta(d, 'name', 'twitter:card')}`);
      const image = required['og:image'];
      if (image) {
        if (!image.startsWith(publicUrl)) problems.push(`/${page.route}: og:image ${image} is not at the site's public address`);
        else if (!existsSync(builtFile(image))) problems.push(`/${page.route}: og:image ${image} was not built`);
        if (meta(d, 'name', 'twitter:image') !== image) problems.push(`/${page.route}: twitter:image is not og:image`);
      }
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('names its own public address as og:url (the pages kept out of search engines name none)', () => {
    const wrong = pages.flatMap((page) => {
      const indexed = !page.document.querySelector('meta[name="robots"][content~="noindex"]');
      const expected = indexed ? encodeURI(`${publicUrl}${page.route}`) : null;
      const found = meta(page.document, 'property', 'og:url');
      return found === expected ? [] : [`/${page.route}: og:url ${found}, expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  it('shows a story as an article with its own card, a dataset with its own card, and the site’s card elsewhere', () => {
    expect(stories.length).toBeGreaterThanOrEqual(7);
    for (const page of stories) {
      const slug = page.route.split('/')[1];
      expect(meta(page.document, 'property', 'og:type'), page.route).toBe('article');
      expect(meta(page.document, 'property', 'og:image'), page.route).toBe(`${publicUrl}cards/stories/${slug}.png`);
      expect(meta(page.document, 'property', 'og:title'), page.route).toBe(page.document.querySelector('h1')!.textContent);
    }
    expect(datasets.length).toBeGreaterThan(20);
    for (const page of datasets) expect(meta(page.document, 'property', 'og:image'), page.route).toBe(`${publicUrl}cards/data/${page.route.split('/')[1]}.png`);
    const home = pages.find((page) => page.route === '')!;
    expect(meta(home.document, 'property', 'og:type')).toBe('website');
    expect(meta(home.document, 'property', 'og:image')).toBe(`${publicUrl}cards/site.png`);
  });
});

describe('share cards', () => {
  const cards = files(path.join(siteDir, 'cards'), '.png');

  it('are each a 1200×630 PNG: one per story, per chart of a story, per dataset, and the site’s', () => {
    const storyPages = pages.filter((page) => /^stories\/[^/]+\/$/.test(page.route)).length;
    const datasetPages = pages.filter((page) => /^data\/[^/]+\/$/.test(page.route)).length;
    const charts = files(path.join(siteDir, 'downloads'), '.csv').length;
    expect(cards).toHaveLength(storyPages + charts + datasetPages + 1);
    const wrong = cards.flatMap((file) => {
      const size = pngSize(readFileSync(file));
      return size.width === 1200 && size.height === 630 ? [] : [`${path.relative(siteDir, file)}: ${size.width}×${size.height}`];
    });
    expect(wrong).toEqual([]);
  });

  it('are the same bytes in two clean builds', () => {
    const again = inject('secondBuildDir');
    const png = [...cards, ...files(path.join(siteDir, 'downloads'), '.png')];
    expect(png.length).toBeGreaterThan(40);
    const differ = png.filter((file) => !readFileSync(file).equals(readFileSync(path.join(again, path.relative(siteDir, file)))));
    expect(differ.map((file) => path.relative(siteDir, file))).toEqual([]);
  });
});

describe('downloads under each chart', () => {
  const storyPages = pages.filter((page) => /^stories\/[^/]+\/$/.test(page.route));
  const links = storyPages.flatMap((page) => [...page.document.querySelectorAll('.chart__downloads a')].map((a) => ({ page: page.route, a })));

  it('are plain links with download, one set per chart of a story: SVG, PNG and CSV under a drawn chart, CSV under key figures and tables', () => {
    for (const page of storyPages) {
      for (const figure of page.document.querySelectorAll('figure.chart')) {
        const hrefs = [...figure.querySelectorAll('.chart__downloads a')].map((a) => a.getAttribute('href')!);
        const id = figure.id.replace(/^chart-/, '');
        const slug = page.route.split('/')[1];
        expect(hrefs, `${page.route}#${figure.id}`).toEqual(['svg', 'png', 'csv'].map((ext) => `${base}downloads/${slug}/${id}.${ext}`));
      }
      for (const other of page.document.querySelectorAll('section.big-numbers, figure.data-table')) {
        expect([...other.querySelectorAll('.chart__downloads a')].map((a) => a.getAttribute('href')!.split('.').at(-1)), `${page.route}#${other.id}`).toEqual(['csv']);
      }
    }
    expect(links.length).toBeGreaterThan(30);
    for (const { a } of links) expect(a.hasAttribute('download')).toBe(true);
  });

  it('each resolve to a file of their type: a standalone SVG, a PNG, a CSV with a header', () => {
    const wrong = links.flatMap(({ page, a }) => {
      const href = a.getAttribute('href')!;
      const file = builtFile(href);
      if (!existsSync(file)) return [`/${page} → ${href}: not built`];
      const bytes = readFileSync(file);
      const ext = href.split('.').at(-1);
      if (ext === 'svg' && !/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(bytes.toString('utf8'))) return [`${href}: not a standalone SVG`];
      if (ext === 'svg' && /var\(|currentColor/.test(bytes.toString('utf8'))) return [`${href}: refers to the page's stylesheet`];
      if (ext === 'png' && pngSize(bytes).width < 1000) return [`${href}: ${pngSize(bytes).width} px wide, not 2×`];
      if (ext === 'csv') {
        const rows = csvParseRows(bytes.toString('utf8').replace(/^\uFEFF/, ''));
        if (rows.length < 2 || rows.some((row) => row.length !== rows[0]!.length)) return [`${href}: not a CSV of a header and rows`];
      }
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('give the chart’s own rows: the CSV is the data table under the chart', () => {
    const page = storyPages.find((p) => p.route === 'stories/haibowan-coal-to-electric/')!;
    const figure = page.document.querySelector('#chart-progress-haibowan-coal-to-electric-progress')!;
    const table = [...figure.querySelectorAll('.chart__data tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()));
    const csv = csvParseRows(readFileSync(builtFile(`${base}downloads/haibowan-coal-to-electric/progress-haibowan-coal-to-electric-progress.csv`), 'utf8').replace(/^\uFEFF/, ''));
    expect(csv).toEqual(table);
  });
});
