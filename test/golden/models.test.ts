import { describe, it } from 'vitest';
import type { BigNumbersModel } from '../../src/charts/big-numbers/model.ts';
import { charts } from '../../src/charts/index.ts';
import type { DataTableModel } from '../../src/charts/data-table/model.ts';
import type { FigureModel } from '../../src/charts/model.ts';
import { chartContext } from '../support/chart-context.ts';
import { expectGoldenModel } from '../support/golden.ts';

/**
 * Golden files of figure models: what each chart type builds from its props (title, summary, legend, table,
 * sources, the specs' layouts and marks), before anything is drawn. The SVG goldens beside them hold the
 * drawings. Invented data, so an edit to content/ never moves them.
 */
const site = chartContext([
  {
    id: 'regions',
    csv: 'name,region,phase,planned,done,before,after,season,start,end,days\n甲区一期,甲区,一期,100,50,30,20,2025-2026,2025-11-01,2026-03-31,151\n甲区二期,甲区,二期,200,,40,35,2025-2026,2025-11-15,2026-03-15,121\n乙区一期,乙区,一期,400,380,90,60,2024-2025,2024-11-01,2025-04-05,156\n',
    columns: `  - { name: name, type: string, label: 项目 }
  - { name: region, type: string, label: 区 }
  - { name: phase, type: string, label: 期次 }
  - { name: planned, type: integer, unit: 户, label: 计划 }
  - { name: done, type: integer, unit: 户, label: 完成, optional: true }
  - { name: before, type: number, unit: 摄氏度, label: 改造前 }
  - { name: after, type: number, unit: 摄氏度, label: 改造后 }
  - { name: season, type: string, label: 采暖季 }
  - { name: start, type: date, label: 开始 }
  - { name: end, type: date, label: 结束 }
  - { name: days, type: integer, unit: 天, label: 天数 }
`,
  },
  {
    id: 'series',
    csv: 'key,year,value\ny2020,2020,12.5\ny2021,2021,15\ny2022,2022,10\n',
    columns: `  - { name: key, type: string, label: 键 }
  - { name: year, type: integer, label: 年份 }
  - { name: value, type: number, unit: 微克/立方米, label: 浓度 }
`,
  },
]);

const cases: [name: string, component: string, props: Record<string, unknown>][] = [
  ['bar', 'BarChart', { dataset: 'regions', label: 'name', value: 'planned', sort: 'none', highlight: '甲区二期' }],
  ['grouped-bar', 'GroupedBarChart', { dataset: 'regions', label: 'name', values: 'planned、done', title: '计划与完成' }],
  ['grouped-bar-stacked', 'GroupedBarChart', { dataset: 'regions', label: 'region', series: 'phase', value: 'planned', mode: 'stacked' }],
  ['progress', 'ProgressChart', { dataset: 'regions', label: 'name', planned: 'planned', done: 'done' }],
  ['dumbbell', 'DumbbellChart', { dataset: 'regions', label: 'name', before: 'before', after: 'after', caption: '改造前后' }],
  ['line', 'LineChart', { dataset: 'series', x: 'year', y: 'value' }],
  ['season-calendar', 'SeasonCalendar', { dataset: 'regions', label: 'phase', start: 'start', end: 'end', days: 'days', season: 'season' }],
  ['small-multiples', 'SmallMultiples', { chart: 'BarChart', by: 'region', dataset: 'regions', label: 'phase', value: 'planned' }],
  ['big-numbers', 'BigNumbers', { dataset: 'series', rows: 'y2021、y2022', column: 'value', title: '浓度' }],
  ['data-table', 'DataTable', { dataset: 'regions', columns: 'phase、planned、done', sort: 'planned' }],
];

describe('figure model golden files', () => {
  it('cover every chart type of the registry', () => {
    const covered = new Set(cases.map(([, component]) => component));
    const missing = charts.components.filter((component) => !covered.has(component));
    if (missing.length > 0) throw new Error(`No model golden for ${missing.join(', ')}: add a case above.`);
  });

  for (const [name, component, props] of cases) {
    it(name, () => {
      const model = charts.byComponent(component)!.build({ ...props, __source: 'content/stories/x.mdx:3:1' }, site) as FigureModel | BigNumbersModel | DataTableModel;
      expectGoldenModel(`model-${name}`, model);
    });
  }
});
