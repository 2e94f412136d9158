import { draw } from '../charts/draw.ts';
import type { FigureModel } from '../charts/model.ts';
import { t } from '../i18n/index.ts';
import { chartTheme, type ChartTheme } from './chart-theme.ts';
import { fontStack } from './fonts.ts';
import { chartBody, esc, px, stack, textBlock, translate, type Block } from './svg-file.ts';

/**
 * A chart as a file of its own (/downloads/<story>/<chart-id>.svg, and the 2× PNG drawn from it): the same
 * drawing as on the page (`draw()`, its wide layout: a download is read at desktop size), with what the
 * <figure> says around it set as text (title, caption, legend, unit, source, dataset, the site and the chart's
 * address), the light theme's colours written into every element, a light background and the Chinese font
 * named. Nothing refers to the page's stylesheet, so it reads the same in a browser, a vector editor
 * (Inkscape, Illustrator) and resvg.
 */
export interface FileContext {
  /** The chart's public address (its place in the story), printed as the credit line. */
  address?: string;
}

export const padding = 24;

/** The rules of charts.css for a drawing that only a page needs (its box in the column): a file has its own size. */
const pageLayout = new Set(['display', 'max-width', 'height', 'overflow']);

/**
 * The stylesheet a file carries: charts.css's rules for a drawing's parts (`text { white-space: pre }`,
 * `.hsd-tabular-nums { font-variant-numeric: tabular-nums }`), values resolved. The drawing's own colour and
 * font are presentation attributes (`currentColor` is replaced; the font is the file's `font-family`), and a
 * new property on the drawing fails here, so that someone decides what a file does with it.
 */
export function fileStyle(theme: ChartTheme): string {
  const rules: string[] = [];
  for (const { selector, declarations } of theme.drawingRules) {
    if (selector === '') {
      for (const [prop] of declarations) {
        if (!pageLayout.has(prop) && prop !== 'color' && prop !== 'font-family') throw new Error(`charts.css gives chart drawings "${prop}", which src/lib/standalone-svg.ts does not carry into a file: add it to the file's attributes or to pageLayout.`);
      }
      continue;
    }
    rules.push(`${selector}{${declarations.map(([prop, value]) => `${prop}:${value}`).join(';')}}`);
  }
  return rules.join('');
}

/** The words under a chart in a file: unit, sources, dataset, and the site with the chart's address. */
export function creditLines(figure: Pick<FigureModel, 'unit' | 'sources' | 'dataset'>, address?: string): string[] {
  return [
    figure.unit ? `${t('chart.unit')}：${figure.unit}` : undefined,
    `${t('chart.source')}：${figure.sources.map((source) => source.label).join('；')}`,
    `${t('chart.dataset')}：${figure.dataset.title}`,
    address ? `${t('site.name')} ${address}` : t('site.name'),
  ].filter((line): line is string => line !== undefined);
}

/** An SVG document of blocks: the root with its name and font, the file's stylesheet, the background. */
export function svgDocument(content: Block, { width, height, title, description, theme }: { width: number; height: number; title: string; description?: string; theme: ChartTheme }): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" font-family="${esc(fontStack)}" role="img" aria-labelledby="file-title${description ? ' file-desc' : ''}">`,
    `<title id="file-title">${esc(title)}</title>`,
    description ? `<desc id="file-desc">${esc(description)}</desc>` : '',
    `<style>${fileStyle(theme)}</style>`,
    `<rect width="${px(width)}" height="${px(height)}" fill="${theme.background}"/>`,
    content.svg,
    '</svg>\n',
  ].join('');
}

/** A figure model as a standalone SVG document. */
export function standaloneSvg(model: FigureModel, { address }: FileContext = {}, theme: ChartTheme = chartTheme()): string {
  const figure = draw(model);
  const body = chartBody(figure, theme, { layout: 'wide', fontSize: 14 });
  const width = Math.max(body.width, 480);
  const muted = { size: 13, fill: theme.muted, lineHeight: 20 };
  const head = stack(
    [
      textBlock(figure.title, width, { size: 20, weight: 700, fill: theme.text, lineHeight: 28 }),
      figure.caption ? textBlock(figure.caption, width, { size: 15, fill: theme.muted, lineHeight: 22 }) : undefined,
    ],
    4,
  );
  const credits = stack(creditLines(figure, address).map((line) => textBlock(line, width, muted)), 0);
  const content = stack([head, body, credits], 16);
  const inner = { ...content, svg: `<g transform="${translate(padding, padding)}">${content.svg}</g>` };
  return svgDocument(inner, { width: width + 2 * padding, height: content.height + 2 * padding, title: figure.title, description: figure.summary, theme });
}
