import { describe, expect, it } from 'vitest';
import { draw } from '../../src/charts/draw.ts';
import { smallMultiplesFigure } from '../support/charts.ts';
import { chartContext } from '../support/chart-context.ts';

const context = chartContext([
  {
    id: 'regions',
    csv: 'region,phase,planned,done,before,after\n甲区,一期,100,50,30,20\n甲区,二期,200,20,40,35\n乙区,一期,400,380,90,60\n',
    columns: `  - { name: region, type: string, label: 区 }
  - { name: phase, type: string, label: 期次 }
  - { name: planned, type: integer, unit: 户, label: 计划 }
  - { name: done, type: integer, unit: 户, label: 完成 }
  - { name: before, type: number, unit: 摄氏度, label: 改造前 }
  - { name: after, type: number, unit: 摄氏度, label: 改造后 }
`,
  },
]);
const at = 'content/stories/x.mdx:3:1';

/** The x-axis tick labels of each panel's drawing. */
const ticks = (svg: string) => [...svg.matchAll(/<text[^>]*y="0.71em"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('small multiples of grouped, progress and dumbbell charts', () => {
  it.each([
    // 甲区's own figures stop at 200 (progress), a total of 220 (stacked) and 40 (dumbbell).
    ['ProgressChart', '400', { label: 'phase', planned: 'planned', done: 'done' }],
    ['GroupedBarChart', '500', { label: 'phase', values: 'planned、done', mode: 'stacked' }],
    ['DumbbellChart', '50', { label: 'phase', before: 'before', after: 'after' }],
  ])('repeat %s by a column, every panel on one value axis (甲区 reaching %s only through 乙区)', (chart, beyond, props) => {
    const figure = smallMultiplesFigure({ chart, by: 'region', dataset: 'regions', ...props, __source: at }, context);
    expect(figure.panels.map((panel) => panel.title)).toEqual(['甲区', '乙区']);
    const axes = draw(figure).panels.map((panel) => ticks(panel.drawings[0]!.svg));
    expect(axes[0]).toEqual(axes[1]);
    expect(axes[0]).toContain(beyond);
  });
});
