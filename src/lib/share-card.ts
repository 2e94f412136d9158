import { draw } from '../charts/draw.ts';
import type { FigureModel } from '../charts/model.ts';
import { t } from '../i18n/index.ts';
import { chartTheme, type ChartTheme } from './chart-theme.ts';
import { measure } from './fonts.ts';
import { renderPng } from './png.ts';
import { svgDocument } from './standalone-svg.ts';
import { chartBody, esc, px, scaled, stack, textBlock, translate, type Block } from './svg-file.ts';

/**
 * Share cards: the 1200×630 PNG that a link to a page shows where it is shared (og:image). A card is the
 * page's headline, its place and period, and its lead chart drawn through the same `draw()` as the page
 * (src/charts/draw.ts), under the site's name and over the chart's sources. Where a page has no chart, its
 * key figures take the chart's place, and where it has none of those, its description. Text is laid out by
 * the font's own glyph widths (src/lib/fonts.ts), so a Chinese headline wraps where it really ends.
 */
export const cardSize = { width: 1200, height: 630 } as const;

export type CardKind = 'story' | 'chart' | 'dataset' | 'site';

/** A key figure on a card: the number set large, its unit, what it is. */
export interface CardNumber {
  number: string;
  unit: string;
  label: string;
}

export interface CardInput {
  kind: CardKind;
  headline: string;
  /** Where and when: 包头 · 2025-2026采暖期. */
  meta?: string;
  /** The chart the card shows. */
  figure?: FigureModel;
  /** Key figures, when there is no chart (at most three are shown). */
  numbers?: readonly CardNumber[];
  /** Words, when there is neither. */
  text?: string;
  /** Sources named at the foot, when there is no chart (a chart names its own). */
  sources?: readonly string[];
}

const margin = 64;
const inner = cardSize.width - 2 * margin;
const footerHeight = 64;
/** A chart is never drawn larger than this on a card: a two-bar chart at 3× reads as a poster. */
const maxScale = 1.8;

/** The largest way to fit a figure in the card's chart area: wide or compact drawing, panels per row. */
function fittedChart(figure: FigureModel, width: number, height: number, theme: ChartTheme): Block {
  const drawn = draw(figure);
  const options =
    drawn.panels.length === 1
      ? (['wide', 'compact'] as const).map((layout) => ({ layout, columns: 1, fontSize: layout === 'wide' ? 14 : 13 }))
      : Array.from({ length: Math.min(drawn.panels.length, 4) }, (_, index) => ({ layout: 'compact' as const, columns: index + 1, fontSize: 13 }));
  let best: { block: Block; text: number } | undefined;
  for (const option of options) {
    const body = chartBody(drawn, theme, option);
    const scale = Math.min(maxScale, width / body.width, height / body.height);
    // What a reader sees of it is its text: the option whose text comes out largest wins.
    const text = scale * option.fontSize;
    if (!best || text > best.text + 0.01) best = { block: scaled(body, scale), text };
  }
  return best!.block;
}

