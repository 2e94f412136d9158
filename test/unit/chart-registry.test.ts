import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { defineChart } from '../../src/charts/chart-type.ts';
import { layouts } from '../../src/charts/common/layout.ts';
import { simpleTable } from '../../src/charts/common/table.ts';
import { draw } from '../../src/charts/draw.ts';
import { chartTypes, charts } from '../../src/charts/index.ts';
import { buildFigure, type FigureModel, type FigureOptions } from '../../src/charts/model.ts';
import { createRegistry, exampleDatasets, exampleSource, propsTable } from '../../src/charts/registry.ts';
import { smallMultiplesOf } from '../../src/charts/small-multiples/index.ts';
import { parseSourceLocation, requireColumn, requireDataset } from '../../src/data/props.ts';
import type { SiteContent } from '../../src/data/site.ts';
import { editorComponentsOf } from '../../src/mdx/components.ts';
import { chartsRename } from '../../src/mdx/source-location.ts';
import { chartsDoc, withPropsTables } from '../../scripts/chart-docs.ts';
import { chartContext } from '../support/chart-context.ts';

/**
 * A chart type that exists only here: one dot per row on a value axis. Everything a real type has, as its
 * folder would hold it (docs.json, and the code its index.ts exports); registering it is the one line below.
 */
const docs = {
  gallery: { title: '点带图', description: '每行一个点。', examples: [{ props: { dataset: 'towns', value: 'count' } }] },
  props: [{ name: 'value', required: true, text: '点的位置取自哪一列：数值列。' }],
};
const dotStrip = defineChart(docs, {
  component: 'DotStrip',
  view: 'figure',
  build: (props: { dataset?: unknown; value?: unknown; __source?: string }, site: SiteContent, file = '（页面模板）', options: FigureOptions = {}): FigureModel => {
    const at = parseSourceLocation(props.__source, file);
    const dataset = requireDataset(at, 'DotStrip', props.dataset, site.datasets);
    const column = requireColumn(at, 'DotStrip', 'value', props.value, dataset, 'numeric');
    const values = dataset.rows.map((row) => row[column.name] as number);
    return buildFigure(
      {
        kind: 'dot-strip',
        idParts: [props.dataset, props.value, at.line ?? 0],
        dataset,
        summary: `共有${values.length}个点。`,
        spec: (layout) => ({ width: layout.width, height: 60, x: { domain: options.domain }, marks: [Plot.dot(values, { x: (d: number) => d })] }),
        table: simpleTable([column.label], values.map((value) => [{ text: String(value), value }]), [true]),
        options,
      },
      site,
    );
  },
  panel: { valueProps: ['value'] },
});

const registry = createRegistry([...chartTypes.filter((type) => type.component !== 'SmallMultiples'), smallMultiplesOf(() => registry), dotStrip]);

const site = chartContext([
  {
    id: 'towns',
    csv: 'town,region,count\n甲镇,东,3\n乙镇,东,5\n丙镇,西,8\n',
    columns: '  - { name: town, type: string, label: 镇 }\n  - { name: region, type: string, label: 片区 }\n  - { name: count, type: integer, label: 数量, unit: 个 }\n',
  },
]);

