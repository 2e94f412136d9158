import { describe, expect, it } from 'vitest';
import { formatDay, formatMonthDay, formatPartialDate, formatYear } from '../../src/format/date.ts';
import { formatNumber, formatValue, tickFormatter } from '../../src/format/number.ts';

describe('formatNumber', () => {
  it('groups digits only from five digits up, as Chinese print does', () => {
    expect(formatNumber(3962)).toBe('3962');
    expect(formatNumber(13505)).toBe('13,505');
    expect(formatNumber(965.13)).toBe('965.13');
    expect(formatNumber(451.103)).toBe('451.103');
    expect(formatNumber(-20)).toBe('-20');
  });
});

describe('formatValue', () => {
  it('writes units spelled out, with qualifiers where the report has them', () => {
    expect(formatValue(3962, '万平方米')).toBe('3962万平方米');
    expect(formatValue(96.11, '%')).toBe('96.11%');
    expect(formatValue(4000, '个', 'over')).toBe('4000余个');
    expect(formatValue(1.6, '万户', 'over')).toBe('1.6万余户');
    expect(formatValue(6, '个月', 'nearly')).toBe('近6个月');
    expect(formatValue(27.5, '元/吉焦', 'max')).toBe('27.5元/吉焦以内');
    expect(formatValue(25, '天', 'approx')).toBe('约25天');
    expect(formatValue(0, '%', 'min')).toBe('0%以上');
  });
});

describe('tickFormatter', () => {
  it('keeps one style on an axis: exact below 100,000, else all in 万 or 亿', () => {
    expect([0, 8000, 14000].map(tickFormatter(14000))).toEqual(['0', '8000', '14,000']);
    expect([0, 50000, 150000].map(tickFormatter(150000))).toEqual(['0', '5万', '15万']);
    expect([0, 5e8, 1.5e9].map(tickFormatter(1.5e9))).toEqual(['0', '5亿', '15亿']);
  });
});

describe('dates', () => {
  it('formats days in China Standard Time', () => {
    expect(formatDay('2026-04-15')).toBe('2026年4月15日');
  });
  it('writes a day without its year, and a year without grouping', () => {
    expect(formatMonthDay('2025-10-05')).toBe('10月5日');
    expect(formatMonthDay('2026-04-15')).toBe('4月15日');
    expect(formatYear(2022)).toBe('2022年');
  });
  it('formats partial dates as precisely as they are known', () => {
    expect(formatPartialDate('2026-04')).toBe('2026年4月');
    expect(formatPartialDate('2022')).toBe('2022年');
  });
});
