import type { Dataset } from '../data/dataset.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';

/** What a chart module may look up besides its props: the site's datasets, places and sources. */
export interface ChartContext {
  datasets: ReadonlyMap<string, Dataset>;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
}

/** How a source is named under a chart: 包头日报《我市2025-2026采暖期圆满结束》. */
export function sourceLabel(source: Source): string {
  return `${source.publication}《${source.headline}》`;
}

/** The sources a dataset rests on, in its metadata's order. */
export function datasetSources(dataset: Dataset, context: ChartContext): { id: string; label: string }[] {
  return dataset.meta.sources.map((id) => ({ id, label: sourceLabel(context.sources.get(id)!) }));
}
