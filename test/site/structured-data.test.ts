import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { readRegistry } from '../../src/data/registry.ts';
import { root } from '../support/build.ts';
import { builtPages, type BuiltPage } from '../support/gates/pages.ts';
import { base, siteOrigin } from '../support/site.setup.ts';

/**
 * The structured data of the built site (src/lib/structured-data.ts), read back as a search engine reads it:
 * a `NewsArticle` on every story, a `Dataset` on every dataset page, each complete, every address absolute and
 * the public one, and every address of the site found in the build (a page, a download, an anchor).
 */
const siteDir = inject('siteDir');
const publicUrl = `${siteOrigin}${base}`;
const pages = builtPages(siteDir);
const license = 'https://creativecommons.org/licenses/by/4.0/';
const registry = readRegistry(path.join(root, 'content'));
const places = new Map(registry.places.map((place) => [place.id, place]));
const sources = new Map(registry.sources.map((source) => [source.id, source]));

type Node = Record<string, unknown> & { '@type'?: string };

function jsonLd(page: BuiltPage): Node[] {
  return [...page.document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Node);
}

/** Every string value that looks like an address, with where it is. */
function addresses(value: unknown, at = ''): { at: string; url: string }[] {
  if (typeof value === 'string') return /^[a-z]+:\/\/|^\//i.test(value) ? [{ at, url: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => addresses(item, `${at}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => addresses(item, at ? `${at}.${key}` : key));
  return [];
}

