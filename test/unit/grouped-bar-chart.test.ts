import { describe, expect, it } from 'vitest';
import { draw } from '../../src/charts/draw.ts';
import { groupedBarFigure, type GroupedBarChartProps } from '../../src/charts/grouped-bar/figure.ts';
import { chartContext } from '../support/chart-context.ts';

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

  const cases: [string, Omit<GroupedBarChartProps, '__source'>, string][] = [
    ['both a wide and a long form', { dataset: 'prices', label: 'city', values: 'residential', series: 'note' }, '<GroupedBarChart> 的属性“series”：找到“note”，应为宽表写 values，长表写 series 和 value，二者只选其一。修改：每行一个类别、每列一个系列时只写 values；每行一个数时删掉 values，写 series 和 value。'],
    ['neither form', { dataset: 'prices', label: 'city' }, '<GroupedBarChart> 的属性“values”：应为几个数值列名（用顿号分隔），或长表的 series 和 value。修改：例如 values="residential、non_residential"；长表写 series="…" value="…"。'],
    ['a column that does not exist', { dataset: 'prices', label: 'city', values: 'residential、nonresidential' }, '<GroupedBarChart> 的属性“values”：找到“nonresidential”，应为数据集“prices”中的数值列：residential（居民热价）、non_residential（非居民热价）、commercial（经营性热价）、usable_share（使用面积占比）。修改：改成上面的列名之一（列的定义见 content/data/prices.yaml）。'],
    ['a text column among the values', { dataset: 'prices', label: 'city', values: 'residential、note' }, '<GroupedBarChart> 的属性“values”：找到“note”，应为数值列（number、integer 或 percent），而“note”是 string 列。修改：换成 residential（居民热价）、non_residential（非居民热价）、commercial（经营性热价）、usable_share（使用面积占比） 之一。'],
    ['columns of different units', { dataset: 'prices', label: 'city', values: 'residential、usable_share' }, '<GroupedBarChart> 的属性“values”：找到“residential（元/平方米·月）、usable_share（%）”，应为单位相同的数值（它们画在同一根数轴上）。修改：单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。'],
    ['a column named twice', { dataset: 'prices', label: 'city', values: 'residential、residential' }, '<GroupedBarChart> 的属性“values”：找到“residential、residential”，应为各不相同的列名。修改：“residential”写了不止一次：删掉重复的。'],
    ['a numeric label column', { dataset: 'prices', label: 'residential', values: 'non_residential' }, '<GroupedBarChart> 的属性“label”：找到“residential”，应为文字、地点、来源或日期列，而“residential”是 number 列。修改：换成 city（城市）、note（备注） 之一。'],
    ['an unknown mode', { dataset: 'prices', label: 'city', values: 'residential', mode: 'stack' as 'stacked' }, '<GroupedBarChart> 的属性“mode”：找到“stack”，应为以下之一：grouped、stacked。修改：删掉 mode 使用默认的 grouped，或改成上面的取值之一。'],
    ['a highlight that names no category', { dataset: 'prices', label: 'city', values: 'residential', highlight: '晋城' }, '<GroupedBarChart> 的属性“highlight”：找到“晋城”，应为图中某个标记的名字：太原、大同、朔州。修改：照图中的写法填写名字，多个名字用顿号分隔。'],
    ['labels that repeat', { dataset: 'sources', label: 'kind', values: 'capacity' }, '<GroupedBarChart> 的属性“label”：找到“kind”，应为每行取值都不同的列（每个标记一个名字）。修改：“热电”出现了不止一次：换一个能区分各行的列，或先把数据集筛成每项一行。'],
    ['a long table with two rows for one bar', { dataset: 'sources', series: 'kind', value: 'capacity' }, '<GroupedBarChart> 的属性“series”：找到“kind”，应为每个类别的每个系列只有一行的表。修改：“供热能力·热电”有不止一行：换一个能区分各行的 series，或加上 label，或先把数据集筛成每项一行。'],
    ['more series than colours', { dataset: 'many', label: 'city', series: 'kind', value: 'value' }, '<GroupedBarChart> 的属性“series”：找到“kind”，应为最多有5种取值的列，而它有6种（居民、非居民、其他1、其他2、其他3、其他4）。修改：系列太多时颜色会重复、图也读不清：换一列，或先把数据集拆小。'],
    ['a long table whose rows differ in unit', { dataset: 'units', label: 'kind', series: 'city', value: 'value' }, '<GroupedBarChart> 的属性“value”：找到“居民·甲（元）、非居民·甲（%）”，应为单位相同的数值（它们画在同一根数轴上）。修改：单位不同的数字不能放进同一张图：分成两张图，或只选单位相同的列或行。'],
    ['a negative part in a stack', { dataset: 'negative', label: 'city', series: 'kind', value: 'value', mode: 'stacked' }, '<GroupedBarChart> 的属性“mode”：找到“stacked”，应为堆叠的各段都不小于零（堆叠表示各部分加成一个整体）。修改：甲·居民：-5元是负数：改用 mode="grouped"。'],
    ['a horizontal reference line', { dataset: 'prices', label: 'city', values: 'residential', annotations: [{ y: '太原', label: '省会' }] }, '<GroupedBarChart> 的属性“annotations[0]”：找到“y: 太原”，应为数值轴上的参考线 { x, label }，或某一行上的注释 { x, y, label }。修改：这种图只有横向的数值轴：参考线写 x；要注在某一行上，再加 y 写这一行的名字。'],
    ['a note in a row that does not exist', { dataset: 'prices', label: 'city', values: 'residential', annotations: [{ x: 3, y: '晋城', label: '省会' }] }, '<GroupedBarChart> 的属性“annotations[0].y”：找到“晋城”，应为图中某一行的名字：太原、大同、朔州。修改：照图中的写法填写名字。'],
  ];
  for (const [what, props, message] of cases) {
    it(`fails on ${what}, at the MDX line`, () => {
      expect(() => figure(props)).toThrow(`${at} ${message}`);
    });
  }
});
