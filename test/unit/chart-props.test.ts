import { testSource } from '../support/chart-context.ts';
import { draw } from '../../src/charts/draw.ts';
import { describe, expect, it } from 'vitest';
import { barFigure } from '../../src/charts/bar/figure.ts';
import type { SiteContent } from '../../src/data/site.ts';
import { resolveNum } from '../../src/inline/num.ts';
import { buildDataset } from '../../src/data/dataset.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Source } from '../../src/schemas/source.ts';

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
    expect(() => barFigure({ dataset: 'opz', label: 'label', value: 'value', __source: at }, context)).toThrow(
      'content/stories/x.mdx:12:1 <BarChart> 的属性“dataset”：找到“opz”，应为已有的数据集 id（ops）。修改：改成 content/data/ 里某个 .csv 的文件名（不含扩展名），或先添加这个数据集。',
    );
  });

  it('fails on a column that does not exist', () => {
    expect(() => barFigure({ dataset: 'ops', label: 'label', value: 'amount', __source: at }, context)).toThrow(
      'content/stories/x.mdx:12:1 <BarChart> 的属性“value”：找到“amount”，应为数据集“ops”中的数值列：value（数值）。修改：改成上面的列名之一（列的定义见 content/data/ops.yaml）。',
    );
  });

  it('fails on a text column where a number is needed', () => {
    expect(() => barFigure({ dataset: 'ops', label: 'label', value: 'unit', __source: at }, context)).toThrow(
      'content/stories/x.mdx:12:1 <BarChart> 的属性“value”：找到“unit”，应为数值列（number、integer 或 percent），而“unit”是 string 列。修改：换成 value（数值） 之一。',
    );
  });

  it('fails on a highlight that names no bar', () => {
    expect(() => barFigure({ dataset: 'ops', label: 'label', value: 'value', highlight: '热线', __source: at }, context)).toThrow("content/stories/x.mdx:12:1 <BarChart> 的属性“highlight”：找到“热线”，应为图中某个标记的名字：抢修、走访用户、供热量。修改：照图中的写法填写名字，多个名字用顿号分隔。");
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
    expect(() => resolveNum({ dataset: 'ops', row: 'repair', column: 'value', __source: at }, context)).toThrow(
      'content/stories/x.mdx:12:1 <Num> 的属性“row”：找到“repair”，应为数据集“ops”第一列（measure）中的某个值：repairs、visits、heat。修改：改成上面列出的值之一。',
    );
  });

  it('refuses to quote a figure the report does not give', () => {
    expect(() => resolveNum({ dataset: 'ops', row: 'heat', column: 'value', __source: at }, context)).toThrow(/这一行的“value”是空的/);
  });
});
