import type { Dataset } from './dataset.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import { sourceLabel } from '../format/source.ts';

/**
 * The site's content as every layer above data sees it: datasets (validated, with computed datasets settled),
 * places and sources. Read once per build (src/lib/content.ts) or outside a build (src/editorial/site-content.ts).
 */
export interface SiteContent {
  datasets: ReadonlyMap<string, Dataset>;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
}

/** The sources a dataset rests on, in its metadata's order. */
export function datasetSources(dataset: Dataset, context: SiteContent): { id: string; label: string }[] {
  return dataset.meta.sources.map((id) => ({ id, label: sourceLabel(context.sources.get(id)!) }));
}
