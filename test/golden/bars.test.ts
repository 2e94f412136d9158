import { describe, it } from 'vitest';
import { barSpec, sortBars, type BarDatum } from '../../src/charts/bar/spec.ts';
import { layouts } from '../../src/charts/common/layout.ts';
import { drawSpec } from '../../src/charts/draw.ts';
import { formatValue } from '../../src/format/number.ts';
import { expectGolden } from '../support/golden.ts';

const bar = (label: string, value: number | null, unit: string, highlight = false): BarDatum => ({
  label,
  value,
  text: value === null ? '报道未给出' : formatValue(value, unit),
  highlight,
});

const shapes: Record<string, BarDatum[]> = {
  'bars-operators': [bar('包头市热力集团', 3962, '万平方米'), bar('华电包头发电分公司', 965.13, '万平方米')],
  'bars-one-row': [bar('红桥区', 1394.97, '万平方米')],
  'bars-long-labels': sortBars(
    [
      bar('华电内蒙古能源有限公司包头发电分公司', 965.13, '万平方米'),
      bar('神头二电厂（国能和大唐2家）', 2000, '万平方米', true),
      bar('晋能朔州热电厂', 1200, '万平方米'),
    ],
    'descending',
  ),
  'bars-negative-zero': [bar('二氧化硫', -20, '%'), bar('优良天数', 0, '%'), bar('细颗粒物', 12.5, '%')],
  'bars-missing': [bar('包头市热力集团', null, '万吉焦'), bar('华电包头发电分公司', 451.103, '万吉焦')],
  'bars-large-counts': [bar('接听用户热线', 135050, '个'), bar('办结转办工单', 89240, '件'), bar('受理线上诉求', 1175, '件')],
};

const annotated = [bar('太原', 3.6, '元/平方米·月'), bar('朔州', 2.52, '元/平方米·月', true)];

describe('barSpec golden SVGs', () => {
  for (const layout of layouts) {
    it(`bars-annotated (${layout.name})`, () => {
      const annotations = [{ x: 4.2, label: '参考线：全省最高价格以外的一条线' }];
      expectGolden(`bars-annotated-${layout.name}`, drawSpec(barSpec(annotated, layout, { annotations }), { label: 'bars-annotated' }));
    });
  }

  for (const [name, data] of Object.entries(shapes)) {
    for (const layout of layouts) {
      it(`${name} (${layout.name})`, () => {
        expectGolden(`${name}-${layout.name}`, drawSpec(barSpec(data, layout), { label: name }));
      });
    }
  }
});
