import { parseHTML } from 'linkedom';
import type { Drawing, DrawnFigure } from '../charts/draw.ts';
import type { LegendItem } from '../charts/model.ts';
import { themed, type ChartTheme } from './chart-theme.ts';
import { measure, wrap, type FontWeight } from './fonts.ts';

/**
 * Building blocks of the SVG files the site writes (src/lib/standalone-svg.ts, src/lib/share-card.ts): a
 * chart's drawing as a group with concrete colours, lines of text laid out by the font's glyph widths, a
 * legend. Each block is placed at (0, 0) and knows its size; the file places them.
 */
export interface Block {
  width: number;
  height: number;
  /** SVG elements, drawn from (0, 0). */
  svg: string;
}

/** Text and attribute values for XML. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Pixel values as files write them: at most two decimals. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export const translate = (x: number, y: number) => `translate(${px(x)},${px(y)})`;

/** Attributes of Plot's root <svg> that belong to a page (its size, its name, references into the page). */
const pageOnly = new Set(['width', 'height', 'viewbox', 'role', 'aria-label', 'aria-describedby', 'aria-labelledby', 'xmlns']);

/**
 * One drawing of `draw()` as a group: Plot's root attributes (font size, text anchor, fill) moved onto a <g>,
 * every `var(--chart-…)` and `currentColor` replaced by the light theme's colour, so the drawing reads the same
 * with no stylesheet. Its size is the drawing's.
 */
export function drawingBlock(drawing: Drawing, theme: ChartTheme): Block {
  // A chart's drawing goes into its share card, its SVG file and its PNG file: made once per drawing and theme.
  const byTheme = themedDrawings.get(drawing) ?? themedDrawings.set(drawing, new WeakMap()).get(drawing)!;
  const known = byTheme.get(theme);
  if (known) return known;
  const block = themedDrawing(drawing, theme);
  byTheme.set(theme, block);
  return block;
}

/** Drawings as blocks, by the drawing (draw() keeps one per figure model) and the theme. */
const themedDrawings = new WeakMap<Drawing, WeakMap<ChartTheme, Block>>();

