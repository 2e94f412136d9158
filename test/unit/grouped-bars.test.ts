import { describe, expect, it } from 'vitest';
import { groupedBarSpec, sortGroups, type BarGroup } from '../../src/charts/grouped-bar/spec.ts';
import { layouts } from '../../src/charts/common/layout.ts';
import { drawSpec } from '../../src/charts/draw.ts';
import { stackedBarSpec, type StackedGroup } from '../../src/charts/grouped-bar/stacked-spec.ts';

const [compact, wide] = layouts as [(typeof layouts)[0], (typeof layouts)[0]];

function group(label: string, values: (number | null)[], series = ['居民', '非居民']): StackedGroup {
  const parts = series.map((name, i) => ({ series: name, color: `var(--chart-series-${i + 1})`, value: values[i]!, text: values[i] === null ? '报道未给出' : `${values[i]}元`, short: `${values[i]}` }));
  const known = parts.filter((p) => p.value !== null);
  const sum = known.reduce((total, p) => total + p.value!, 0);
  return { label, highlight: false, parts, total: known.length ? { value: sum, text: `${sum}元` } : null };
}

const titles = (svg: string) => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('sortGroups', () => {
  it('orders groups by the number given, those without one last', () => {
    const groups: BarGroup[] = [group('甲', [null, 1]), group('乙', [2, 1]), group('丙', [5, 1])];
    expect(sortGroups(groups, 'descending', (g) => g.parts[0]!.value).map((g) => g.label)).toEqual(['丙', '乙', '甲']);
    expect(sortGroups(groups, 'ascending', (g) => g.parts[0]!.value).map((g) => g.label)).toEqual(['乙', '丙', '甲']);
    expect(sortGroups(groups, 'none', (g) => g.parts[0]!.value).map((g) => g.label)).toEqual(['甲', '乙', '丙']);
  });
});

describe('groupedBarSpec', () => {
  it('titles every drawn bar with its category, series and value, in reading order', () => {
    const svg = drawSpec(groupedBarSpec([group('太原', [3.6, 7.5]), group('大同', [3.52, null])], wide), { label: 't' });
    expect(titles(svg)).toEqual(['太原\n居民：3.6元', '太原\n非居民：7.5元', '大同\n居民：3.52元']);
    expect(texts(svg)).toContain('报道未给出');
  });

  it('puts long series names above their bars on a phone, beside them on a desktop', () => {
    const groups = [group('太原', [3.6, 7.5], ['居民热价（按建筑面积）', '非居民热价（按建筑面积）'])];
    expect(groupedBarSpec(groups, compact).marginLeft).toBe(8);
    expect(groupedBarSpec(groups, wide).marginLeft).toBeGreaterThan(150);
  });
});

describe('stackedBarSpec', () => {
  it('writes a part inside its segment only where it fits, shortened to the number when the unit does not fit', () => {
    const svg = drawSpec(stackedBarSpec([group('甲', [9000, 10])], compact), { label: 't' });
    expect(texts(svg)).toContain('9000元');
    expect(texts(svg)).not.toContain('10');
    expect(texts(svg)).toContain('合计9010元');
    expect(titles(svg)).toEqual(['甲\n居民：9000元', '甲\n非居民：10元']);
  });
});
