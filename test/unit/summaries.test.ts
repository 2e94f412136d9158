import { describe, expect, it } from 'vitest';
import type { BarDatum } from '../../src/charts/bar/spec.ts';
import { barSummary } from '../../src/charts/bar/summary.ts';
import type { DumbbellDatum } from '../../src/charts/dumbbell/spec.ts';
import { dumbbellSummary } from '../../src/charts/dumbbell/summary.ts';
import type { StackedGroup } from '../../src/charts/grouped-bar/stacked-spec.ts';
import { groupedBarSummary, stackedBarSummary } from '../../src/charts/grouped-bar/summary.ts';
import type { LinePoint } from '../../src/charts/line/spec.ts';
import { lineSummary } from '../../src/charts/line/summary.ts';
import type { ProgressDatum } from '../../src/charts/progress/spec.ts';
import { progressSummary } from '../../src/charts/progress/summary.ts';
import type { CalendarRow } from '../../src/charts/season-calendar/spec.ts';
import { seasonCalendarSummary } from '../../src/charts/season-calendar/summary.ts';
import { smallMultiplesSummary } from '../../src/charts/small-multiples/summary.ts';

/** Each chart type's summary (src/charts/<type>/summary.ts): the chart in words, from its data. */

describe('barSummary', () => {
  const bar = (label: string, value: number | null): BarDatum => ({ label, value, text: value === null ? '报道未给出' : `${value}个`, highlight: false });

  it('says a single bar as it is', () => {
    expect(barSummary([bar('甲', 3)], '数量')).toBe('甲的数量为3个。');
  });

  it('says bars that are all equal together', () => {
    expect(barSummary([bar('甲', 3), bar('乙', 3), bar('丙', 3)], '数量')).toBe('甲、乙、丙的数量都是3个。');
  });

  it('compares two bars, and names the largest and smallest of more', () => {
    expect(barSummary([bar('乙', 3), bar('甲', 5)], '数量')).toBe('甲的数量为5个，高于乙的3个。');
    expect(barSummary([bar('甲', 5), bar('乙', 3), bar('丙', 1), bar('丁', 2)], '数量')).toBe('数量甲最高，为5个；丙最低，为1个；其余2项在两者之间。');
  });

  it('counts the bars without a figure, never as zero', () => {
    expect(barSummary([bar('甲', 5), bar('乙', null), bar('丙', null)], '数量')).toBe('甲的数量为5个。另有2项报道未给出数值。');
    expect(barSummary([bar('甲', null)], '数量')).toBe('另有1项报道未给出数值。');
  });
});

describe('lineSummary', () => {
  const point = (series: string, x: number, value: number | null, text = value === null ? '报道未给出' : `${value}天`, qualifier: LinePoint['qualifier'] = null): LinePoint => ({
    series,
    x,
    xText: `${x}年`,
    value,
    text,
    qualifier,
  });

  it('says a single value as it is', () => {
    expect(lineSummary([point('', 2022, 301)], { axis: 'year', measure: '优良天数', unit: '天' })).toBe('只有一个数值，2022年优良天数为301天。');
  });

  it('says a line without any value is missing, never zero', () => {
    expect(lineSummary([point('甲', 2021, null), point('甲', 2022, null)], { axis: 'year', measure: '天数', unit: '天' })).toBe('甲：天数报道未给出数值。');
  });

  it('computes the change without floating-point noise, approximate when a figure is', () => {
    const summary = lineSummary([point('', 2020, 0.1, '0.1万户'), point('', 2021, 0.3, '约0.3万户', 'approx')], { axis: 'year', measure: '户数', unit: '万户' });
    expect(summary).toBe('户数从2020年的0.1万户到2021年的约0.3万户，增加约0.2万户；最高为2021年的约0.3万户，最低为2020年的0.1万户。');
  });

  it('bounds the change by an upper-bound end: a fall to “10以内” is a fall of at least the difference', () => {
    const summary = lineSummary([point('', 2020, 25, '25微克/立方米'), point('', 2022, 10, '10微克/立方米以内', 'max')], { axis: 'year', measure: '浓度', unit: '微克/立方米' });
    expect(summary).toBe('浓度从2020年的25微克/立方米到2022年的10微克/立方米以内，至少减少15微克/立方米；最高为2020年的25微克/立方米，最低为2022年的10微克/立方米以内。');
  });

  it('says a line that ends where it started is flat, and handles negative values', () => {
    expect(lineSummary([point('', 2020, -5, '-5摄氏度'), point('', 2021, -9, '-9摄氏度'), point('', 2022, -5, '-5摄氏度')], { axis: 'year', measure: '气温', unit: '摄氏度' })).toBe(
      '气温从2020年的-5摄氏度到2022年的-5摄氏度，没有变化；最高为2020年的-5摄氏度，最低为2021年的-9摄氏度。',
    );
  });

  it('says where each line has a gap', () => {
    expect(lineSummary([point('', 2020, 5), point('', 2021, null)], { axis: 'year', measure: '天数', unit: '天' })).toBe('只有一个数值，2020年天数为5天。另有1个时间点报道未给出数值，线在此断开。');
    expect(lineSummary([point('甲', 2020, 5), point('甲', 2021, null)], { axis: 'year', measure: '天数', unit: '天' })).toBe('甲：只有一个数值，2020年天数为5天。甲另有1个时间点报道未给出数值，线在此断开。');
  });
});

