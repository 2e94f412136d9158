import { editorError } from '../errors/messages.ts';
import { propWhere } from '../errors/where.ts';
import { idPattern } from '../schemas/id.ts';

/**
 * Every chart of a story has an id that stays put: its embed page (/embed/<story>/<id>/), its share card and
 * its downloads are named by it, and other sites link to them. An editor may write it (`id="heat-sources"`);
 * otherwise it is the chart type and the dataset it draws, `bar-shuozhou-heat-capacity-2022`, with `-2`, `-3`
 * for a second and third chart of the same type and dataset in the story. Rewording the story, retitling a
 * chart, or adding, moving or deleting a chart of another type or dataset leaves it as it was; only a new chart of
 * the same type and dataset placed before it shifts the count, which an explicit `id` prevents. The calculator
 * (`<HeatingBillCalculator>`, src/mdx/components.ts `identifiedComponents`) is named the same way, among the
 * charts: `heating-bill-calculator-shanxi-city-heating-prices-2022`.
 */
export interface ChartMention {
  /** The component as written: BarChart. */
  component: string;
  /** The `dataset` prop as written, if any. */
  dataset?: unknown;
  /** The `id` prop as written, if any. */
  id?: unknown;
  file: string;
  line?: number;
  column?: number;
}

/** `BarChart` → `bar`, `GroupedBarChart` → `grouped-bar`, `BigNumbers` → `big-numbers`, `HeatingBillCalculator` → `heating-bill-calculator`. */
export function chartSlug(component: string): string {
  return component
    .replace(/Chart$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * The ids of a story's charts, in document order. Each is checked as it is met, so the error names the line:
 * an explicit id that is not an id, or one that a chart above already has (written or derived).
 */
export class ChartIds {
  private readonly taken = new Map<string, ChartMention>();
  private readonly counts = new Map<string, number>();

  next(chart: ChartMention): string {
    const at = { file: chart.file, line: chart.line, column: chart.column, where: propWhere(chart.component, 'id') };
    let id: string;
    if (chart.id !== undefined) {
      if (typeof chart.id !== 'string' || !idPattern.test(chart.id)) throw editorError('chart-id-invalid', at, { found: String(chart.id) });
      id = chart.id;
    } else {
      const base = typeof chart.dataset === 'string' && chart.dataset ? `${chartSlug(chart.component)}-${chart.dataset}` : chartSlug(chart.component);
      const count = (this.counts.get(base) ?? 0) + 1;
      this.counts.set(base, count);
      id = count === 1 ? base : `${base}-${count}`;
    }
    const before = this.taken.get(id);
    if (before) throw editorError('chart-id-duplicate', at, { found: id, line: before.line, written: chart.id !== undefined });
    this.taken.set(id, chart);
    return id;
  }
}
