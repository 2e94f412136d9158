/**
 * Writes the props table of every chart type into docs/CHARTS.md, from the registry (src/charts/index.ts):
 * between `<!-- props:<Component> … -->` and `<!-- /props:<Component> -->`. `npm run docs:charts`; a unit
 * test (test/unit/chart-registry.test.ts) fails when the file is not current. A type without its markers in
 * the file is an error: add a section for it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { charts } from '../src/charts/index.ts';
import { propsTable, type Registry } from '../src/charts/registry.ts';

export const chartsDoc = path.resolve(import.meta.dirname, '../docs/CHARTS.md');

/** The document with every type's table written anew. */
export function withPropsTables(markdown: string, registry: Registry): string {
  let out = markdown;
  for (const type of registry.types) {
    const block = new RegExp(`(<!-- props:${type.component}\\b[^>]*-->\\n)[\\s\\S]*?(\\n<!-- /props:${type.component} -->)`);
    if (!block.test(out)) throw new Error(`docs/CHARTS.md has no section for <${type.component}>: add one with <!-- props:${type.component} --> and <!-- /props:${type.component} --> where its props table goes.`);
    out = out.replace(block, (_, open: string, close: string) => `${open}${propsTable(type)}${close}`);
  }
  return out;
}

if (import.meta.main) {
  const before = readFileSync(chartsDoc, 'utf8');
  const after = withPropsTables(before, charts);
  writeFileSync(chartsDoc, after);
  console.log(after === before ? 'docs/CHARTS.md is current.' : 'docs/CHARTS.md: props tables rewritten.');
}