describe('groupedBarSummary and stackedBarSummary', () => {
  function group(label: string, values: (number | null)[], series = ['居民', '非居民']): StackedGroup {
    const parts = series.map((name, i) => ({ series: name, color: `var(--chart-series-${i + 1})`, value: values[i]!, text: values[i] === null ? '报道未给出' : `${values[i]}元` }));
    const known = parts.filter((p) => p.value !== null);
    const sum = known.reduce((total, p) => total + p.value!, 0);
    return { label, highlight: false, parts, total: known.length ? { value: sum, text: `${sum}元` } : null };
  }

  it('reads a single category out series by series', () => {
    expect(groupedBarSummary([group('红桥区', [311, 688])])).toBe('红桥区：居民为311元，非居民为688元。');
  });

  it('names, per series, the highest and lowest category, and what has no figure', () => {
    expect(groupedBarSummary([group('甲', [1, 2]), group('乙', [5, null]), group('丙', [3, null])])).toBe(
      '居民：乙最高，为5元；甲最低，为1元。非居民只有甲有数值，为2元。乙的非居民、丙的非居民报道未给出。',
    );
    expect(groupedBarSummary([group('甲', [1, null]), group('乙', [null, null]), group('丙', [2, null])])).toBe('居民：丙最高，为2元；甲最低，为1元。另有4项报道未给出数值。');
  });

  it('reads a single stack out part by part, with shares', () => {
    expect(stackedBarSummary([group('甲', [1, 3])])).toBe('甲合计4元，其中居民1元（占25%），非居民3元（占75%）。');
  });

  it('names the categories with the largest and smallest totals, and says what the totals leave out', () => {
    expect(stackedBarSummary([group('甲', [1, 2]), group('乙', [5, null]), group('丙', [null, null])])).toBe('合计乙最高，为5元；甲最低，为3元。乙中非居民、丙中居民、丙中非居民的数值报道未给出，未计入合计。');
    expect(stackedBarSummary([group('甲', [1, null]), group('乙', [null, null]), group('丙', [null, 4])])).toBe('合计丙最高，为4元；甲最低，为1元。另有4项报道未给出数值，未计入合计。');
  });
});

