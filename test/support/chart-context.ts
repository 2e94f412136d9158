import type { SiteContent } from '../../src/data/site.ts';
import { buildDataset } from '../../src/data/dataset.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Source } from '../../src/schemas/source.ts';

/** A source article for chart tests, exact (nothing inferred) unless `overrides` say otherwise. */
export function testSource(overrides: Partial<Source> = {}): Source {
  return { id: 'src-a', page: 'a.txt', lines: [1, 9], headline: '标题', publication: '日报', place: 'baotou', when: '2026年', covers: '供热', inferred: {}, ...overrides };
}

/** A dataset for chart tests: its id, CSV text and the `columns:` block of its metadata. */
export interface TestDataset {
  id: string;
  csv: string;
  columns: string;
}

/**
 * A chart context over small datasets written inline, with one source (src-a) and no places: enough for a
 * figure module to check its props and build its model.
 */
export function chartContext(datasets: readonly TestDataset[]): SiteContent {
  const built = datasets.map(({ id, csv, columns }) =>
    buildDataset(
      {
        id,
        files: { csv: `content/data/${id}.csv`, meta: `content/data/${id}.yaml` },
        csvText: csv,
        metaText: `title: 测试数据集${id}\ndescription: 用于测试的数据。\nsubject: operations\nplaces: [baotou]\nperiod: 2025\nsources: [src-a]\nupdated: 2026-11-23\ncolumns:\n${columns}`,
      },
      { placeIds: new Set(['baotou']), sourceIds: new Set(['src-a']) },
    ),
  );
  return {
    datasets: new Map(built.map((dataset) => [dataset.id, dataset])),
    places: new Map<string, Place>(),
    sources: new Map<string, Source>([['src-a', testSource()]]),
  };
}
