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
