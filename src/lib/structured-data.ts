import type { Dataset } from '../data/dataset.ts';
import type { SiteContent } from '../data/site.ts';
import { isNumericType } from '../schemas/column-types.ts';
import { sourceLabel } from '../format/source.ts';
import { periodPhrase } from '../format/period.ts';
import { fill } from '../i18n/fill.ts';
import { lang, t, type UiKey } from '../i18n/index.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import { deskByline, type StoryFrontmatter } from '../schemas/story.ts';
import { dataLicense } from './license.ts';
import { absoluteHref, paths } from './paths.ts';

/**
 * Structured data (schema.org, as JSON-LD) for search engines: a `NewsArticle` for each story and a `Dataset` for
 * each dataset page, complete enough for dataset search (name, description, creator, license, temporal and
 * spatial coverage, the CSV and JSON downloads, the articles it is based on). Every address is the public one
 * (SITE_URL + BASE_PATH). What a source page does not print (a masthead, a date: `inferred`) is left out here,
 * since structured data cannot mark it 推定 as the pages do. test/site/structured-data.test.ts reads it back from
 * every built page.
 */
export type JsonLd = Record<string, unknown>;

const context = 'https://schema.org';

/** The desk, as publisher and creator. */
function desk(): JsonLd {
  return { '@type': 'Organization', name: t('site.name'), url: absoluteHref(paths.home()) };
}

/**
 * A story's byline: the desk's own default byline is the desk, an organization; any other byline is taken
 * for a person's name.
 */
function author(byline: string): JsonLd {
  return byline === deskByline ? { '@type': 'Organization', name: byline, url: absoluteHref(paths.home()) } : { '@type': 'Person', name: byline };
}

/** A dataset as another item names it: its name and page. */
function datasetReference(dataset: Dataset): JsonLd {
  return { '@type': 'Dataset', name: dataset.meta.title, url: absoluteHref(paths.dataset(dataset.id)) };
}

/**
 * A source article: its headline and reporters, and its newspaper and date where the page prints them. It has no
 * address of its own (the archive is not public), so its `@id` is its entry on /sources/.
 */
function article(source: Source): JsonLd {
  return {
    '@type': 'NewsArticle',
    '@id': absoluteHref(paths.sources(source.id)),
    headline: source.headline,
    ...(source.reporters && source.reporters.length > 0 && { author: source.reporters.map((name) => ({ '@type': 'Person', name })) }),
    ...(!source.inferred.publication && { publisher: { '@type': 'Organization', name: source.publication } }),
    ...(source.date && !source.inferred.date && { datePublished: source.date }),
    inLanguage: lang,
  };
}

export interface StoryData {
  id: string;
  data: Pick<StoryFrontmatter, 'title' | 'dek' | 'date' | 'updated' | 'byline' | 'tags'>;
}

/** A story as a `NewsArticle`: `image` is its share card (src/pages/cards/), `isBasedOn` the pages of the datasets it reads. */
export function newsArticle(story: StoryData, datasets: readonly Dataset[]): JsonLd {
  const url = absoluteHref(paths.story(story.id));
  const { data } = story;
  return {
    '@context': context,
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: data.title,
    description: data.dek,
    datePublished: data.date,
    dateModified: data.updated ?? data.date,
    author: [author(data.byline)],
    publisher: desk(),
    image: [absoluteHref(paths.card({ story: story.id }))],
    inLanguage: lang,
    isAccessibleForFree: true,
    ...(data.tags.length > 0 && { keywords: data.tags }),
    isBasedOn: datasets.map(datasetReference),
  };
}

/**
 * A dataset's period as ISO 8601: a year (2022), or years as an interval (2020/2022; a heating season 2025-2026
 * is the two years it spans, 2025/2026). None when the report prints no year.
 */
export function temporalCoverage(period: string): string | undefined {
  if (period === 'unknown') return undefined;
  return period.replace('-', '/');
}

/**
 * A place, with its coordinates where content/places.yaml has them: the point of a GeoNames record (WGS84, three
 * decimals). A place the gazetteer lacks is named only. The record is not given as `sameAs`: for a province it is
 * the capital's, for a county its seat's, not the place itself.
 */
function place(entry: Place): JsonLd {
  const geo = entry.lat !== undefined && entry.lon !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: entry.lat, longitude: entry.lon } } : {};
  return { '@type': 'Place', name: entry.name, alternateName: entry.nameEn, ...geo };
}

/** A dataset as a `Dataset`. Its description says its period and sources too (dataset search wants 50 characters or more). */
export function datasetData(dataset: Dataset, site: SiteContent): JsonLd {
  const { meta } = dataset;
  const url = absoluteHref(paths.dataset(dataset.id));
  const sources = meta.sources.map((id) => site.sources.get(id)!);
  const inputs = (dataset.derivation?.inputs ?? []).flatMap((id) => site.datasets.get(id) ?? []);
  const temporal = temporalCoverage(meta.period);
  const description = fill(t('ld.datasetDescription'), {
    description: meta.description,
    period: periodPhrase(meta.period, meta.periodKind),
    sources: sources.map(sourceLabel).join('、'),
    how: t(dataset.derivation ? 'ld.computed' : 'ld.compiled'),
  });
  return {
    '@context': context,
    '@type': 'Dataset',
    '@id': url,
    url,
    name: meta.title,
    description,
    identifier: dataset.id,
    creator: desk(),
    publisher: desk(),
    license: dataLicense.url,
    isAccessibleForFree: true,
    inLanguage: lang,
    dateModified: meta.updated,
    keywords: [t(`subject.${meta.subject}` as UiKey), ...meta.places.map((id) => site.places.get(id)!.name)],
    ...(temporal && { temporalCoverage: temporal }),
    spatialCoverage: meta.places.map((id) => place(site.places.get(id)!)),
    variableMeasured: meta.columns
      .filter((column) => isNumericType(column.type))
      .map((column) => {
        const unit = column.unit ?? (column.type === 'percent' ? '%' : undefined);
        return { '@type': 'PropertyValue', name: column.label, ...(column.description && { description: column.description }), ...(unit && { unitText: unit }) };
      }),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteHref(paths.datasetFile(dataset.id, 'csv')) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteHref(paths.datasetFile(dataset.id, 'json')) },
    ],
    isBasedOn: [...sources.map(article), ...inputs.map(datasetReference)],
  };
}

/** JSON-LD as the text of a <script type="application/ld+json">: `<` escaped, so no value can close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