/** Why a public address of the site is not in the build, or undefined: the file, and the #fragment on its page. */
function missing(url: string): string | undefined {
  const { pathname, hash } = new URL(url);
  const file = path.join(siteDir, decodeURIComponent(pathname.slice(base.length)), pathname.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return `${url}: no ${path.relative(siteDir, file)} in the build`;
  if (hash && !parseHTML(readFileSync(file, 'utf8')).document.getElementById(decodeURIComponent(hash.slice(1)))) return `${url}: no #${hash.slice(1)} on its page`;
  return undefined;
}

/** The site's own addresses in a node (not schema.org's, not the license's), each checked absolute, public and built. */
function addressProblems(node: Node, where: string, except: readonly string[] = []): string[] {
  return addresses(node).flatMap(({ at, url }) => {
    if (at === '@context' || at === 'license' || except.includes(at)) return [];
    if (!url.startsWith(publicUrl)) return [`${where} ${at}: ${url} is not an absolute address of the site (${publicUrl}…)`];
    const why = missing(url);
    return why ? [`${where} ${at}: ${why}`] : [];
  });
}

const stories = pages.filter((page) => /^stories\/[^/]+\/$/.test(page.route));
const datasets = pages.filter((page) => /^data\/[^/]+\/$/.test(page.route));

describe('structured data', () => {
  it('is on every story and dataset page, once, and on no other page', () => {
    expect(stories.length).toBeGreaterThanOrEqual(7);
    expect(datasets.length).toBeGreaterThanOrEqual(30);
    for (const page of pages) expect(jsonLd(page).length, page.route).toBe(stories.includes(page) || datasets.includes(page) ? 1 : 0);
  });

  it('is a complete NewsArticle on each story: headline, description, dates, author, publisher, image, language, the datasets it is based on', () => {
    for (const page of stories) {
      const [article] = jsonLd(page) as [Node];
      const where = `/${page.route}`;
      const doc = page.document;
      expect(article['@context'], where).toBe('https://schema.org');
      expect(article['@type'], where).toBe('NewsArticle');
      expect(article.url, where).toBe(`${publicUrl}${page.route}`);
      expect(article.mainEntityOfPage, where).toBe(doc.querySelector('link[rel="canonical"]')!.getAttribute('href'));
      expect(article.headline, where).toBe(doc.querySelector('h1')!.textContent);
      expect(article.description, where).toBe(doc.querySelector('.dek')!.textContent);
      expect(article.datePublished, where).toBe(doc.querySelector('.story-facts time')!.getAttribute('datetime'));
      expect(article.dateModified, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String(article.dateModified) >= String(article.datePublished), where).toBe(true);
      expect(article.author, where).toEqual([{ '@type': 'Organization', name: '供热季数据组', url: publicUrl }]);
      expect(article.publisher, where).toEqual({ '@type': 'Organization', name: '供热季数据台', url: publicUrl });
      // Its share card, which the build wrote (addressProblems below checks it exists).
      expect(article.image, where).toEqual([`${publicUrl}cards/stories/${page.route.split('/')[1]}.png`]);
      expect(article.inLanguage, where).toBe('zh-CN');
      // Every dataset the story lists, and those its key figures read.
      const listed = [...doc.querySelectorAll('section[aria-labelledby="datasets"] a')].map((a) => `${siteOrigin}${a.getAttribute('href')}`);
      const basedOn = (article.isBasedOn as Node[]).map((node) => {
        expect(node['@type'], where).toBe('Dataset');
        expect(typeof node.name, where).toBe('string');
        return node.url as string;
      });
      expect(basedOn.length, where).toBeGreaterThan(0);
      expect(listed.filter((url) => !basedOn.includes(url)), where).toEqual([]);
      expect(addressProblems(article, where), where).toEqual([]);
    }
  });

  it('is a complete Dataset on each dataset page: name, description, creator, license, coverage in time and space, CSV and JSON, the articles it is based on', () => {
    for (const page of datasets) {
      const [dataset] = jsonLd(page) as [Node];
      const where = `/${page.route}`;
      const doc = page.document;
      const id = page.route.split('/')[1]!;
      expect(dataset['@context'], where).toBe('https://schema.org');
      expect(dataset['@type'], where).toBe('Dataset');
      expect(dataset.url, where).toBe(`${publicUrl}${page.route}`);
      expect(dataset.name, where).toBe(doc.querySelector('h1')!.textContent);
      // Dataset search asks for 50 to 5000 characters.
      const description = String(dataset.description);
      expect(description.startsWith(doc.querySelector('.dek')!.textContent!), where).toBe(true);
      expect(description.length, where).toBeGreaterThanOrEqual(50);
      expect(description.length, where).toBeLessThanOrEqual(5000);
      expect(dataset.creator, where).toEqual({ '@type': 'Organization', name: '供热季数据台', url: publicUrl });
      // The license the page and /methods/ state.
      expect(dataset.license, where).toBe(license);
      expect(doc.querySelector('a[href^="https://creativecommons.org/licenses/by/4.0/"]')?.textContent, where).toBe('知识共享署名 4.0 国际许可协议（CC BY 4.0）');
      expect(doc.querySelector(`a[href="${base}methods/#license"]`), where).not.toBeNull();
      const period = doc.querySelector('dl.facts time')?.closest('dl')?.textContent ?? '';
      if (period.includes('年份不详')) expect(dataset.temporalCoverage, where).toBeUndefined();
      else expect(dataset.temporalCoverage, where).toMatch(/^\d{4}(\/\d{4})?$/);
      // Each place the page names, with the coordinates of content/places.yaml where it has them (a GeoNames
      // record's), by name only where it has none.
      const named = [...doc.querySelectorAll(`dl.facts a[href^="${base}places/"]`)].map((a) => a.getAttribute('href')!.split('/').at(-2)!);
      expect(dataset.spatialCoverage, where).toEqual(
        named.map((place) => {
          const entry = places.get(place)!;
          const geo = entry.geonames === undefined ? {} : { geo: { '@type': 'GeoCoordinates', latitude: entry.lat, longitude: entry.lon } };
          return { '@type': 'Place', name: entry.name, alternateName: entry.nameEn, ...geo };
        }),
      );
      expect(dataset.distribution, where).toEqual([
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${publicUrl}data/${id}.csv` },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${publicUrl}data/${id}.json` },
      ]);
      // The articles of the page's 来源, each at its entry on /sources/ (the archive has no public address).
      const listed = [...doc.querySelectorAll('.source-list a')].map((a) => `${siteOrigin}${a.getAttribute('href')}`);
      const articles = (dataset.isBasedOn as Node[]).filter((node) => node['@type'] === 'NewsArticle');
      expect(articles.map((node) => node['@id']), where).toEqual(listed);
      for (const article of articles) expect(typeof article.headline, where).toBe('string');
      expect(addressProblems(dataset, where), where).toEqual([]);
    }
  });

  it('names an article’s newspaper and date only where its page prints them, since it cannot mark them 推定', () => {
    const seen = new Set<string>();
    for (const page of datasets) {
      for (const node of (jsonLd(page)[0]!.isBasedOn as Node[]).filter((item) => item['@type'] === 'NewsArticle')) {
        const source = sources.get(String(node['@id']).split('#')[1]!)!;
        seen.add(source.id);
        expect('publisher' in node, source.id).toBe(!source.inferred.publication);
        expect('datePublished' in node, source.id).toBe(Boolean(source.date && !source.inferred.date));
      }
    }
    expect(seen.size).toBe(sources.size);
  });

  it('is data, not script: nothing in it can close its element', () => {
    for (const page of [...stories, ...datasets]) {
      for (const script of page.document.querySelectorAll('script[type="application/ld+json"]')) {
        expect(script.textContent, page.route).not.toContain('<');
        expect(script.parentElement?.tagName.toLowerCase(), page.route).toBe('head');
      }
    }
  });
});

