import { periodPhrase } from '../format/period.ts';
import { pageTemplate } from '../errors/where.ts';
import type { SiteContent } from '../data/site.ts';
import { parseSourceLocation, requireDataset } from '../data/props.ts';

/** Props of `<Period dataset="…" />`: the period a dataset reports, named in running text. See docs/WRITING.md. */
export interface PeriodProps {
  dataset: string;
  /** Set by the MDX plugin: where the component stands. */
  __source?: string;
}

/**
 * The period of a dataset as prose says it: 2025-2026采暖期, 2022年, or 年份不详. Stories name years through
 * this, so a year in the text is the data's, never typed, and an unknown year is never made up.
 */
export function resolvePeriod(props: PeriodProps, context: SiteContent, fallbackFile = pageTemplate): { text: string; datasetId: string } {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const dataset = requireDataset(at, 'Period', props.dataset, context.datasets);
  return { text: periodPhrase(dataset.meta.period, dataset.meta.periodKind), datasetId: dataset.id };
}
