import { describe, expect, it } from 'vitest';
import { draw } from '../../src/charts/draw.ts';
import { groupedBarFigure, type GroupedBarChartProps } from '../../src/charts/grouped-bar/figure.ts';
import { chartContext } from '../support/chart-context.ts';
import { expectPropError, propMistake, type PropMistake } from '../support/editor-errors.ts';

const context = chartContext([
  {
    id: 'prices',
    csv: 'city,residential,non_residential,commercial,usable_share,note\n太原,3.6,7.5,,,省会\n大同,3.52,,7,,\n朔州,2.52,4.8,,70,最低\n',
    columns: `  - { name: city, type: string, label: 城市 }
  - { name: residential, type: number, unit: 元/平方米·月, label: 居民热价 }
  - { name: non_residential, type: number, unit: 元/平方米·月, label: 非居民热价, optional: true }
  - { name: commercial, type: number, unit: 元/平方米·月, label: 经营性热价, optional: true }
  - { name: usable_share, type: percent, label: 使用面积占比, optional: true }
  - { name: note, type: string, label: 备注, optional: true }
`,
  },
  {
    id: 'sources',
    csv: 'plant,kind,capacity,capacity_qualifier,unit\n甲电厂,热电,2000,,万平方米\n乙电厂,热电,1200,approx,万平方米\n丙电厂,锅炉,,,万平方米\n',
    columns: `  - { name: plant, type: string, label: 电厂 }
  - { name: kind, type: string, label: 类型 }
  - { name: capacity, type: number, label: 供热能力, unitColumn: unit, qualifier: capacity_qualifier, optional: true }
  - { name: capacity_qualifier, type: qualifier, label: 限定 }
  - { name: unit, type: string, label: 单位 }
`,
  },
  ...[
    ['units', '甲,居民,3,元\n甲,非居民,40,%\n'],
    ['negative', '甲,居民,-5,元\n甲,非居民,6,元\n'],
    ['many', ['居民', '非居民', '其他1', '其他2', '其他3', '其他4'].map((kind) => `甲,${kind},1,元\n`).join('')],
  ].map(([id, rows]) => ({
    id: id!,
    csv: `city,kind,value,unit\n${rows}`,
    columns: `  - { name: city, type: string, label: 城市 }
  - { name: kind, type: string, label: 类别 }
  - { name: value, type: number, label: 数值, unitColumn: unit }
  - { name: unit, type: string, label: 单位 }
`,
  })),
]);
const at = 'content/stories/x.mdx:12:1';
const figure = (props: Omit<GroupedBarChartProps, '__source'>) => groupedBarFigure({ ...props, __source: at }, context);
const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));

