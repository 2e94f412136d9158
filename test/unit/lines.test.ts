import { describe, expect, it } from 'vitest';
import { layouts } from '../../src/charts/common/layout.ts';
import { directLabelsFit, lineSpec, sortPoints, type LinePoint } from '../../src/charts/line/spec.ts';
import { timeTicks, yearTicks } from '../../src/charts/common/time-axis.ts';

const point = (series: string, x: number | string, value: number | null, text = value === null ? '报道未给出' : `${value}天`, qualifier: LinePoint['qualifier'] = null): LinePoint => ({
  series,
  x,
  xText: typeof x === 'number' ? `${x}年` : x,
  value,
  text,
  qualifier,
});
const [compact, wide] = layouts as [typeof layouts[0], typeof layouts[0]];

describe('sortPoints', () => {
  it('orders points line by line, in the order the lines first appear, each from left to right', () => {
    const sorted = sortPoints([point('乙', 2022, 1), point('甲', 2021, 2), point('乙', 2020, 3), point('甲', 2020, 4)], 'year');
    expect(sorted.map((p) => `${p.series}${p.x}`)).toEqual(['乙2020', '乙2022', '甲2020', '甲2021']);
  });

  it('orders a season by its days across the year end, not by the calendar year', () => {
    const sorted = sortPoints([point('', '2026-01-15', 1), point('', '2025-11-15', 2)], 'season');
    expect(sorted.map((p) => p.x)).toEqual(['2025-11-15', '2026-01-15']);
  });
});

describe('direct labels', () => {
  it('fit for short series names in both layouts', () => {
    const data = [point('包头', 2021, 1), point('包头', 2022, 2), point('朔州', 2021, 3), point('朔州', 2022, 4)];
    for (const layout of layouts) expect(directLabelsFit(data, layout, { axis: 'year' })).toBe(true);
  });

  it('do not fit when a name would take more than two lines in the phone layout', () => {
    const data = [point('华电内蒙古能源有限公司包头发电分公司', 2021, 1), point('朔州', 2021, 3)];
    expect(directLabelsFit(data, compact, { axis: 'year' })).toBe(false);
    expect(directLabelsFit(data, wide, { axis: 'year' })).toBe(true);
  });

  it('are drawn apart even when the lines end at the same value', () => {
    const data = ['甲', '乙', '丙'].flatMap((s) => [point(s, 2021, 1), point(s, 2022, 5)]);
    const spec = lineSpec(data, compact, { axis: 'year' });
    const labels = (spec.marks as { data?: { text?: string; y?: number }[] }[]).flatMap((m) => (Array.isArray(m.data) ? m.data.filter((d) => typeof d?.text === 'string' && '甲乙丙'.includes(d.text)) : []));
    expect(labels.map((l) => l.text)).toEqual(['甲', '乙', '丙']);
    const ys = labels.map((l) => l.y!).sort((a, b) => a - b);
    expect(new Set(ys).size).toBe(3);
  });
});

describe('time ticks', () => {
  it('labels months with the year under the first tick and under January', () => {
    const { ticks, format } = timeTicks([new Date('2025-10-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z')], 600, 14);
    expect(ticks.map(format)).toEqual(['10月\n2025年', '11月', '12月', '1月\n2026年', '2月', '3月', '4月']);
  });

  it('steps by Mondays across a month end instead of restarting on the 1st', () => {
    const { ticks, format } = timeTicks([new Date('2025-01-05T00:00:00Z'), new Date('2025-02-02T00:00:00Z')], 300, 13);
    expect(ticks.map(format)).toEqual(['1月6日\n2025年', '1月13日', '1月20日', '1月27日']);
  });

  it('writes years as whole numbers and thins them to fit', () => {
    expect(yearTicks([2018, 2022], 400, 14)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(yearTicks([2000, 2022], 200, 13)).toEqual([2000, 2010, 2020]);
  });
});
