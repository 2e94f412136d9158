import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const outputDir = path.resolve(import.meta.dirname, '../golden/output');

/**
 * Compares an SVG with test/golden/output/<name>.svg, one element per line so a difference reads as a diff.
 * On a difference it writes <name>-changed.svg (git-ignored) beside it. UPDATE_GOLDEN=1 rewrites the files.
 */
export function expectGolden(name: string, svg: string): void {
  compareGolden(`${name}.svg`, `${svg.replace(/></g, '>\n<')}\n`, `${name}-changed.svg`);
}

function compareGolden(file: string, text: string, changedFile: string): void {
  const expected = path.join(outputDir, file);
  const changed = path.join(outputDir, changedFile);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(expected, text);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(expected)) {
    throw new Error(`No golden file ${path.relative(process.cwd(), expected)}: run UPDATE_GOLDEN=1 npx vitest run test/golden and review the new file.`);
  }
  const golden = readFileSync(expected, 'utf8');
  if (golden === text) {
    rmSync(changed, { force: true });
  } else {
    writeFileSync(changed, text);
  }
  expect(text, `${file} differs; see ${path.basename(changed)}`).toBe(golden);
}

/**
 * Compares a figure model with test/golden/output/<name>.json. A model is data; only its Plot specs hold
 * objects JSON cannot show (marks, functions), so each spec is written as its layout, size and the kinds and
 * sizes of its marks (the SVG goldens hold the drawings). Nothing is rounded: a model has no float noise to hide.
 */
export function expectGoldenModel(name: string, model: unknown): void {
  const json = `${JSON.stringify(model, specReplacer, 2)}\n`;
  compareGolden(`${name}.json`, json, `${name}-changed.json`);
}

function specReplacer(this: unknown, key: string, value: unknown): unknown {
  if (key !== 'specs' || !Array.isArray(value)) return value;
  return value.map(({ layout, plot }: { layout: { name: string }; plot: { width?: number; height?: number; marks?: unknown[] } }) => ({
    layout: layout.name,
    width: plot.width,
    height: plot.height,
    marks: (plot.marks ?? []).flat(Infinity).filter((mark) => mark != null).map((mark) => {
      const { constructor, data } = mark as { constructor: { name: string }; data?: unknown };
      return Array.isArray(data) ? `${constructor.name}(${data.length})` : constructor.name;
    }),
  }));
}
