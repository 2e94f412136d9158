import { testSource } from '../support/chart-context.ts';
import { draw } from '../../src/charts/draw.ts';
import { describe, expect, it } from 'vitest';
import { barFigure } from '../../src/charts/bar/figure.ts';
import type { SiteContent } from '../../src/data/site.ts';
import { resolveNum } from '../../src/inline/num.ts';
import { buildDataset } from '../../src/data/dataset.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Source } from '../../src/schemas/source.ts';
import { propWhere } from '../../src/errors/where.ts';
import { expectEditorError } from '../support/editor-errors.ts';

const dataset = buildDataset(
  {
    id: 'ops',
    files: { csv: 'content/data/ops.csv', meta: 'content/data/ops.yaml' },
    csvText: 'measure,label,value,value_qualifier,unit\nrepairs,抢修,88,,次\nvisits,走访用户,1.6,over,万户\nheat,供热量,,,万吉焦\n',
    metaText: `title: 运行指标
description: 用于测试的运行指标。
subject: operations
places: [baotou]
period: 2025-2026
sources: [src-a]
updated: 2026-11-23
columns:
  - { name: measure, type: string, label: 指标代码 }
  - { name: label, type: string, label: 指标 }
  - { name: value, type: number, label: 数值, unitColumn: unit, qualifier: value_qualifier, optional: true }
  - { name: value_qualifier, type: qualifier, label: 限定 }
  - { name: unit, type: string, label: 单位 }
`,
  },
  { placeIds: new Set(['baotou']), sourceIds: new Set(['src-a']) },
);
const context: SiteContent = {
  datasets: new Map([['ops', dataset]]),
  places: new Map<string, Place>(),
  sources: new Map<string, Source>([['src-a', testSource({ publication: '包头日报' })]]),
};
const at = 'content/stories/x.mdx:12:1';
const story = { file: 'content/stories/x.mdx', line: 12, column: 1 };

describe('barFigure', () => {
  it('builds a figure with both drawings, a summary and the data table', () => {
    const figure = barFigure({ dataset: 'ops', label: 'label', value: 'value', __source: at }, context);
    expect(figure.panels).toHaveLength(1);
    expect(draw(figure).panels[0]!.drawings.map((d) => d.layout.name)).toEqual(['compact', 'wide']);
    expect(figure.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['抢修', '88次'],
      ['走访用户', '1.6万余户'],
      ['供热量', '报道未给出'],
    ]);
    expect(figure.summary).toBe('抢修的数值为88次，高于走访用户的1.6万余户。另有1项报道未给出数值。');
    expect(figure.sources).toEqual([{ id: 'src-a', label: '包头日报《标题》' }]);
    for (const { svg } of draw(figure).panels[0]!.drawings) expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*>/);
  });

  it('fails on an unknown dataset at the MDX line, listing the ids that exist', () => {
    expectEditorError(() => barFigure({ dataset: 'opz', label: 'label', value: 'value', __source: at }, context), {
      code: 'dataset-unknown',
      ...story,
      where: propWhere('BarChart', 'dataset'),
      details: { found: 'opz', known: ['ops'] },
    });
  });

  it('fails on a column that does not exist', () => {
    expectEditorError(() => barFigure({ dataset: 'ops', label: 'label', value: 'amount', __source: at }, context), {
      code: 'column-unknown',
      ...story,
      where: propWhere('BarChart', 'value'),
      details: { found: 'amount', dataset: 'ops', columns: [{ name: 'value', label: '数值' }], wanted: 'numeric', meta: 'content/data/ops.yaml' },
    });
  });

  it('fails on a text column where a number is needed', () => {
    expectEditorError(() => barFigure({ dataset: 'ops', label: 'label', value: 'unit', __source: at }, context), {
      code: 'column-wrong-type',
      ...story,
      where: propWhere('BarChart', 'value'),
      details: { found: 'unit', type: 'string', wanted: 'numeric', alternatives: [{ name: 'value', label: '数值' }] },
    });
  });

  it('fails on a highlight that names no bar', () => {
    expectEditorError(() => barFigure({ dataset: 'ops', label: 'label', value: 'value', highlight: '热线', __source: at }, context), {
      code: 'prop-labels-unknown',
      ...story,
      where: propWhere('BarChart', 'highlight'),
      details: { found: '热线', labels: ['抢修', '走访用户', '供热量'] },
    });
  });
});

describe('resolveNum', () => {
  it('formats a figure with unit and qualifier and links its dataset', () => {
    expect(resolveNum({ dataset: 'ops', row: 'visits', column: 'value', __source: at }, context)).toEqual({
      text: '1.6万余户',
      datasetId: 'ops',
      description: '数值：1.6万余户。数据来源：包头日报《标题》',
    });
  });

  it('fails on a row key that does not exist', () => {
    expectEditorError(() => resolveNum({ dataset: 'ops', row: 'repair', column: 'value', __source: at }, context), {
      code: 'row-unknown',
      ...story,
      where: propWhere('Num', 'row'),
      details: { found: 'repair', dataset: 'ops', key: 'measure', rows: ['repairs', 'visits', 'heat'] },
    });
  });

  it('refuses to quote a figure the report does not give', () => {
    expectEditorError(() => resolveNum({ dataset: 'ops', row: 'heat', column: 'value', __source: at }, context), {
      code: 'ref-cell-empty',
      ...story,
      where: propWhere('Num', 'column'),
      details: { found: 'value', wanted: 'numeric', row: 'heat' },
    });
  });
});
