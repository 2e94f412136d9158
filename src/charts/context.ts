import type { Dataset } from '../data/dataset.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import { sourceLabel } from '../format/source.ts';

/** What a chart module may look up besides its props: the site's datasets, places and sources. */
export interface ChartContext {
  datasets: ReadonlyMap<string, Dataset>;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
}


/** The sources a dataset rests on, in its metadata's order. */
export function datasetSources(dataset: Dataset, context: ChartContext): { id: string; label: string }[] {
  return dataset.meta.sources.map((id) => ({ id, label: sourceLabel(context.sources.get(id)!) }));
}
