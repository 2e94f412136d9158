import type * as Plot from '@observablehq/plot';
import { pageTemplate } from '../../errors/where.ts';
import type { SiteContent } from '../../data/site.ts';
import { parseSourceLocation, requireChoice, requireText, type SourceLocation } from '../../data/props.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import type { CommonChartProps } from '../bar/figure.ts';
import { buildFigure, type FigureModel, type FigureOptions, type LegendItem } from '../model.ts';
import { parseAnnotations, type Annotation } from './annotations.ts';
import { requireCategoryNotes } from './category-annotations.ts';
import type { ChartLayout } from './layout.ts';
import { requirePairedItems, type PairedFigure } from './paired-items.ts';
import { requireLabels } from './props.ts';
import { sortBy, type Sort } from './sort.ts';
import { simpleTable, type TableCell } from './table.ts';

/**
 * Props every two-figure chart shares (ProgressChart, DumbbellChart). The two figures' props are the chart's
 * own (planned and done, before and after), with their legend words (plannedLabel, doneLabel).
 */
export interface PairedChartProps extends CommonChartProps {
  /** Column naming each item (text or place). */
  label?: string;
  /** Long table: the numeric column holding both figures, one row each. */
  value?: string;
  /** Long table: the column whose values are the row keys; default the first that tells every row apart. */
  key?: string;
  /** Long table: the items' names, instead of a label column. */
  labels?: string;
  /** none (default, the table's order), descending or ascending by the chart's own measure (its sortKey). */
  sort?: Sort;
  /** Items to emphasise, by name as shown; several separated by 、. */
  highlight?: string;
}

/** An item, its two figures under the chart's own names: { label, highlight, planned, done }. */
export type PairedDatum<F extends string, S extends string> = { label: string; highlight: boolean } & { [K in F | S]: PairedFigure | null };

/** The legend words under the chart's own names (plannedLabel, doneLabel), and the unit both figures share. */
export type PairedWords<F extends string, S extends string> = { unit: string } & { [K in `${F}Label` | `${S}Label`]: string };

/** What a two-figure chart's spec is given besides its items: the words, and a panel's shared domain. */
export type PairedSpecOptions<F extends string, S extends string> = PairedWords<F, S> & { domain?: [number, number]; annotations?: readonly Annotation[] };

/** One of a chart's two figures. */
export interface PairedEnd<P extends string> {
  prop: P;
  word: UiKey;
  key: Omit<LegendItem, 'label'>;
}

/** What a two-figure chart has of its own; `pairedFigure` does the rest. */
export interface PairedChart<F extends string, S extends string> {
  component: string;
  kind: string;
  /**
   * Each figure: the prop naming it, its legend word when neither the editor nor the columns give one, and how
   * its mark looks in the legend.
   */
  first: PairedEnd<F>;
  second: PairedEnd<S>;
  /** What `sort` orders by (share done, the later figure); items without it go last. */
  sortKey: (d: PairedDatum<F, S>) => number | null;
  spec: (data: readonly PairedDatum<F, S>[], layout: ChartLayout, options: PairedSpecOptions<F, S>) => Plot.PlotOptions;
  summary: (data: readonly PairedDatum<F, S>[], words: PairedWords<F, S>) => string;
  /** The data table's column after the two figures: its header and each item's cell. */
  third: { header: UiKey; cell: (d: PairedDatum<F, S>, unit: string) => TableCell };
}

/**
 * A chart's props: the shared ones, the two figures' (wide table: numeric columns; long table, with `value`:
 * their rows' keys, several separated by 、) and each figure's legend words (plannedLabel for planned).
 */
export type PairedProps<F extends string, S extends string> = PairedChartProps & { [K in F | S]: string } & { [K in `${F}Label` | `${S}Label`]?: string };

const sorts: readonly Sort[] = ['none', 'descending', 'ascending'];

/** The prop of a figure's legend words: plannedLabel for planned. */
const labelProp = <F extends string, S extends string>(prop: F | S) => `${prop}Label` as `${F}Label` | `${S}Label`;

/**
 * Checked props → sorted items, the words for them (by the chart's names, and as `names`, the two legend words
 * in order); every editor mistake is a build error here.
 */
export function pairedData<F extends string, S extends string>(chart: PairedChart<F, S>, props: PairedProps<F, S>, context: SiteContent, at: SourceLocation) {
  const { component, first, second } = chart;
  const paired = requirePairedItems(at, component, props, { prop: first.prop, value: props[first.prop] }, { prop: second.prop, value: props[second.prop] }, context);
  const labels = paired.items.map((item) => item.label);
  const highlights = requireLabels(at, component, 'highlight', props.highlight, labels);
  const sort = requireChoice(at, component, 'sort', props.sort, sorts, 'none');
  const word = (prop: F | S, index: 0 | 1, fallback: UiKey) => requireText(at, component, labelProp(prop), props[labelProp(prop)], paired.columnLabels?.[index] ?? t(fallback));
  const names = [word(first.prop, 0, first.word), word(second.prop, 1, second.word)] as const;
  const words = { unit: paired.unit, [labelProp(first.prop)]: names[0], [labelProp(second.prop)]: names[1] } as PairedWords<F, S>;
  const data = paired.items.map((item) => ({ label: item.label, highlight: highlights.includes(item.label), [first.prop]: item.first, [second.prop]: item.second }) as PairedDatum<F, S>);
  return { dataset: paired.dataset, data: sortBy(data, sort, chart.sortKey), header: paired.header, unit: paired.unit, words, names };
}

/** Props → checked columns or rows → items → figure, for any two-figure chart. */
export function pairedFigure<F extends string, S extends string>(
  chart: PairedChart<F, S>,
  props: PairedProps<F, S>,
  context: SiteContent,
  fallbackFile = pageTemplate,
  options: FigureOptions = {},
): FigureModel {
  const { component, first, second } = chart;
  const at = parseSourceLocation(props.__source, fallbackFile);
  const { dataset, data, header, unit, words, names } = pairedData(chart, props, context, at);
  const annotations = parseAnnotations(at, component, props.annotations, context);
  requireCategoryNotes(at, component, annotations, data.map((d) => d.label));
  const noValue = t('chart.noValue');
  const figureCell = (figure: PairedFigure | null): TableCell => ({ text: figure?.text ?? noValue, value: figure?.value ?? null });
  return buildFigure(
    {
      kind: chart.kind,
      idParts: [props.dataset, props.label, props.labels, props[first.prop], props[second.prop], props.value, at.line ?? 0],
      dataset,
      title: props.title,
      caption: props.caption,
      unit: unit || undefined,
      summary: chart.summary(data, words),
      spec: (layout) => chart.spec(data, layout, { ...words, domain: options.domain, annotations }),
      legend: [{ label: names[0], ...first.key }, { label: names[1], ...second.key }],
      seriesBy: 'fill',
      table: simpleTable(
        [header, ...names, t(chart.third.header)],
        data.map((d) => [d.label, figureCell(d[first.prop]), figureCell(d[second.prop]), chart.third.cell(d, unit)]),
        [false, true, true, true],
      ),
      options,
    },
    context,
  );
}