describe('the datasets’ license', () => {
  it('is stated on /methods/, the same one the dataset pages and their structured data name', () => {
    const doc = parseHTML(readFileSync(path.join(siteDir, 'methods/index.html'), 'utf8')).document;
    const section = doc.getElementById('license')!;
    expect(section.textContent).toBe('数据的使用许可');
    const text = [...doc.querySelectorAll('#license ~ p')].slice(0, 2).map((p) => p.textContent).join('');
    expect(text).toContain('知识共享署名 4.0 国际许可协议（CC BY 4.0）');
    expect(text).toContain('不转载报道原文');
    expect(doc.querySelector('#license + p a')?.getAttribute('href')).toBe(`${license}deed.zh-hans`);
  });
});

describe('the places’ coordinates, as readers see them', () => {
  const placePages = pages.filter((page) => /^places\/[^/]+\/$/.test(page.route));
  const covered = { with: 0, without: 0 };

  it('each place page gives its GeoNames record, linked, with the licence, or says it has no coordinates', () => {
    expect(placePages.length).toBe(places.size);
    for (const page of placePages) {
      const entry = places.get(page.route.split('/')[1]!)!;
      const line = page.document.querySelector('p.coordinates');
      expect(line, page.route).not.toBeNull();
      const text = line!.textContent!.replace(/\s+/g, '');
      if (entry.geonames !== undefined) {
        covered.with++;
        expect(text, page.route).toContain(`北纬${entry.lat!.toFixed(3)}°，东经${entry.lon!.toFixed(3)}°`);
        expect(text, page.route).toContain(`GeoNames地名库第${entry.geonames}号记录`);
        expect(line!.querySelector(`a[href="https://www.geonames.org/${entry.geonames}/"]`), page.route).not.toBeNull();
        expect(line!.querySelector('a[href^="https://creativecommons.org/licenses/by/4.0/"]')?.textContent, page.route).toBe('CC BY 4.0');
      } else {
        covered.without++;
        expect(text, page.route).toMatch(/^坐标：无。/);
        expect(text, page.route).not.toMatch(/北纬|东经|\d+\.\d{3}/);
      }
      if (entry.coordNote) expect(text, page.route).toContain(entry.coordNote.replace(/\s+/g, ''));
    }
    // Both kinds are there to be checked.
    expect(covered.with).toBeGreaterThan(0);
    expect(covered.without).toBeGreaterThan(0);
  });

  it('/methods/ credits GeoNames and its licence where it states the site’s', () => {
    const methods = pages.find((page) => page.route === 'methods/')!;
    const credit = methods.document.querySelector('#license ~ p#coordinates');
    expect(credit?.textContent).toContain('GeoNames 地名库的 cities500 表');
    expect(credit?.querySelector('a[href="https://www.geonames.org/"]')).not.toBeNull();
    expect(credit?.querySelector('a[href^="https://creativecommons.org/licenses/by/4.0/"]')?.textContent).toBe('知识共享署名 4.0 国际许可协议（CC BY 4.0）');
  });
});
