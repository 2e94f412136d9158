import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const outputDir = path.resolve(import.meta.dirname, '../golden/output');

/**
 * Compares an SVG with test/golden/output/<name>.svg, one element per line so a difference reads as a diff.
 * On a difference it writes <name>-changed.svg (git-ignored) beside it. UPDATE_GOLDEN=1 rewrites the files.
 */
export function expectGolden(name: string, svg: string): void {
  const pretty = `${svg.replace(/></g, '>\n<')}\n`;
  const expected = path.join(outputDir, `${name}.svg`);
  const changed = path.join(outputDir, `${name}-changed.svg`);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(expected, pretty);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(expected)) {
    throw new Error(`No golden file ${path.relative(process.cwd(), expected)}: run UPDATE_GOLDEN=1 npx vitest run test/golden and review the new file.`);
  }
  const golden = readFileSync(expected, 'utf8');
  if (golden === pretty) {
    rmSync(changed, { force: true });
  } else {
    writeFileSync(changed, pretty);
  }
  expect(pretty, `${name}.svg differs; see ${path.basename(changed)}`).toBe(golden);
}
