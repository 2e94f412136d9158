import { bigNumbersModel, type BigNumbersModel } from '../charts/big-numbers/model.ts';
import type { ChartType } from '../charts/chart-type.ts';
import { visibleColumns } from '../charts/common/table.ts';
import type { DataTableModel } from '../charts/data-table/model.ts';
import type { FigureModel } from '../charts/model.ts';
import type { Dataset } from '../data/dataset.ts';
import { rowKey } from '../data/refs.ts';
import { datasetSources, type SiteContent } from '../data/site.ts';
import { periodPhrase, storyPeriod } from '../format/period.ts';
import { sourceLabel } from '../format/source.ts';
import { t } from '../i18n/index.ts';
import { componentModels } from '../mdx/component-models.ts';
import { isNumericType } from '../schemas/column-types.ts';
import { pageComponents, pageDatasets } from './page-datasets.ts';
import type { CardInput, CardNumber } from './share-card.ts';
import type { StoryChart as StoryChartProps } from './story-parts.ts';

/**
 * What each share card shows (src/lib/share-card.ts draws it), from a page's content: pure, so the build
 * (src/lib/chart-files.ts, src/pages/cards/), the tests and `npm run bench:cards` make the same cards.
 */

/** What a card needs of a story: its id and frontmatter (a content collection entry is one). */
export interface CardStory {
  id: string;
  data: { title: string; dek: string; places: readonly string[]; sources: readonly string[]; season?: string; periodNote?: string };
}

export type ChartModel =
  | { view: 'figure'; model: FigureModel }
  | { view: 'big-numbers'; model: BigNumbersModel }
  | { view: 'table'; model: DataTableModel };

/** A story's chart with its model, built as the story page builds it (`componentModels.Chart`). */
export type StoryChart<S extends CardStory = CardStory> = ChartModel & {
  story: S;
  /** The chart's id in its story (src/mdx/chart-ids.ts). */
  id: string;
  type: ChartType;
};

export type FigureChart<S extends CardStory = CardStory> = StoryChart<S> & { view: 'figure'; model: FigureModel };

/** A story's charts, from its index entry (src/lib/story-parts.ts), in document order. */
export function chartsOfStory<S extends CardStory>(story: S, charts: readonly StoryChartProps[], site: SiteContent): StoryChart<S>[] {
  return charts.map(({ id, props }) => {
    const { type, model } = componentModels.Chart(props, site);
    return { story, id, type, view: type.view, model } as StoryChart<S>;
  });
}

/** The charts drawn with Plot (view `figure`): those with an SVG and a PNG to download. */
export function isFigure<S extends CardStory>(chart: StoryChart<S>): chart is FigureChart<S> {
  return chart.view === 'figure';
}

/** Places by name, joined as a list. */
function placeNames(ids: readonly string[], site: SiteContent): string {
  return ids.map((id) => site.places.get(id)?.name ?? id).join('、');
}

/** Where and when, as a card's line under the headline: 包头市·2025-2026采暖期. */
function placeAndPeriod(places: readonly string[], period: string, site: SiteContent): string {
  return [placeNames(places, site), period].filter(Boolean).join(t('card.separator'));
}

/** Key figures of <BigNumbers> as a card shows them. */
function modelNumbers(model: BigNumbersModel): CardNumber[] {
  return model.items.map((item) => ({ number: item.number, unit: item.unit, label: item.label }));
}

/**
 * A story's card: its headline, its places and the period it reports, and its lead chart: the first chart
 * drawn with Plot. A story without one shows its first key figures (<BigNumbers>), and one without those its dek.
 */
export function storyCard(story: CardStory, charts: readonly StoryChart[], site: SiteContent): CardInput {
  const own = charts.filter((chart) => chart.story.id === story.id);
  const lead = own.find(isFigure);
  const numbers = own.find((chart): chart is StoryChart & { view: 'big-numbers'; model: BigNumbersModel } => chart.view === 'big-numbers');
  return {
    kind: 'story',
    headline: story.data.title,
    meta: placeAndPeriod(story.data.places, storyPeriod(story.data), site),
    figure: lead?.model,
    numbers: lead ? undefined : numbers && modelNumbers(numbers.model),
    text: story.data.dek,
    sources: story.data.sources.flatMap((id) => {
      const source = site.sources.get(id);
      return source ? [sourceLabel(source)] : [];
    }),
  };
}

/** A chart's own card (its embed page's): the chart's title over the chart, with its story's places and period. */
export function chartCard(chart: StoryChart, site: SiteContent): CardInput {
  const meta = placeAndPeriod(chart.story.data.places, storyPeriod(chart.story.data), site);
  if (chart.view === 'figure') return { kind: 'chart', headline: chart.model.title, meta, figure: chart.model };
  if (chart.view === 'big-numbers') {
    const sources = [...new Set(chart.model.items.flatMap((item) => item.sources.map((source) => source.label)))];
    return { kind: 'chart', headline: chart.model.title ?? chart.story.data.title, meta, numbers: modelNumbers(chart.model), sources };
  }
  return { kind: 'chart', headline: chart.model.title, meta, text: chart.model.caption ?? chart.model.dataset.title, sources: chart.model.sources.map((source) => source.label) };
}

/**
 * A dataset's card: its title, places and period, over the first chart of a published story that draws it;
 * without one, its first figures as key figures, and without a numeric column, its description.
 */
export function datasetCard(dataset: Dataset, charts: readonly StoryChart[], site: SiteContent): CardInput {
  const { meta } = dataset;
  const chart = charts.find((c): c is FigureChart => isFigure(c) && c.model.dataset.id === dataset.id);
  return {
    kind: 'dataset',
    headline: meta.title,
    meta: placeAndPeriod(meta.places, periodPhrase(meta.period, meta.periodKind), site),
    figure: chart?.model,
    numbers: chart ? undefined : datasetNumbers(dataset, site),
    text: meta.description,
    sources: datasetSources(dataset, site).map((source) => source.label),
  };
}

/**
 * A dataset's first figures as key figures, made as <BigNumbers> makes them (label, number and unit): its
 * first three rows, by key (a key shared by several rows is skipped), with a figure in its first numeric column.
 */
function datasetNumbers(dataset: Dataset, site: SiteContent): CardNumber[] | undefined {
  const value = visibleColumns(dataset).find((column) => isNumericType(column.type));
  if (!value) return undefined;
  const counts = new Map<string, number>();
  for (const row of dataset.rows) counts.set(rowKey(dataset, row), (counts.get(rowKey(dataset, row)) ?? 0) + 1);
  const rows = dataset.rows.filter((row) => row[value.name] !== null && row[value.name] !== undefined && counts.get(rowKey(dataset, row)) === 1);
  if (rows.length === 0) return undefined;
  const items = rows.slice(0, 3).map((row) => ({ dataset: dataset.id, row: rowKey(dataset, row), column: value.name }));
  return modelNumbers(bigNumbersModel({ items }, site, 'src/lib/card-inputs.ts'));
}

/** The site's card, which every page without its own shows: the site's line over the home page's chart across places. */
export function siteCard(site: SiteContent): CardInput {
  const across = site.datasets.has(pageDatasets.acrossPlaces) ? componentModels.Chart(pageComponents.acrossPlaces(), site) : undefined;
  return {
    kind: 'site',
    headline: t('site.tagline'),
    meta: t('site.description'),
    figure: across?.type.view === 'figure' ? (across.model as FigureModel) : undefined,
    text: t('site.description'),
  };
}
