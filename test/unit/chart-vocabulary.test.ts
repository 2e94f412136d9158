import { testSource } from '../support/chart-context.ts';
import { draw } from '../../src/charts/draw.ts';
import { describe, expect, it } from 'vitest';
import { parseAnnotations } from '../../src/charts/common/annotations.ts';
import { barFigure } from '../../src/charts/bar/figure.ts';
import { bigNumbersModel, comparison } from '../../src/charts/big-numbers/model.ts';
import type { SiteContent } from '../../src/data/site.ts';
import { dataTableModel } from '../../src/charts/data-table/model.ts';
import { smallMultiplesFigure } from '../support/charts.ts';
import { buildDataset } from '../../src/data/dataset.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Source } from '../../src/schemas/source.ts';
import { expectPropError, propMistake } from '../support/editor-errors.ts';

const registry = { placeIds: new Set(['datong', 'shuozhou']), sourceIds: new Set(['src-a']) };
const meta = (title: string, columns: string) => `title: ${title}
description: 用于测试的数据集。
subject: prices
places: [datong, shuozhou]
period: 2022
sources: [src-a]
updated: 2026-11-23
columns:
${columns}`;

const prices = buildDataset(
  {
    id: 'prices',
    files: { csv: 'content/data/prices.csv', meta: 'content/data/prices.yaml' },
    csvText: 'place,residential,non_residential,months,months_qualifier\ndatong,3.52,,5.5,\nshuozhou,2.52,4.8,6,nearly\n',
    metaText: meta('测试热价', `  - { name: place, type: place, label: 城市 }
  - { name: residential, type: number, unit: 元/平方米·月, label: 居民热价 }
  - { name: non_residential, type: number, unit: 元/平方米·月, label: 非居民热价, optional: true }
  - { name: months, type: number, unit: 个月, label: 供热期, qualifier: months_qualifier }
  - { name: months_qualifier, type: qualifier, label: 限定 }
`),
  },
  registry,
);
const coverage = buildDataset(
  {
    id: 'coverage',
    files: { csv: 'content/data/coverage.csv', meta: 'content/data/coverage.yaml' },
    csvText: 'scope,measure,percent\n城区,rate,93\n县城,rate,89\n城区,coverage,98\n县城,coverage,97\n',
    metaText: meta('测试覆盖率', `  - { name: scope, type: string, label: 范围 }
  - { name: measure, type: string, label: 指标 }
  - { name: percent, type: percent, label: 比例 }
`),
  },
  registry,
);
const context: SiteContent = {
  datasets: new Map([
    ['prices', prices],
    ['coverage', coverage],
  ]),
  places: new Map<string, Place>([
    ['datong', { id: 'datong', name: '大同市', shortName: '大同' } as Place],
    ['shuozhou', { id: 'shuozhou', name: '朔州市', shortName: '朔州' } as Place],
  ]),
  sources: new Map<string, Source>([['src-a', testSource({ publication: '朔州日报' })]]),
};
const at = 'content/stories/x.mdx:7:1';
const where = { file: 'content/stories/x.mdx', line: 7, column: 1 };

