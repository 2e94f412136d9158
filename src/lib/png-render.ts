import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { fontData, fontFamily, fontFiles } from './fonts.ts';

/**
 * SVG → PNG, with resvg (@resvg/resvg-js, pinned in package.json with its prebuilt binary) and only the font
 * files of src/lib/fonts.ts: the machine's fonts are never loaded, so a PNG is byte-identical on every machine
 * and every rebuild (test/unit/chart-files.test.ts renders twice; the site's reproducibility gate compares two
 * builds). The background is the SVG's own (every file the site draws paints one). No cache: src/lib/png.ts
 * is what pages call.
 *
 * resvg shapes each <text> with the whole font, and a full CJK font (10 MB, 30,000 glyphs) costs it about
 * 10 ms a text: a chart's 40 texts took 0.4 s. So the font is cut down (subset-font, HarfBuzz's hb-subset) to
 * the characters this process has drawn so far, and cut again only when an SVG brings a character the cut
 * lacks: over a build that is a few dozen cuts, not one per file (a cut costs about 16 ms, as much as the
 * rest of a card). The pixels depend only on the glyphs' outlines, which every cut keeps as they are, so a
 * PNG is the same bytes whichever cut drew it (the unit test draws one SVG with two cuts).
 */
interface Cut {
  characters: Set<string>;
  dir: string;
  files: string[];
}

let cut: Cut | undefined;
let cutting: Promise<Cut> | undefined;

function removeCut(old: Cut | undefined): void {
  if (old) rmSync(old.dir, { recursive: true, force: true });
}

/**
 * Cuts are written to the machine's temporary folder under a prefix that names the process. A worker thread
 * stopped at the end of a build runs no exit handler, so the main thread removes every cut of its process,
 * its workers' too, when it exits.
 */
const cutPrefix = `hsd-font-${process.pid}-`;

/** Removes the font cuts of this process's threads. */
export function removeCuts(): void {
  for (const name of readdirSync(tmpdir())) if (name.startsWith(cutPrefix)) rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
}
if (isMainThread) process.once('exit', removeCuts);

async function makeCut(characters: Set<string>): Promise<Cut> {
  const text = [...characters].sort().join('');
  const dir = mkdtempSync(path.join(tmpdir(), cutPrefix));
  const files = await Promise.all(
    fontFiles().map(async (file, index) => {
      const name = path.join(dir, `${index}.ttf`);
      writeFileSync(name, await subsetFont(fontData(file), text, { targetFormat: 'truetype' }));
      return name;
    }),
  );
  return { characters, dir, files };
}

/** A cut of the fonts that has every character of `svg`. */
async function cutFor(svg: string): Promise<Cut> {
  for (;;) {
    if (cutting) await cutting;
    const current = cut;
    const missing = [...new Set(svg)].filter((char) => !current?.characters.has(char));
    if (current && missing.length === 0) return current;
    if (cutting) continue;
    cutting = makeCut(new Set([...(current?.characters ?? []), ...missing]));
    try {
      const next = await cutting;
      removeCut(cut);
      cut = next;
    } finally {
      cutting = undefined;
    }
  }
}

export interface PngOptions {
  /** 2 draws a PNG at twice the SVG's size. */
  zoom?: number;
}

/** `svg` drawn as a PNG, without a cache. */
export async function drawPng(svg: string, { zoom = 1 }: PngOptions = {}): Promise<Buffer> {
  const { files } = await cutFor(svg);
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
    fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom },
  });
  return resvg.render().asPng();
}

/** The characters the current cut of the fonts holds (for tests). */
export function cutCharacters(): number {
  return cut?.characters.size ?? 0;
}