describe('dumbbellSummary', () => {
  const words = { unit: '%', beforeLabel: '改造前', afterLabel: '改造后' };
  const end = (value: number | null) => (value === null ? null : { value, text: `${value}%`, qualifier: null });
  const item = (label: string, before: number | null, after: number | null): DumbbellDatum => ({ label, highlight: false, before: end(before), after: end(after) });

  it('says each change for a few items', () => {
    expect(dumbbellSummary([item('甲', 10, 20), item('乙', 50, 50)], words)).toBe('甲：改造前10%，改造后20%，提高了10个百分点。乙：改造前50%，改造后50%，没有变化。');
  });

  it('for many items, counts falls and rises and names the largest of each', () => {
    const data = [item('甲', 10, 20), item('乙', 50, 30), item('丙', 40, 45), item('丁', 60, 58), item('戊', 5, null)];
    expect(dumbbellSummary(data, words)).toBe('这4项里，2项降低，2项提高。降幅最大的是乙，降低了20个百分点。升幅最大的是甲，提高了10个百分点。另有1项报道未给出改造前或改造后的数值，未计算变化。');
    expect(dumbbellSummary([...data.slice(0, 4), item('己', 7, 7)], words)).toBe('这5项里，2项降低，2项提高，1项没有变化。降幅最大的是乙，降低了20个百分点。升幅最大的是甲，提高了10个百分点。');
  });
});

describe('progressSummary', () => {
  const words = { plannedLabel: '计划', doneLabel: '已完成' };
  const item = (label: string, planned: number | null, done: number | null): ProgressDatum => ({
    label,
    highlight: false,
    planned: planned === null ? null : { value: planned, text: `${planned}户`, qualifier: null },
    done: done === null ? null : { value: done, text: `${done}户`, qualifier: null },
  });

  it('says each item’s share for a few items, and what exceeds its plan', () => {
    expect(progressSummary([item('甲', 100, 50), item('乙', 100, 120), item('丙', 0, 5)], words)).toBe(
      '甲已完成50户，为计划100户的50%。乙已完成120户，为计划100户的120%，超过了计划。丙计划为0户，已完成5户。',
    );
  });

  it('names the highest and lowest shares among many items and those beyond their plan', () => {
    const data = [item('甲', 100, 50), item('乙', 100, 120), item('丙', 100, 10), item('丁', 100, 70), item('戊', null, 5)];
    expect(progressSummary(data, words)).toBe('乙完成比例最高，为120%；丙最低，为10%。乙超过了计划。另有1项报道未给出计划或已完成的数值，未计算比例。');
  });
});

describe('seasonCalendarSummary', () => {
  const row = (over: Partial<CalendarRow>): CalendarRow => ({ label: '甲', season: '2025-2026', start: null, startComputed: false, end: null, days: null, daysText: null, daysComputed: false, ...over });

  it('names every row that shares the longest period', () => {
    const summary = seasonCalendarSummary([row({ label: '甲', days: 183, daysText: '183天' }), row({ label: '乙', days: 183, daysText: '183天' }), row({ label: '丙', days: 150, daysText: '150天' })]);
    expect(summary).toBe('供热天数最长的是甲、乙，183天。甲、乙、丙报道未给出日期。');
  });

  it('compares starts and ends across seasons by day of the season, names a row’s season beside it when the rows named differ in it, and says what was computed', () => {
    const summary = seasonCalendarSummary([
      row({ label: '甲', start: '2025-10-20', startComputed: true, end: '2026-04-10', days: 173, daysText: '173天' }),
      row({ label: '乙', season: '2024-2025', start: '2024-11-01', end: '2025-04-15', days: 173, daysText: '173天', daysComputed: true }),
    ]);
    expect(summary).toBe(
      '这些供热期分属2个采暖季，起止日期按月日比较。供热天数最长的是甲（2025-2026）、乙（2024-2025），173天。开始最早的是甲，2025年10月20日（推算）。' +
        '结束最晚的是乙，2025年4月15日。甲的开始日期是由结束日期和供热天数推算的（天数含首尾两天），报道未直接给出。乙的天数按起止日期计算，含首尾两天。',
    );
  });
});

describe('smallMultiplesSummary', () => {
  it('says each panel after its group’s name', () => {
    expect(smallMultiplesSummary([{ group: '城区', figure: { summary: '甲为1。' } }, { group: '县城', figure: { summary: '乙为2。' } }])).toBe('城区：甲为1。县城：乙为2。');
  });
});
