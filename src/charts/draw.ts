import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartLayout } from './common/layout.ts';
import type { FigureModel } from './model.ts';

/**
 * The one step that draws, and the one module that does DOM work: a figure model's Plot options in, SVG
 * strings out, rendered at build time against a server-side document (linkedom), the way Plot's own docs
 * render. Pages, share cards and embeds all draw through `draw()`; everything else in src/charts/ is pure.
 */
const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Plot repeats this class's <style> block in every chart; the shared rules live in src/styles/charts.css. */
export const plotClass = 'hsd-plot';
/** Texts set in tabular figures (Plot's numeric axis labels). */
export const tabularClass = 'hsd-tabular-nums';

const geometry = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'd', 'transform', 'points', 'dx', 'dy', 'cx', 'cy', 'r']);

/** One drawing of a chart at one layout: CSS shows the one that fits its column. */
export interface Drawing {
  layout: ChartLayout;
  svg: string;
}

/** A figure model with its panels drawn. */
export interface DrawnFigure extends Omit<FigureModel, 'panels'> {
  panels: { title?: string; drawings: Drawing[] }[];
}

/**
 * Draws every spec of a figure. Each SVG is named by the figure's title (a panel's: the title and the panel's
 * heading) and described by the figure's summary (`<id>-summary`, which ChartFigure.astro writes).
 */
export function draw(figure: FigureModel): DrawnFigure {
  let drawn = drawings.get(figure);
  if (!drawn) {
    drawn = drawFigure(figure);
    drawings.set(figure, drawn);
  }
  return drawn;
}

/**
 * A figure is drawn once per build however many files show it (its story page, its embed page, its share
 * card, its SVG and PNG downloads, its story's card): figure models are data that nothing changes once made,
 * so the same model draws the same SVG.
 */
const drawings = new WeakMap<FigureModel, DrawnFigure>();

function drawFigure(figure: FigureModel): DrawnFigure {
  const describedBy = `${figure.id}-summary`;
  return {
    ...figure,
    panels: figure.panels.map((panel) => {
      const label = panel.title ? `${figure.title}：${panel.title}` : figure.title;
      return { title: panel.title, drawings: panel.specs.map(({ layout, plot }) => ({ layout, svg: drawSpec(plot, { label, describedBy }) })) };
    }),
  };
}

export interface SvgOptions {
  /** The chart's accessible name. */
  label: string;
  /** id of the element that describes the chart in words. */
  describedBy?: string;
}

/** One spec as an SVG string. */
export function drawSpec(options: Plot.PlotOptions, { label, describedBy }: SvgOptions): string {
  const node = Plot.plot({ ...options, className: plotClass, document } as Plot.PlotOptions & { document: unknown }) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg') throw new Error('Chart specs must not ask Plot for a legend or caption: the figure adds its own.');
  node.querySelector('style')?.remove();
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', label);
  if (describedBy) node.setAttribute('aria-describedby', describedBy);
  node.removeAttribute('font-family');
  for (const element of [node, ...node.querySelectorAll('*')]) {
    roundGeometry(element);
    withoutStyleAttribute(element, node);
  }
  // Inside role="img" everything is presentational: Plot's per-mark aria-labels would only be noise (and axe
  // flags aria-label on a <g> without a role). Native <title> tooltips stay.
  for (const group of node.querySelectorAll('[aria-label]')) group.removeAttribute('aria-label');
  return node.outerHTML;
}

/**
 * The site's Content-Security-Policy allows no style attributes (style-src has no 'unsafe-inline'), and the
 * Nu Html Checker rejects font-variant="tabular-nums" on SVG. Plot writes both: the root's font size (a spec's
 * `style: { fontSize }`) becomes the font-size presentation attribute, which Plot's own default (10) uses, and
 * tabular figures become a class that src/styles/charts.css styles. Any other inline style fails the build.
 */
function withoutStyleAttribute(element: Element, root: Element): void {
  if (element.getAttribute('font-variant') === 'tabular-nums') {
    element.removeAttribute('font-variant');
    element.classList.add(tabularClass);
  }
  const style = element.getAttribute('style');
  if (style === null) return;
  const fontSize = element === root ? /^font-size:\s*(\d+(?:\.\d+)?)px;?$/.exec(style.trim()) : null;
  if (!fontSize) throw new Error(`Chart SVG with an inline style (style="${style}" on <${element.tagName.toLowerCase()}>): the Content-Security-Policy blocks style attributes; use a presentation attribute or a class in src/styles/charts.css.`);
  element.setAttribute('font-size', fontSize[1]!);
  element.removeAttribute('style');
}

/**
 * Production rounding, kept to save bytes: two decimals are finer than a pixel, and Plot's full floats add
 * about 8% to the gallery's SVG (60.1 → 64.7 kB raw). (It also makes golden files stable across Plot's float noise, but that is not
 * why it is here: the goldens compare exactly what a reader is sent.)
 */
function roundGeometry(element: Element): void {
  for (const name of element.getAttributeNames()) {
    if (!geometry.has(name)) continue;
    const value = element.getAttribute(name)!;
    const rounded = value.replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
    if (rounded !== value) element.setAttribute(name, rounded);
  }
}