describe('annotations', () => {
  it('resolves plain coordinates and appends the text of a bound figure to its label', () => {
    expect(parseAnnotations(where, 'BarChart', [{ x: 3, label: '参考线' }, { y: { dataset: 'prices', row: 'datong', column: 'residential' }, label: '大同' }], context)).toEqual([
      { x: 3, y: undefined, label: '参考线' },
      { x: undefined, y: 3.52, label: '大同 3.52元/平方米·月' },
    ]);
  });

  it('rejects digits typed into a label', () => {
    expectPropError(() => parseAnnotations(where, 'BarChart', [{ x: 3, label: '标准3元' }], context), at, 'BarChart', propMistake('prop-text-digits', 'annotations[0].label', { found: '标准3元', in: 'annotation' }));
  });

  it('rejects an annotation without a position, and a prop that is not an array', () => {
    expectPropError(() => parseAnnotations(where, 'BarChart', [{ label: '无处安放' }], context), at, 'BarChart', propMistake('annotation-position-missing', 'annotations[0]', { found: '{"label":"无处安放"}' }));
    expectPropError(() => parseAnnotations(where, 'BarChart', '{x: 3}', context), at, 'BarChart', propMistake('annotations-not-array', 'annotations', { found: '{x: 3}' }));
  });

  it('draws a reference line on a bar chart, and widens the axis to reach it', () => {
    const figure = barFigure({ dataset: 'prices', label: 'place', value: 'residential', annotations: [{ x: 5, label: '参考线' }], __source: at }, context);
    const svg = draw(figure).panels[0]!.drawings[0]!.svg;
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('>参考线</text>');
    // The line at 5 stands right of the longest bar (3.52) and inside the drawing.
    const line = Number(/stroke-dasharray="4 3"[^>]*>\s*<line[^>]* x1="([\d.]+)"/.exec(svg)?.[1]);
    const barEnds = [...svg.matchAll(/<rect[^>]* width="([\d.]+)" x="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
    expect(barEnds).toHaveLength(2);
    expect(line).toBeGreaterThan(Math.max(...barEnds) + 20);
    expect(line).toBeLessThanOrEqual(340);
  });
});

describe('<BigNumbers>', () => {
  it('splits each figure into number and unit and names its source', () => {
    const model = bigNumbersModel({ items: [{ dataset: 'prices', row: 'shuozhou', column: 'months', label: '朔州供热期' }], __source: at }, context);
    expect(model.items).toEqual([
      {
        label: '朔州供热期',
        number: '近6',
        unit: '个月',
        text: '近6个月',
        dataset: { id: 'prices', title: '测试热价' },
        // The dataset's period as prose names it, as the price table has no period column.
        period: '2022年',
        sources: [{ id: 'src-a', label: '朔州日报《标题》' }],
      },
    ]);
  });

  it('computes the comparison with another figure of the same unit', () => {
    const model = bigNumbersModel({ dataset: 'prices', rows: 'shuozhou', column: 'non_residential', compare: 'residential', compareLabel: '居民热价', __source: at }, context);
    expect(model.items[0]!.comparison).toBe('比居民热价（2.52元/平方米·月）增加2.28元/平方米·月，增长90.5%');
    expect(comparison({ value: 89 }, { value: 93, text: '93%' }, '%', '城区')).toBe('比城区（93%）减少4个百分点');
    expect(comparison({ value: 5 }, { value: 5, text: '5个月' }, '个月', '太原')).toBe('与太原（5个月）持平');
  });

  it('refuses to compare figures of different units', () => {
    expectPropError(
      () => bigNumbersModel({ dataset: 'prices', rows: 'shuozhou', column: 'months', compare: 'residential', __source: at }, context),
      at,
      'BigNumbers',
      propMistake('big-number-units-differ', 'items[0].compare', { other: '2.52元/平方米·月', otherUnit: '元/平方米·月', figure: '近6个月', unit: '个月' }),
    );
  });

  it('refuses digits in a label, and a row that is not there', () => {
    expectPropError(
      () => bigNumbersModel({ items: [{ dataset: 'prices', row: 'datong', column: 'months', label: '第1名' }], __source: at }, context),
      at,
      'BigNumbers',
      propMistake('prop-text-digits', 'items[0].label', { found: '第1名', in: 'big-number' }),
    );
    expectPropError(
      () => bigNumbersModel({ dataset: 'prices', rows: 'taiyuan', column: 'months', __source: at }, context),
      at,
      'BigNumbers',
      propMistake('row-unknown', 'row', { found: 'taiyuan', dataset: 'prices', key: 'place', rows: ['datong', 'shuozhou'] }),
    );
  });
});

describe('<DataTable>', () => {
  it('keeps every row, sorts by a column at build time with missing values last, and formats cells', () => {
    const model = dataTableModel({ dataset: 'prices', columns: 'place、non_residential、months', sort: 'non_residential', order: 'ascending', __source: at }, context);
    expect(model.table.columns.map((c) => c.label)).toEqual(['城市', '非居民热价（元/平方米·月）', '供热期（个月）']);
    expect(model.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['朔州市', '4.8', '近6'],
      ['大同市', '—', '5.5'],
    ]);
    expect(model.table.rows[0]!.map((cell) => cell.value)).toEqual(['shuozhou', 4.8, 6]);
  });

  it('fails on a column the dataset does not show', () => {
    expectPropError(
      () => dataTableModel({ dataset: 'prices', columns: 'place、months_qualifier', __source: at }, context),
      at,
      'DataTable',
      propMistake('column-unknown', 'columns', {
        found: 'months_qualifier',
        dataset: 'prices',
        columns: ['place', 'residential', 'non_residential', 'months'],
        wanted: 'shown',
        meta: 'content/data/prices.yaml',
        several: true,
      }),
    );
  });
});

describe('<SmallMultiples>', () => {
  it('draws one compact panel per group on one shared value axis', () => {
    const figure = smallMultiplesFigure({ chart: 'BarChart', by: 'measure', dataset: 'coverage', label: 'scope', value: 'percent', __source: at }, context);
    expect(figure.panels.map((p) => p.title)).toEqual(['rate', 'coverage']);
    for (const panel of draw(figure).panels) {
      expect(panel.drawings.map((d) => d.layout.name)).toEqual(['compact']);
      expect(panel.drawings[0]!.svg).toContain(`aria-describedby="${figure.id}-summary"`);
    }
    // Both panels end their axis at the same tick, although one group's largest value is 93 and the other's 98.
    const lastTick = (svg: string) => [...svg.matchAll(/y="0.71em">([^<]+)</g)].at(-1)![1];
    expect(lastTick(draw(figure).panels[0]!.drawings[0]!.svg)).toBe(lastTick(draw(figure).panels[1]!.drawings[0]!.svg));
    expect(figure.summary).toBe('rate：城区的比例为93%，高于县城的89%。coverage：城区的比例为98%，高于县城的97%。');
    expect(figure.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['rate', '城区', '93%'],
      ['rate', '县城', '89%'],
      ['coverage', '城区', '98%'],
      ['coverage', '县城', '97%'],
    ]);
  });

  it('fails on a chart it cannot repeat, and on a column with a single group', () => {
    expectPropError(
      () => smallMultiplesFigure({ chart: 'PieChart', by: 'measure', dataset: 'coverage', __source: at }, context),
      at,
      'SmallMultiples',
      propMistake('multiples-chart-unknown', 'chart', { found: 'PieChart', charts: ['BarChart', 'GroupedBarChart', 'ProgressChart', 'DumbbellChart', 'LineChart'] }),
    );
    const oneGroup: SiteContent = { ...context, datasets: new Map([['coverage', { ...coverage, rows: coverage.rows.slice(0, 2) }]]) };
    expectPropError(
      () => smallMultiplesFigure({ chart: 'BarChart', by: 'measure', dataset: 'coverage', label: 'scope', value: 'percent', __source: at }, oneGroup),
      at,
      'SmallMultiples',
      propMistake('multiples-one-group', 'by', { found: 'measure', group: 'rate', chart: 'BarChart' }),
    );
  });
});
