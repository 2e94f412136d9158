import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import { wrapText } from '../charts/common/text-width.ts';

/**
 * The one Chinese font of every file the site draws outside a page (standalone SVGs, PNG downloads, share
 * cards): Noto Sans SC from the npm package pinned in package.json (@expo-google-fonts/noto-sans-sc, Google
 * Fonts' static TTFs), never a font of the machine, so a PNG is the same bytes wherever and whenever it is
 * built. The renderer (src/lib/png.ts) loads these files and no others; text is laid out by these files'
 * own glyph widths (fontkitten reads them), not by the half-em estimate Plot makes for CJK.
 */
export const fontFamily = 'Noto Sans SC';

/**
 * How a standalone SVG names its font: the packaged font first, then the fonts a reader's machine has for
 * Chinese (what the site's pages use, src/styles/global.css), so a vector editor without Noto Sans SC still
 * shows Chinese.
 */
export const fontStack = `'${fontFamily}', 'Source Han Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif`;

export type FontWeight = 400 | 700;

const files: Record<FontWeight, string> = {
  400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

// Resolved from the project (the working directory of a build, a test or a script), not from this module,
// which a build bundles into its output folder.
const require = createRequire(path.join(process.cwd(), 'package.json'));

/** The font files, absolute, as the renderer is given them. */
export function fontFiles(): string[] {
  return Object.values(files).map((file) => require.resolve(file));
}

const data = new Map<string, Buffer>();

/** A font file's bytes, read once per process. */
export function fontData(file: string): Buffer {
  let bytes = data.get(file);
  if (!bytes) {
    bytes = readFileSync(file);
    data.set(file, bytes);
  }
  return bytes;
}

const fonts = new Map<FontWeight, Font>();

function font(weight: FontWeight): Font {
  let loaded = fonts.get(weight);
  if (!loaded) {
    loaded = create(fontData(require.resolve(files[weight]))) as Font;
    fonts.set(weight, loaded);
  }
  return loaded;
}

/**
 * Width in px of one line of text at `fontSize`, from the font's own advance widths: a Chinese character is
 * 1 em, a digit 0.555 em (bold 0.59). A character the font lacks counts as 1 em.
 */
export function measure(text: string, fontSize: number, weight: FontWeight = 400): number {
  const face = font(weight);
  const known = advances.get(weight) ?? advances.set(weight, new Map()).get(weight)!;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    let advance = known.get(code);
    if (advance === undefined) {
      advance = face.hasGlyphForCodePoint(code) ? face.glyphForCodePoint(code).advanceWidth : face.unitsPerEm;
      known.set(code, advance);
    }
    units += advance;
  }
  return (units / face.unitsPerEm) * fontSize;
}

/** Each character's advance width, looked up in the font once per process (a lookup costs more than a card's layout). */
const advances = new Map<FontWeight, Map<number, number>>();

/** A measure for `wrapText` at one weight. */
export const measureAt = (weight: FontWeight) => (text: string, fontSize: number) => measure(text, fontSize, weight);

/**
 * Lines of `text` no wider than `maxWidth` (Chinese broken between characters, Latin words whole, punctuation
 * kept with its character: src/charts/common/text-width.ts), measured in the font. With `maxLines`, the last
 * line kept ends in “…” when text is left over.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, { weight = 400, maxLines }: { weight?: FontWeight; maxLines?: number } = {}): string[] {
  const lines = wrapText(text, maxWidth, fontSize, measureAt(weight));
  if (!maxLines || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept.at(-1)!;
  while (last && measure(`${last}…`, fontSize, weight) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[kept.length - 1] = `${last.replace(/[，、：；（《“\s]+$/u, '')}…`;
  return kept;
}
