import { calculatorModel, type CalculatorModel, type CalculatorProps } from '../calculator/calculator-model.ts';
import type { ChartType, EditorProps, Views } from '../charts/chart-type.ts';
import { charts } from '../charts/index.ts';
import type { SiteContent } from '../data/site.ts';
import { resolveNum, type NumProps } from '../inline/num.ts';
import { resolvePeriod, type PeriodProps } from '../inline/period.ts';
import { pageTemplate } from '../errors/where.ts';
import { ChartIds } from './chart-ids.ts';

/** The props `<Chart>` receives: a chart type's element renamed by src/mdx/source-location.ts, or a page's own. */
export interface ChartElementProps extends EditorProps {
  /** The chart type, by its MDX component name. */
  __chart: string;
  /** Where the props are written when they are not in a story (a page template, content/places.yaml). */
  __file?: string;
  /** The chart's stable id in its story (src/mdx/chart-ids.ts), which the MDX plugin adds; an editor's `id` is read there. */
  __id?: string;
  id?: string;
}

/**
 * A chart type's model from the props of its `<Chart>` element: the registry (src/charts/index.ts) builds it.
 * The id is the frame's, not the type's: a story's chart is `chart-<its id>` on the page; a chart outside a
 * story (a page template) keeps the id its type derives.
 */
export function chartModel(element: ChartElementProps, site: SiteContent): { type: ChartType; model: Views[keyof Views] } {
  // A story's chart is built once per site content, wherever it is asked for (its story page, its embed page,
  // its card and downloads through src/lib/chart-files.ts): the same element, at the same place in the same
  // file, makes the same model, and the same model object is drawn once (draw()).
  const key = element.__id && typeof element.__source === 'string' ? `${element.__chart}@${element.__source}#${element.__id}` : undefined;
  const known = key ? builtModels.get(site)?.get(key) : undefined;
  if (known) return known;
  const { __chart, __file, __id, id: _written, ...props } = element;
  const type = charts.byComponent(__chart);
  if (!type) throw new Error(`<Chart __chart="${__chart}">: no chart type of that name in src/charts/index.ts (${charts.components.join(', ')}).`);
  const model = type.build(props, site, __file);
  const built = { type, model: __id ? { ...model, id: chartElementId(__id) } : model };
  if (key) (builtModels.get(site) ?? builtModels.set(site, new Map()).get(site)!).set(key, built);
  return built;
}

/** Story charts' models by site content (a build reads one; `astro dev` reads a new one on every request), by element. */
const builtModels = new WeakMap<SiteContent, Map<string, { type: ChartType; model: Views[keyof Views] }>>();

/** The HTML id of a story's chart (and of its calculator): `chart-` and its id (src/mdx/chart-ids.ts). */
export function chartElementId(chartId: string): string {
  return `chart-${chartId}`;
}

/** The props `<HeatingBillCalculator>` receives: an editor's, with its stable id in the story that the MDX plugin adds. */
export interface CalculatorElementProps extends CalculatorProps {
  /** Its stable id in the story (src/mdx/chart-ids.ts, counted with the charts); an editor's `id` is read there. */
  __id?: string;
  id?: string;
}

/**
 * The calculator's model, with the HTML id a chart gets (`chart-` and its stable id), so that its form's labels
 * and hints keep their ids when the story is edited elsewhere. On a page of its own (/calculator/) it has no
 * `__id`: its id is the one src/mdx/chart-ids.ts gives the first calculator of a page, from its dataset.
 */
export function calculatorElementModel({ __id, id, ...props }: CalculatorElementProps, site: SiteContent): CalculatorModel & { id: string } {
  const model = calculatorModel(props, site);
  const stable = __id ?? new ChartIds().next({ component: 'HeatingBillCalculator', dataset: props.dataset, id, file: pageTemplate });
  return { ...model, id: chartElementId(stable) };
}

/**
 * What each component a story's MDX can use (src/components/mdx.ts, which must name the same ones) builds
 * from its props before anything is drawn: every editor mistake in the props is an EditorError here, at the
 * `__source` the MDX plugin added. The Astro components render what these return; `npm run check:content`
 * (src/check/) calls them for every component of every published story, without rendering a page.
 */
export const componentModels = {
  Chart: (props: ChartElementProps, site: SiteContent) => chartModel(props, site),
  HeatingBillCalculator: (props: CalculatorElementProps, site: SiteContent) => calculatorElementModel(props, site),
  Num: (props: NumProps, site: SiteContent) => resolveNum(props, site),
  Period: (props: PeriodProps, site: SiteContent) => resolvePeriod(props, site),
};

export type ModelledComponent = keyof typeof componentModels;
