import type { SiteContent } from '../../data/site.ts';
import { changeText } from '../common/change.ts';
import { pairedFigure, type PairedChart, type PairedChartProps } from '../common/paired-figure.ts';
import type { Sort } from '../common/sort.ts';
import type { FigureModel, FigureOptions } from '../model.ts';
import { dumbbellSpec, dumbbellSummary } from './spec.ts';

/** Props of `<DumbbellChart>` as an editor writes them in MDX. See docs/CHARTS.md. */
export interface DumbbellChartProps extends PairedChartProps {
  /** Wide table: the numeric column of the earlier figure. Long table (with `value`): its rows' keys. */
  before: string;
  /** Wide table: the numeric column of the later figure. Long table (with `value`): its rows' keys. */
  after: string;
  /** Legend words for the ring and the dot; default the columns' labels, or 之前 / 之后. */
  beforeLabel?: string;
  afterLabel?: string;
  /** none (default, the table's order), descending or ascending by the later figure. */
  sort?: Sort;
}

/** Before and after: a ring and a dot, ordered by the later figure, the change computed for the table. */
const dumbbell: PairedChart<'before', 'after'> = {
  component: 'DumbbellChart',
  kind: 'dumbbell',
  first: { prop: 'before', word: 'chart.before', key: { color: 'var(--chart-muted)', shape: 'ring' } },
  second: { prop: 'after', word: 'chart.after', key: { color: 'var(--chart-series-1)', shape: 'dot' } },
  sortKey: (d) => d.after?.value ?? null,
  spec: dumbbellSpec,
  summary: dumbbellSummary,
  third: {
    header: 'chart.change',
    cell: (d, unit) => (d.before && d.after ? { text: changeText(d.before, d.after, unit), value: d.after.value - d.before.value } : { text: '—', value: null }),
  },
};

/** Props → checked columns or rows → items → figure. */
export function dumbbellFigure(props: DumbbellChartProps, context: SiteContent, fallbackFile?: string, options?: FigureOptions): FigureModel {
  return pairedFigure(dumbbell, props, context, fallbackFile, options);
}