describe('groupedBarFigure', () => {
  it('groups a wide table by row, a series per column, largest first series on top, gaps kept as not given', () => {
    const model = figure({ dataset: 'prices', label: 'city', values: 'residential、non_residential、commercial' });
    expect(texts(model.table.rows)).toEqual([
      ['太原', '3.6元/平方米·月', '7.5元/平方米·月', '报道未给出'],
      ['大同', '3.52元/平方米·月', '报道未给出', '7元/平方米·月'],
      ['朔州', '2.52元/平方米·月', '4.8元/平方米·月', '报道未给出'],
    ]);
    expect(model.table.rows[1]![2]!.value).toBeNull();
    expect(model.summary).toBe('居民热价：太原最高，为3.6元/平方米·月；朔州最低，为2.52元/平方米·月。非居民热价：太原最高，为7.5元/平方米·月；朔州最低，为4.8元/平方米·月。经营性热价只有大同有数值，为7元/平方米·月。太原的经营性热价、大同的非居民热价、朔州的经营性热价报道未给出。');
    expect(model.legend).toEqual([
      { label: '居民热价', color: 'var(--chart-series-1)', shape: 'bar' },
      { label: '非居民热价', color: 'var(--chart-series-2)', shape: 'bar' },
      { label: '经营性热价', color: 'var(--chart-series-3)', shape: 'bar' },
    ]);
    expect(model.seriesBy).toBe('fill');
    expect(model.unit).toBe('元/平方米·月');
    expect(draw(model).panels[0]!.drawings.map((d) => d.layout.name)).toEqual(['compact', 'wide']);
  });

  it('stacks a long table without a label column into one bar, its table listing the parts and an approximate total', () => {
    const model = figure({ dataset: 'sources', series: 'plant', value: 'capacity', mode: 'stacked' });
    expect(texts(model.table.rows)).toEqual([
      ['甲电厂', '2000万平方米'],
      ['乙电厂', '约1200万平方米'],
      ['丙电厂', '报道未给出'],
      ['合计', '约3200万平方米'],
    ]);
    expect(model.table.columns.map((c) => c.label)).toEqual(['电厂', '供热能力']);
    expect(model.summary).toBe('供热能力合计约3200万平方米，其中甲电厂2000万平方米（占63%），乙电厂约1200万平方米（占38%）。供热能力中丙电厂的数值报道未给出，未计入合计。');
  });

  it('pivots a long table with a label column, a pair missing from the table shown as not given and sorted last', () => {
    const model = figure({ dataset: 'sources', label: 'kind', series: 'plant', value: 'capacity', mode: 'stacked', sort: 'ascending' });
    expect(model.table.columns.map((c) => c.label)).toEqual(['类型', '甲电厂', '乙电厂', '丙电厂', '合计']);
    expect(texts(model.table.rows)).toEqual([
      ['热电', '2000万平方米', '约1200万平方米', '报道未给出', '约3200万平方米'],
      ['锅炉', '报道未给出', '报道未给出', '报道未给出', '报道未给出'],
    ]);
  });

  const priceColumns = [
    { name: 'residential', label: '居民热价' },
    { name: 'non_residential', label: '非居民热价' },
    { name: 'commercial', label: '经营性热价' },
    { name: 'usable_share', label: '使用面积占比' },
  ];
  const wide = { dataset: 'prices', label: 'city', values: 'residential' };
  const cities = ['太原', '大同', '朔州'];
  const cases: [string, Omit<GroupedBarChartProps, '__source'>, PropMistake][] = [
    ['both a wide and a long form', { ...wide, series: 'note' }, propMistake('grouped-bar-both-forms', 'series', { found: 'note' })],
    ['neither form', { dataset: 'prices', label: 'city' }, propMistake('grouped-bar-no-form', 'values', {})],
    ['a column that does not exist', { ...wide, values: 'residential、nonresidential' }, propMistake('column-unknown', 'values', { found: 'nonresidential', dataset: 'prices', columns: priceColumns, wanted: 'numeric', meta: 'content/data/prices.yaml' })],
    ['a text column among the values', { ...wide, values: 'residential、note' }, propMistake('column-wrong-type', 'values', { found: 'note', type: 'string', wanted: 'numeric', alternatives: priceColumns })],
    ['columns of different units', { ...wide, values: 'residential、usable_share' }, propMistake('prop-units-differ', 'values', { units: [{ name: 'residential', unit: '元/平方米·月' }, { name: 'usable_share', unit: '%' }] })],
    ['a column named twice', { ...wide, values: 'residential、residential' }, propMistake('prop-list-repeated', 'values', { found: 'residential、residential', repeated: 'residential', what: 'column' })],
    [
      'a numeric label column',
      { dataset: 'prices', label: 'residential', values: 'non_residential' },
      propMistake('column-wrong-type', 'label', { found: 'residential', type: 'number', wanted: 'label', alternatives: [{ name: 'city', label: '城市' }, { name: 'note', label: '备注' }] }),
    ],
    ['an unknown mode', { ...wide, mode: 'stack' as 'stacked' }, propMistake('prop-choice-invalid', 'mode', { found: 'stack', prop: 'mode', choices: ['grouped', 'stacked'], fallback: 'grouped' })],
    ['a highlight that names no category', { ...wide, highlight: '晋城' }, propMistake('prop-labels-unknown', 'highlight', { found: '晋城', labels: cities })],
    ['labels that repeat', { dataset: 'sources', label: 'kind', values: 'capacity' }, propMistake('prop-label-not-distinct', 'label', { found: 'kind', duplicate: '热电' })],
    ['a long table with two rows for one bar', { dataset: 'sources', series: 'kind', value: 'capacity' }, propMistake('grouped-bar-row-repeated', 'series', { found: 'kind', duplicate: '供热能力·热电', label: false })],
    [
      'more series than colours',
      { dataset: 'many', label: 'city', series: 'kind', value: 'value' },
      propMistake('series-too-many', 'series', { found: 'kind', max: 5, series: ['居民', '非居民', '其他1', '其他2', '其他3', '其他4'] }),
    ],
    [
      'a long table whose rows differ in unit',
      { dataset: 'units', label: 'kind', series: 'city', value: 'value' },
      propMistake('prop-units-differ', 'value', { units: [{ name: '居民·甲', unit: '元' }, { name: '非居民·甲', unit: '%' }] }),
    ],
    ['a negative part in a stack', { dataset: 'negative', label: 'city', series: 'kind', value: 'value', mode: 'stacked' }, propMistake('stack-part-negative', 'mode', { found: 'stacked', part: '甲·居民', text: '-5元' })],
    ['a horizontal reference line', { ...wide, annotations: [{ y: '太原', label: '省会' }] }, propMistake('annotation-horizontal-line', 'annotations[0]', { y: '太原' })],
    ['a note in a row that does not exist', { ...wide, annotations: [{ x: 3, y: '晋城', label: '省会' }] }, propMistake('annotation-row-unknown', 'annotations[0].y', { found: '晋城', rows: cities })],
  ];
  for (const [what, props, mistake] of cases) {
    it(`fails on ${what}, at the MDX line`, () => {
      expectPropError(() => figure(props), at, 'GroupedBarChart', mistake);
    });
  }
});
