import type { SiteContent } from '../../data/site.ts';
import { changeText } from '../common/change.ts';
import { pairedFigure, type PairedChart, type PairedProps } from '../common/paired-figure.ts';
import type { FigureModel, FigureOptions } from '../model.ts';
import { dumbbellSpec } from './spec.ts';
import { dumbbellSummary } from './summary.ts';

/**
 * Props of `<DumbbellChart>` as an editor writes them in MDX (docs/CHARTS.md): `before` and `after` name the
 * earlier and the later figure (wide table: numeric columns; long table, with `value`: their rows' keys),
 * `beforeLabel` and `afterLabel` their legend words (default the columns' labels, or 之前 / 之后).
 */
export type DumbbellChartProps = PairedProps<'before', 'after'>;

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
