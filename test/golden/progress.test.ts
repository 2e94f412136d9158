import { describe, it } from 'vitest';
import { layouts } from '../../src/charts/common/layout.ts';
import { progressSpec, type ProgressDatum } from '../../src/charts/progress/spec.ts';
import { drawSpec } from '../../src/charts/draw.ts';
import { formatValue } from '../../src/format/number.ts';
import type { Qualifier } from '../../src/schemas/dataset-meta.ts';
import { expectGolden } from '../support/golden.ts';

const amount = (value: number | null, unit: string, qualifier: Qualifier | null = null) => (value === null ? null : { value, text: formatValue(value, unit, qualifier), qualifier });

function item(label: string, planned: number | null, done: number | null, unit = '户', doneQualifier: Qualifier | null = null, highlight = false): ProgressDatum {
  return { label, highlight, planned: amount(planned, unit), done: amount(done, unit, doneQualifier) };
}

const shapes: Record<string, ProgressDatum[]> = {
  'progress-phases': [item('二期', 5301, 2164), item('一期和二期合计', 7011, 3400, '户', 'over', true)],
  'progress-renovation': [item('外窗换新', 311, 11), item('暖气片换新', 688, 329)],
  'progress-one-row': [item('团结新村设备发放安装', 4000, 3400, '户', 'over')],
  'progress-exceeded-zero': [item('超额完成的一期', 4000, 4600), item('尚未动工的三期', 2500, 0), item('没有计划量的试点', 0, 120)],
  'progress-missing': [item('二期', 5301, null), item('一期', null, 1700), item('三期', null, null)],
  'progress-long-labels': [
    item('华电内蒙古能源有限公司包头发电分公司供热管网改造（一次网与二次网合计）', 340.37, 74.95, '公里'),
    item('神头二电厂（国能和大唐2家）', 2000, 1200, '公里'),
  ],
};

describe('progressSpec golden SVGs', () => {
  for (const [name, data] of Object.entries(shapes)) {
    for (const layout of layouts) {
      it(`${name} (${layout.name})`, () => {
        expectGolden(`${name}-${layout.name}`, drawSpec(progressSpec(data, layout, { plannedLabel: '计划', doneLabel: '已完成' }), { label: name }));
      });
    }
  }
  it('progress-annotated (compact) draws a reference line', () => {
    const spec = progressSpec(shapes['progress-phases']!, layouts[0]!, { plannedLabel: '计划', doneLabel: '已完成', annotations: [{ x: 5000, label: '年度目标' }] });
    expectGolden('progress-annotated-compact', drawSpec(spec, { label: 'annotated' }));
  });
});
