import { describe, it } from 'vitest';
import type { BarGroup } from '../../src/charts/grouped-bar/spec.ts';
import { groupedBarPanel } from '../../src/charts/grouped-bar/figure.ts';
import { layouts } from '../../src/charts/common/layout.ts';
import { drawSpec } from '../../src/charts/draw.ts';
import type { StackedGroup } from '../../src/charts/grouped-bar/stacked-spec.ts';
import { formatValue } from '../../src/format/number.ts';
import { expectGolden } from '../support/golden.ts';

/** A category with one value per series (null: not given), in the unit given. */
function group(label: string, series: readonly string[], values: readonly (number | null)[], unit: string, highlight = false): StackedGroup {
  const parts = series.map((name, i) => ({
    series: name,
    color: `var(--chart-series-${i + 1})`,
    value: values[i]!,
    text: values[i] === null ? '报道未给出' : formatValue(values[i]!, unit),
    short: values[i] === null ? undefined : formatValue(values[i]!),
  }));
  const known = parts.filter((p) => p.value !== null);
  const sum = known.reduce((total, p) => total + p.value!, 0);
  return { label, highlight, parts, total: known.length ? { value: sum, text: formatValue(sum, unit) } : null };
}

const prices = ['居民热价（按建筑面积）', '非居民热价（按建筑面积）'];
const plants = ['神头二电厂（国能和大唐2家）', '华电朔州热电分公司', '晋能朔州热电厂', '苏晋朔州煤研石发电有限公司'];

const grouped: Record<string, BarGroup[]> = {
  'grouped-prices': [
    group('太原', prices, [3.6, 7.5], '元/平方米·月'),
    group('大同', prices, [3.52, null], '元/平方米·月'),
    group('忻州', prices, [3.3, 7], '元/平方米·月'),
    group('朔州', prices, [2.52, 4.8], '元/平方米·月', true),
  ],
  'grouped-one-row': [group('红桥区', ['外窗换新已签约', '暖气片换新已签约'], [311, 688], '户')],
  'grouped-long-labels': [
    group('华电内蒙古能源有限公司包头发电分公司', ['集中供暖率（经2021、2022两年改造前）', '集中供暖覆盖率（经2021、2022两年改造后）'], [89, 97], '%'),
    group('神头二电厂（国能和大唐2家）', ['集中供暖率（经2021、2022两年改造前）', '集中供暖覆盖率（经2021、2022两年改造后）'], [93, 98], '%'),
  ],
  'grouped-negative-zero': [
    group('二氧化硫', ['同比', '环比'], [-40, 0], '%'),
    group('细颗粒物', ['同比', '环比'], [12.5, -3], '%'),
  ],
  'grouped-large-counts': [
    group('接听用户热线', ['2024年', '2025年'], [135050, null], '个'),
    group('办结转办工单', ['2024年', '2025年'], [89240, 120000], '件'),
  ],
};

const stacked: Record<string, StackedGroup[]> = {
  'stacked-one-bar-missing': [group('供热能力', plants, [2000, 1200, 1200, null], '万平方米')],
  'stacked-cities': [
    group('太原', prices, [3.6, 7.5], '元/平方米·月'),
    group('忻州', prices, [3.3, 7], '元/平方米·月', true),
    group('朔州', prices, [2.52, 4.8], '元/平方米·月'),
  ],
  'stacked-zero-and-empty': [
    group('一期', ['已改造', '在建'], [1700, 0], '户'),
    group('二期', ['已改造', '在建'], [2164, 3137], '户'),
    group('三期（计划中，尚未开工的村和社区）', ['已改造', '在建'], [null, null], '户'),
  ],
};

describe('groupedBarSpec golden SVGs', () => {
  for (const [name, groups] of Object.entries(grouped)) {
    for (const layout of layouts) {
      it(`${name} (${layout.name})`, () => {
        expectGolden(`${name}-${layout.name}`, drawSpec(groupedBarPanel(groups as StackedGroup[], layout, 'grouped'), { label: name }));
      });
    }
  }
  it('grouped-annotated (wide) draws a reference line and a note in a category', () => {
    const annotations = [{ x: 5, label: '参考价' }, { x: 7.5, y: '太原', label: '最高' }];
    expectGolden('grouped-annotated-wide', drawSpec(groupedBarPanel(grouped['grouped-prices'] as StackedGroup[], layouts[1]!, 'grouped', undefined, annotations), { label: 'annotated' }));
  });
});

describe('stackedBarSpec golden SVGs', () => {
  for (const [name, groups] of Object.entries(stacked)) {
    for (const layout of layouts) {
      it(`${name} (${layout.name})`, () => {
        expectGolden(`${name}-${layout.name}`, drawSpec(groupedBarPanel(groups, layout, 'stacked'), { label: name }));
      });
    }
  }
});
