import { t } from '../i18n/index.ts';
import type { ChartElementProps } from '../mdx/component-models.ts';

/**
 * Datasets that the site's own pages (not stories) draw on. A content tree without one of them (a fixture
 * site under test/fixtures/) still builds: the page leaves that part out and says why.
 */
export const pageDatasets = {
  /** The heating-bill calculator's price table (/calculator/). */
  prices: 'shanxi-city-heating-prices-2022',
  /** The home page's chart across places. */
  acrossPlaces: 'shanxi-city-household-season-bill-2022',
} as const;

/**
 * The components the site's own pages draw from those datasets, with their props, when the dataset is there:
 * the pages render them and `npm run check:content` checks them (their mistakes name the page template).
 */
export const pageComponents = {
  /** /calculator/ */
  calculator: { dataset: pageDatasets.prices },
  /** The home page's chart across places. */
  acrossPlaces: (): ChartElementProps => ({ __chart: 'BarChart', dataset: pageDatasets.acrossPlaces, label: 'place', value: 'bill', title: t('home.acrossTitle'), caption: t('home.acrossCaption') }),
} as const;
