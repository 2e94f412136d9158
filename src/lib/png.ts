import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { fontFamily, fontFiles, fontData } from './fonts.ts';

/**
 * SVG → PNG, with resvg (@resvg/resvg-js, pinned in package.json with its prebuilt binary) and only the font
 * files of src/lib/fonts.ts: the machine's fonts are never loaded, so a PNG is byte-identical on every machine
 * and every rebuild (test/unit/png.test.ts renders twice; the site's reproducibility gate compares two
 * builds). The background is the SVG's own (every file the site draws paints one).
 *
 * resvg shapes each <text> with the whole font, and a full CJK font (10 MB, 30,000 glyphs) costs it about
 * 10 ms a text: a chart's 40 texts took 0.4 s. So the font is first cut down to the characters this SVG has
 * (subset-font, HarfBuzz's hb-subset), which resvg shapes in well under a millisecond a text. The subset
 * depends only on the SVG, so the PNG does too.
 */
export async function renderPng(svg: string, { zoom = 1 }: { zoom?: number } = {}): Promise<Buffer> {
  const characters = [...new Set(svg)].sort().join('');
  const dir = mkdtempSync(path.join(tmpdir(), 'hsd-png-'));
  try {
    const files = await Promise.all(
      fontFiles().map(async (file, index) => {
        const subset = await subsetFont(fontData(file), characters, { targetFormat: 'truetype' });
        const name = path.join(dir, `${index}-${createHash('sha256').update(subset).digest('hex').slice(0, 16)}.ttf`);
        writeFileSync(name, subset);
        return name;
      }),
    );
    const resvg = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
      fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom },
    });
    return resvg.render().asPng();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PNG's pixel size, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => png[index] === byte)) throw new Error('Not a PNG file.');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
