import { describe, it } from 'vitest';
import { dumbbellSpec, type DumbbellDatum } from '../../src/charts/dumbbell/spec.ts';
import { layouts } from '../../src/charts/common/layout.ts';
import { drawSpec } from '../../src/charts/draw.ts';
import { formatValue } from '../../src/format/number.ts';
import type { Qualifier } from '../../src/schemas/dataset-meta.ts';
import { expectGolden } from '../support/golden.ts';

const end = (value: number | null, unit: string, qualifier: Qualifier | null = null) => (value === null ? null : { value, text: formatValue(value, unit, qualifier), qualifier });

function item(label: string, before: number | null, after: number | null, unit: string, afterQualifier: Qualifier | null = null, highlight = false): DumbbellDatum {
  return { label, highlight, before: end(before, unit), after: end(after, unit, afterQualifier) };
}

const shapes: Record<string, { unit: string; data: DumbbellDatum[] }> = {
  'dumbbell-temperature': { unit: '摄氏度', data: [item('陶瓷微珠保温试验', 100, 50, '摄氏度', 'max')] },
  'dumbbell-coverage': { unit: '%', data: [item('城区', 93, 98, '%', null, true), item('县城', 89, 97, '%', 'min')] },
  'dumbbell-nearly-equal': { unit: '%', data: [item('城区', 97, 97.5, '%'), item('县城', 96, 96, '%'), item('农村', 40, 100, '%')] },
  'dumbbell-negative-zero': { unit: '摄氏度', data: [item('国庆期间最低气温', 3, -5, '摄氏度'), item('供热首日室外气温', 0, 0, '摄氏度')] },
  'dumbbell-missing': { unit: '微克/立方米', data: [item('二氧化硫平均浓度', 15, 10, '微克/立方米', 'max'), item('PM2.5平均浓度', 31, null, '微克/立方米'), item('二氧化氮平均浓度', null, null, '微克/立方米')] },
  'dumbbell-long-labels': {
    unit: '摄氏度',
    data: [
      item('保温缺失、裸露运行的异形设备表面峰值温度（大唐托克托电厂至呼和浩特长输供热管网）', 110, 50, '摄氏度', 'max'),
      item('试验中应用陶瓷微珠保温材料前后的设备表面温度', 100, 50, '摄氏度', 'max'),
    ],
  },
};

describe('dumbbellSpec golden SVGs', () => {
  for (const [name, { unit, data }] of Object.entries(shapes)) {
    for (const layout of layouts) {
      it(`${name} (${layout.name})`, () => {
        expectGolden(`${name}-${layout.name}`, drawSpec(dumbbellSpec(data, layout, { unit, beforeLabel: '改造前', afterLabel: '改造后' }), { label: name }));
      });
    }
  }
  it('dumbbell-annotated (wide) draws a reference line and a note in a row', () => {
    const annotations = [{ x: 95, label: '目标' }, { x: 98, y: '城区', label: '最高' }];
    const spec = dumbbellSpec(shapes['dumbbell-coverage']!.data, layouts[1]!, { unit: '%', beforeLabel: '改造前', afterLabel: '改造后', annotations });
    expectGolden('dumbbell-annotated-wide', drawSpec(spec, { label: 'annotated' }));
  });
});