describe('a new chart type needs one folder and one line in the registry', () => {
  it('is an MDX component editors may write, renamed to <Chart> for the one component that draws every type', () => {
    expect(registry.components).toContain('DotStrip');
    expect(editorComponentsOf(registry)).toContain('DotStrip');
    const node = { name: 'DotStrip', attributes: [{ type: 'mdxJsxAttribute', name: 'value', value: 'count' }] };
    expect(chartsRename(registry, node)).toEqual({
      name: 'Chart',
      attributes: [{ type: 'mdxJsxAttribute', name: '__chart', value: 'DotStrip' }, { type: 'mdxJsxAttribute', name: 'value', value: 'count' }],
    });
    expect(chartsRename(registry, { name: 'Num', attributes: [] })).toBeUndefined();
  });

  it('builds a model of data, which the one draw step draws at every layout', () => {
    const model = registry.byComponent('DotStrip')!.build({ dataset: 'towns', value: 'count' }, site) as FigureModel;
    expect(JSON.stringify(model)).not.toContain('<svg');
    expect(model.panels[0]!.specs.map((spec) => spec.layout.name)).toEqual(layouts.map((layout) => layout.name));
    const drawn = draw(model);
    for (const { svg } of drawn.panels[0]!.drawings) {
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg.match(/<circle/g)).toHaveLength(3);
    }
  });

  it('is a panel type small multiples can repeat, on one shared axis', () => {
    expect(registry.panelTypes).toContain(dotStrip);
    const multiples = registry.byComponent('SmallMultiples')!.build({ chart: 'DotStrip', by: 'region', dataset: 'towns', value: 'count' }, site) as FigureModel;
    expect(multiples.panels.map((panel) => panel.title)).toEqual(['东', '西']);
    expect(multiples.panels.map((panel) => panel.specs[0]!.plot.x)).toEqual([{ domain: [0, 8] }, { domain: [0, 8] }]);
  });

  it('is in the gallery, the benchmark and the props docs', () => {
    const example = dotStrip.gallery.examples[0];
    expect(registry.benchCases.filter((c) => c.type === dotStrip)).toEqual([{ name: 'DotStrip', type: dotStrip, props: example.props }]);
    expect(exampleSource(dotStrip, example)).toBe('<DotStrip dataset="towns" value="count" />');
    expect(exampleDatasets(example)).toEqual(['towns']);
    expect(propsTable(dotStrip)).toBe('| 属性 | 必填 | 写法 |\n|---|---|---|\n| `value` | 是 | 点的位置取自哪一列：数值列。 |');
    const doc = '## 点带图\n<!-- props:DotStrip -->\nold\n<!-- /props:DotStrip -->\n';
    const types = createRegistry([dotStrip]);
    expect(withPropsTables(doc, types)).toBe(`## 点带图\n<!-- props:DotStrip -->\n${propsTable(dotStrip)}\n<!-- /props:DotStrip -->\n`);
    expect(() => withPropsTables('## 没有表\n', types)).toThrow('docs/CHARTS.md has no section for <DotStrip>');
  });

  it('refuses a type without a gallery example', () => {
    expect(() => defineChart({ ...docs, gallery: { ...docs.gallery, examples: [] } }, { component: 'Empty', view: 'figure', build: dotStrip.build })).toThrow(
      '<Empty>: its docs.json gives no gallery example',
    );
  });

  it('refuses two types registered under one name', () => {
    expect(() => createRegistry([dotStrip, dotStrip])).toThrow('Two chart types are registered as <DotStrip>.');
  });
});

describe('the site’s registry', () => {
  const chartsDir = path.resolve(import.meta.dirname, '../../src/charts');

  it('has one folder per chart type, each listed once, and at most a few shared modules loose beside them', () => {
    const folders = readdirSync(chartsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'common');
    expect(folders.length).toBe(charts.types.length);
    const index = readFileSync(path.join(chartsDir, 'index.ts'), 'utf8');
    for (const folder of folders) expect(index, folder.name).toContain(`from './${folder.name}/index.ts'`);
    for (const folder of folders) expect(readdirSync(path.join(chartsDir, folder.name)), folder.name).toEqual(expect.arrayContaining(['index.ts', 'docs.json']));
    const loose = readdirSync(chartsDir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    expect(loose.sort()).toEqual(['chart-type.ts', 'draw.ts', 'index.ts', 'model.ts', 'registry.ts']);
  });

  it('gives every type a gallery example, a props table and a place in docs/CHARTS.md, which is current', () => {
    for (const type of charts.types) {
      expect(type.gallery.examples.length, type.component).toBeGreaterThan(0);
      expect(type.props.length, type.component).toBeGreaterThan(0);
    }
    const doc = readFileSync(chartsDoc, 'utf8');
    expect(withPropsTables(doc, charts), 'docs/CHARTS.md is out of date: run npm run docs:charts').toBe(doc);
  });
});
