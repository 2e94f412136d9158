import { describe, it } from 'vitest';
import { draw } from '../../src/charts/draw.ts';
import { smallMultiplesFigure } from '../support/charts.ts';
import { chartContext } from '../support/chart-context.ts';
import { expectGolden } from '../support/golden.ts';

/** Small multiples are panels of other chart types on one shared value axis: each panel's compact drawing is pinned. */
const context = chartContext([
  {
    id: 'coverage',
    csv: 'scope,measure,percent\n城区,集中供暖率,93\n县城,集中供暖率,89\n城区,集中供暖覆盖率（经两年改造后的长标签）,98\n县城,集中供暖覆盖率（经两年改造后的长标签）,97\n农村,清洁取暖率,100\n',
    columns: '  - { name: scope, type: string, label: 范围 }\n  - { name: measure, type: string, label: 指标 }\n  - { name: percent, type: percent, label: 比例 }\n',
  },
  {
    id: 'area',
    csv: 'year,place,area\n2020,甲市,6116.56\n2021,甲市,\n2022,甲市,6211.86\n2020,乙县,0\n2021,乙县,120\n2022,乙县,240\n',
    columns: '  - { name: year, type: integer, label: 年份 }\n  - { name: place, type: string, label: 地方 }\n  - { name: area, type: number, unit: 万平方米, label: 供热面积, optional: true }\n',
  },
]);

const cases = {
  'multiples-bars': { chart: 'BarChart', by: 'measure', dataset: 'coverage', label: 'scope', value: 'percent', sort: 'none' },
  'multiples-lines': { chart: 'LineChart', by: 'place', dataset: 'area', x: 'year', y: 'area' },
};

describe('small multiples golden SVGs', () => {
  for (const [name, props] of Object.entries(cases)) {
    it(name, () => {
      const figure = smallMultiplesFigure({ ...props, __source: 'content/stories/x.mdx:1:1' }, context);
      draw(figure).panels.forEach((panel, index) => expectGolden(`${name}-${index + 1}`, panel.drawings[0]!.svg));
    });
  }
});