/** Key figures side by side, each number large with its unit and label under it. */
function numbersBlock(numbers: readonly CardNumber[], width: number, theme: ChartTheme): Block {
  const shown = numbers.slice(0, 3);
  const gap = 40;
  const cell = (width - gap * (shown.length - 1)) / shown.length;
  const size = 64;
  const cells = shown.map((item, index) => {
    // The number shrinks until it and its unit fit the cell.
    let numberSize = size;
    const unitSize = () => Math.round(numberSize * 0.42);
    const fits = () => measure(item.number, numberSize, 700) + 6 + measure(item.unit, unitSize()) <= cell - 8;
    while (!fits() && numberSize > 28) numberSize -= 2;
    const numberWidth = measure(item.number, numberSize, 700);
    const line = Math.round(numberSize * 1.25);
    const figure = [
      `<rect width="${px(cell)}" height="4" fill="${theme.properties.get('--chart-bar') ?? theme.text}"/>`,
      `<text x="0" y="${px(16 + line * 0.8)}" font-size="${numberSize}" font-weight="700" fill="${theme.text}">${esc(item.number)}</text>`,
      item.unit ? `<text x="${px(numberWidth + 6)}" y="${px(16 + line * 0.8)}" font-size="${unitSize()}" fill="${theme.text}">${esc(item.unit)}</text>` : '',
    ].join('');
    const label = textBlock(item.label, cell, { size: 24, fill: theme.muted, lineHeight: 34, maxLines: 3 });
    return { x: index * (cell + gap), height: 16 + line + 8 + label.height, svg: `${figure}<g transform="${translate(0, 16 + line + 8)}">${label.svg}</g>` };
  });
  return {
    width,
    height: Math.max(0, ...cells.map((c) => c.height)),
    svg: cells.map((c) => `<g transform="${translate(c.x, 0)}">${c.svg}</g>`).join(''),
  };
}

/** A card as an SVG document, 1200×630. */
export function cardSvg(input: CardInput, theme: ChartTheme = chartTheme()): string {
  const { width, height } = cardSize;
  // The site's name, and what the page is (the site's own card names nothing more).
  const kicker = input.kind === 'site' ? t('site.name') : `${t('site.name')}${t('card.separator')}${t(`card.kind.${input.kind}`)}`;
  const head = stack(
    [
      textBlock(kicker, inner, { size: 24, weight: 700, fill: theme.accent, lineHeight: 32, maxLines: 1 }),
      textBlock(input.headline, inner, { size: 48, weight: 700, fill: theme.text, lineHeight: 64, maxLines: 2, balanced: true }),
      input.meta ? textBlock(input.meta, inner, { size: 26, fill: theme.muted, lineHeight: 36, maxLines: 1 }) : undefined,
    ],
    10,
  );
  const top = 48;
  const areaTop = top + head.height + 28;
  const areaHeight = height - footerHeight - areaTop - 16;
  let body: Block | undefined;
  if (input.figure) {
    // The chart's own title over it, unless it is the headline (a chart's card).
    const title = input.figure.title !== input.headline ? textBlock(input.figure.title, inner, { size: 22, weight: 700, fill: theme.text, lineHeight: 30, maxLines: 1 }) : undefined;
    const room = areaHeight - (title ? title.height + 10 : 0);
    body = stack([title, fittedChart(input.figure, inner, room, theme)], 10);
  }
  else if (input.numbers?.length) body = numbersBlock(input.numbers, inner, theme);
  else if (input.text) body = textBlock(input.text, inner, { size: 30, fill: theme.text, lineHeight: 46, maxLines: Math.max(1, Math.floor(areaHeight / 46)) });
  const sources = input.figure ? input.figure.sources.map((source) => source.label) : (input.sources ?? []);
  const footer = sources.length ? textBlock(`${t('chart.source')}：${sources.join('；')}`, inner, { size: 20, fill: theme.muted, lineHeight: 28, maxLines: 1 }) : undefined;
  const parts = [
    `<rect width="${width}" height="10" fill="${theme.accent}"/>`,
    `<g transform="${translate(margin, top)}">${head.svg}</g>`,
    body ? `<g transform="${translate(margin, areaTop)}">${body.svg}</g>` : '',
    `<rect x="${margin}" y="${height - footerHeight}" width="${inner}" height="1" fill="${theme.rule}"/>`,
    footer ? `<g transform="${translate(margin, height - footerHeight + (footerHeight - footer.height) / 2)}">${footer.svg}</g>` : '',
  ];
  return svgDocument({ width, height, svg: parts.join('') }, { width, height, title: input.headline, description: input.meta, theme });
}

/** A card as the PNG the page's og:image names. */
export function shareCard(input: CardInput, theme?: ChartTheme): Promise<Buffer> {
  return renderPng(cardSvg(input, theme));
}