function themedDrawing(drawing: Drawing, theme: ChartTheme): Block {
  const { document } = parseHTML(`<!doctype html><html><body>${drawing.svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('draw() returned no <svg>.');
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  if (!(width > 0 && height > 0)) throw new Error(`A drawing without its size (width="${root.getAttribute('width')}", height="${root.getAttribute('height')}").`);
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name)!;
      const concrete = themed(value, theme);
      if (concrete !== value) element.setAttribute(name, concrete);
    }
  }
  const attributes = root
    .getAttributeNames()
    .filter((name: string) => !pageOnly.has(name.toLowerCase()))
    .map((name: string) => ` ${name}="${esc(themed(root.getAttribute(name)!, theme))}"`)
    .join('');
  return { width, height, svg: `<g${attributes}>${root.innerHTML}</g>` };
}

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  fill: string;
  /** Line height in px (default 1.45 × size). */
  lineHeight?: number;
  /** Lines kept at most; the last ends in “…” when text is left over. */
  maxLines?: number;
  /**
   * Lines of even length (a headline): the narrowest width that keeps the same number of lines, so that
   * a second line is not one character long.
   */
  balanced?: boolean;
}

/** The narrowest width at which `text` takes no more lines than at `maxWidth` (to the pixel). */
function balancedWidth(text: string, maxWidth: number, size: number, weight: FontWeight, maxLines?: number): number {
  const count = (width: number) => wrap(text, width, size, { weight }).length;
  const lines = count(maxWidth);
  if (lines < 2 || (maxLines !== undefined && lines > maxLines)) return maxWidth;
  let low = maxWidth / lines;
  let high = maxWidth;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (count(mid) <= lines) high = mid;
    else low = mid;
  }
  return Math.ceil(high);
}

/**
 * Text wrapped to `maxWidth` by the font's glyph widths, one <text> per line (a vector editor keeps each line
 * as it is). The block is as wide as its widest line.
 */
export function textBlock(text: string, maxWidth: number, style: TextStyle): Block {
  const { size, weight = 400, fill } = style;
  const lineHeight = style.lineHeight ?? Math.round(size * 1.45);
  const width = style.balanced ? balancedWidth(text, maxWidth, size, weight, style.maxLines) : maxWidth;
  const lines = wrap(text, width, size, { weight, maxLines: style.maxLines });
  // The baseline that centres a Chinese character (from 0.88 em above the baseline to 0.12 em below) in its line.
  const baseline = (index: number) => index * lineHeight + lineHeight / 2 + size * 0.38;
  const weightAttribute = weight === 400 ? '' : ` font-weight="${weight}"`;
  return {
    width: Math.max(...lines.map((line) => measure(line, size, weight))),
    height: lines.length * lineHeight,
    svg: lines.map((line, index) => `<text x="0" y="${px(baseline(index))}" font-size="${size}"${weightAttribute} fill="${fill}">${esc(line)}</text>`).join(''),
  };
}

/** Blocks one under another, `gap` apart, from the top. */
export function stack(blocks: readonly (Block | undefined)[], gap: number): Block {
  const shown = blocks.filter((block): block is Block => block !== undefined && block.height > 0);
  let y = 0;
  const svg = shown.map((block, index) => {
    const placed = y === 0 ? block.svg : `<g transform="${translate(0, y)}">${block.svg}</g>`;
    y += block.height + (index < shown.length - 1 ? gap : 0);
    return placed;
  });
  return { width: Math.max(0, ...shown.map((block) => block.width)), height: y, svg: svg.join('') };
}

/** A block drawn at `scale` times its size. */
export function scaled(block: Block, scale: number): Block {
  return { width: block.width * scale, height: block.height * scale, svg: `<g transform="scale(${px(scale)})">${block.svg}</g>` };
}

/** The legend's key for one series: the same shape the page's legend shows (src/styles/charts.css). */
function key(item: LegendItem, size: number, theme: ChartTheme): string {
  const colour = themed(item.color, theme);
  const half = size / 2;
  const symbol = item.symbol;
  if (symbol === 'square') return `<rect width="${px(size)}" height="${px(size)}" fill="${colour}"/>`;
  if (symbol === 'triangle') return `<path d="M${px(half)},0L${px(size)},${px(size)}L0,${px(size)}Z" fill="${colour}"/>`;
  if (symbol === 'diamond') return `<path d="M${px(half)},0L${px(size)},${px(half)}L${px(half)},${px(size)}L0,${px(half)}Z" fill="${colour}"/>`;
  if (symbol === 'star') {
    const points = [[50, 0], [61, 35], [98, 35], [68, 57], [79, 91], [50, 70], [21, 91], [32, 57], [2, 35], [39, 35]];
    return `<path d="M${points.map(([x, y]) => `${px((x! / 100) * size)},${px((y! / 100) * size)}`).join('L')}Z" fill="${colour}"/>`;
  }
  if (symbol === 'circle' || item.shape === 'dot') return `<circle cx="${px(half)}" cy="${px(half)}" r="${px(half)}" fill="${colour}"/>`;
  if (item.shape === 'ring') return `<circle cx="${px(half)}" cy="${px(half)}" r="${px(half - 1)}" fill="none" stroke="${colour}" stroke-width="2"/>`;
  if (item.shape === 'line') return `<rect y="${px(half - 1.5)}" width="${px(size)}" height="3" fill="${colour}"/>`;
  if (item.shape === 'track') return `<rect x="0.75" y="0.75" width="${px(size - 1.5)}" height="${px(size - 1.5)}" fill="${themed('var(--chart-track)', theme)}" stroke="${colour}" stroke-width="1.5"/>`;
  return `<rect width="${px(size)}" height="${px(size)}" fill="${colour}"/>`;
}

/** The legend as the page lays it out: keys and labels in rows that wrap at `maxWidth`. */
export function legendBlock(items: readonly LegendItem[], maxWidth: number, size: number, theme: ChartTheme): Block {
  const keySize = Math.round(size * 0.9);
  const lineHeight = Math.round(size * 1.6);
  const gap = size;
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const width = keySize + size * 0.35 + measure(item.label, size);
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row += 1;
    }
    const top = row * lineHeight;
    parts.push(
      `<g transform="${translate(x, top + (lineHeight - keySize) / 2)}">${key(item, keySize, theme)}</g>`,
      `<text x="${px(x + keySize + size * 0.35)}" y="${px(top + lineHeight / 2 + size * 0.38)}" font-size="${size}" fill="${theme.text}">${esc(item.label)}</text>`,
    );
    x += width + gap;
  }
  return { width: maxWidth, height: items.length ? (row + 1) * lineHeight : 0, svg: parts.join('') };
}

/** How a figure is drawn in a file: its one wide drawing, or its panels (compact drawings) in a grid. */
export interface BodyOptions {
  /** Which drawing of a single chart: the wide one suits a download and most cards. */
  layout: 'wide' | 'compact';
  /** Panels per row for small multiples. */
  columns?: number;
  /** Font size of the legend and panel headings. */
  fontSize: number;
}

/** The chart itself as a file shows it: its legend over its drawing (or panels, each under its heading). */
export function chartBody(figure: DrawnFigure, theme: ChartTheme, { layout, columns = 2, fontSize }: BodyOptions): Block {
  const single = figure.panels.length === 1;
  const drawings = figure.panels.map((panel) => {
    const drawing = single ? (panel.drawings.find((d) => d.layout.name === layout) ?? panel.drawings[0]!) : panel.drawings[0]!;
    const block = drawingBlock(drawing, theme);
    if (!panel.title) return block;
    return stack([textBlock(panel.title, block.width, { size: fontSize, weight: 700, fill: theme.text }), block], 4);
  });
  const gap = 24;
  const perRow = single ? 1 : Math.min(columns, drawings.length);
  const cellWidth = Math.max(...drawings.map((block) => block.width));
  const rows: Block[] = [];
  for (let start = 0; start < drawings.length; start += perRow) {
    const cells = drawings.slice(start, start + perRow);
    rows.push({
      width: cells.length * cellWidth + (cells.length - 1) * gap,
      height: Math.max(...cells.map((cell) => cell.height)),
      svg: cells.map((cell, index) => `<g transform="${translate(index * (cellWidth + gap), 0)}">${cell.svg}</g>`).join(''),
    });
  }
  const grid = stack(rows, gap);
  const legend = figure.legend?.length ? legendBlock(figure.legend, grid.width, fontSize, theme) : undefined;
  return stack([legend, grid], Math.round(fontSize * 0.6));
}
