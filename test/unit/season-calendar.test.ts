import { testSource } from '../support/chart-context.ts';
import { draw } from '../../src/charts/draw.ts';
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/data/site.ts';
import { seasonCalendarFigure, type SeasonCalendarProps } from '../../src/charts/season-calendar/figure.ts';
import { datesText, type CalendarRow } from '../../src/charts/season-calendar/spec.ts';
import { buildDataset } from '../../src/data/dataset.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Source } from '../../src/schemas/source.ts';
import { expectPropError, propMistake } from '../support/editor-errors.ts';

const columns = `  - { name: id, type: string, label: 代码 }
  - { name: label, type: string, label: 供热单位 }
  - { name: season, type: string, label: 采暖季 }
  - { name: start, type: date, label: 开始日期, optional: true }
  - { name: end, type: date, label: 结束日期, optional: true }
  - { name: days, type: integer, label: 供热天数, unit: 天, qualifier: days_qualifier, optional: true }
  - { name: days_qualifier, type: qualifier, label: 限定 }
  - { name: months, type: number, label: 供热期, unit: 个月, optional: true }
`;
const build = (id: string, csv: string) =>
  buildDataset(
    {
      id,
      files: { csv: `content/data/${id}.csv`, meta: `content/data/${id}.yaml` },
      csvText: `id,label,season,start,end,days,days_qualifier,months\n${csv}`,
      metaText: `title: 测试采暖期\ndescription: 用于测试采暖季日历。\nsubject: operations\nplaces: [baotou]\nperiod: 2022-2026\nsources: [src-a]\nupdated: 2026-11-23\ncolumns:\n${columns}`,
    },
    { placeIds: new Set(['baotou']), sourceIds: new Set(['src-a']) },
  );

const periods = build(
  'periods',
  [
    'a,热力集团,2025-2026,,2026-04-15,183,,',
    'b,电厂,2025-2026,,,188,,',
    'c,中心城区,2022-2023,2022-09-28,,,,',
    'd,县城,2024-2025,2024-10-20,2025-04-10,,,',
    'e,红桥区,2024-2025,,,,,',
    'f,约数,2025-2026,,2026-04-10,180,approx,5',
  ].join('\n'),
);
const bad = (rows: string) => build('bad', rows);
const context = (extra: ReturnType<typeof build>[] = []): SiteContent => ({
  datasets: new Map([periods, ...extra].map((d) => [d.id, d])),
  places: new Map<string, Place>(),
  sources: new Map<string, Source>([['src-a', testSource({ publication: '包头日报' })]]),
});
const at = 'content/stories/x.mdx:9:1';
const base: SeasonCalendarProps = { dataset: 'periods', label: 'label', start: 'start', end: 'end', days: 'days', season: 'season', __source: at };
const figure = (props: Partial<SeasonCalendarProps>, extra: ReturnType<typeof build>[] = []) => seasonCalendarFigure({ ...base, ...props } as SeasonCalendarProps, context(extra));

describe('seasonCalendarFigure', () => {
  it('computes a start from end and days, days from start and end, and says which were computed', () => {
    const f = figure({});
    expect(f.kind).toBe('season-calendar');
    expect(f.unit).toBe('天');
    expect(f.table.columns.map((c) => c.label)).toEqual(['供热单位', '采暖季', '开始日期', '结束日期', '供热天数']);
    expect(f.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['热力集团', '2025-2026', '2025年10月15日（推算）', '2026年4月15日', '183天'],
      ['电厂', '2025-2026', '—', '—', '188天'],
      ['中心城区', '2022-2023', '2022年9月28日', '—', '—'],
      ['县城', '2024-2025', '2024年10月20日', '2025年4月10日', '173天（按起止日期计算）'],
      ['红桥区', '2024-2025', '—', '—', '—'],
      ['约数', '2025-2026', '—', '2026年4月10日', '约180天'],
    ]);
    expect(f.table.rows[0]!.map((cell) => cell.value)).toEqual([undefined, undefined, '2025-10-15', '2026-04-15', 183]);
    expect(f.summary).toBe(
      '这些供热期分属3个采暖季，起止日期按月日比较。供热天数最长的是电厂，188天。开始最早的是中心城区，2022年9月28日。结束最晚的是热力集团，2026年4月15日。' +
        '热力集团的开始日期是由结束日期和供热天数推算的（天数含首尾两天），报道未直接给出。县城的天数按起止日期计算，含首尾两天。电厂（2025-2026）、红桥区（2024-2025）报道未给出日期。',
    );
  });

  it('gives every span, point and dateless row a tooltip, in the order of the rows', () => {
    const svg = draw(figure({})).panels[0]!.drawings[0]!.svg;
    expect([...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])).toEqual([
      '热力集团，2025-2026采暖季\n10月15日（推算）—4月15日，183天',
      '电厂，2025-2026采暖季\n报道未给出日期，188天',
      '中心城区，2022-2023采暖季\n9月28日起',
      '县城，2024-2025采暖季\n10月20日—4月10日，173天',
      '红桥区，2024-2025采暖季\n报道未给出日期',
      '约数，2025-2026采暖季\n至4月10日，约180天',
    ]);
  });

  it('fails on a start column that is not a date column', () => {
    expectPropError(() => figure({ start: 'season' }), at, 'SeasonCalendar', propMistake('column-wrong-type', 'start', { found: 'season', type: 'string', wanted: 'date', alternatives: [{ name: 'start', label: '开始日期' }, { name: 'end', label: '结束日期' }] }));
  });

  it('fails on an end column that does not exist', () => {
    expectPropError(() => figure({ end: 'stop' }), at, 'SeasonCalendar', propMistake('column-unknown', 'end', { found: 'stop', dataset: 'periods', columns: [{ name: 'start', label: '开始日期' }, { name: 'end', label: '结束日期' }], wanted: 'date', meta: 'content/data/periods.yaml' }));
  });

  it('fails on a days column that is not counted in days', () => {
    expectPropError(() => figure({ days: 'months' }), at, 'SeasonCalendar', propMistake('calendar-days-not-days', 'days', { found: 'months', column: 'months', units: ['个月'] }));
  });

  it('fails on a dataset that does not exist', () => {
    expectPropError(() => figure({ dataset: 'period' }), at, 'SeasonCalendar', propMistake('dataset-unknown', 'dataset', { found: 'period', known: ['periods'] }));
  });

  it('fails on an end before the start', () => {
    expectPropError(() => figure({ dataset: 'bad' }, [bad('x,甲,2025-2026,2026-03-01,2026-02-01,,,')]), at, 'SeasonCalendar', propMistake('calendar-end-before-start', 'end', { found: '2026-02-01', start: '2026-03-01', column: 'end', row: '甲', csv: 'content/data/bad.csv' }));
  });

  it('fails on a period that runs into the next season', () => {
    expectPropError(() => figure({ dataset: 'bad' }, [bad('x,甲,2025-2026,2025-10-15,2026-10-15,,,')]), at, 'SeasonCalendar', propMistake('calendar-across-seasons', 'end', { found: '2026-10-15', start: '2025-10-15', column: 'end', row: '甲', csv: 'content/data/bad.csv' }));
  });

  it('fails on a season column that contradicts the dates', () => {
    expectPropError(() => figure({ dataset: 'bad' }, [bad('x,甲,2024-2025,2025-10-15,2026-04-15,,,')]), at, 'SeasonCalendar', propMistake('calendar-season-mismatch', 'season', { found: '2024-2025', season: '2025-2026', date: '2025-10-15', column: 'season', row: '甲', csv: 'content/data/bad.csv' }));
  });

  it('fails on a season column not written as two consecutive years', () => {
    expectPropError(() => figure({ dataset: 'bad' }, [bad('x,甲,2025年,,,,,')]), at, 'SeasonCalendar', propMistake('calendar-season-invalid', 'season', { found: '2025年', column: 'season', row: '甲', csv: 'content/data/bad.csv' }));
  });

  it('fails on two rows with one name in one season', () => {
    expectPropError(() => figure({ dataset: 'bad' }, [bad('x,甲,2025-2026,2025-10-15,,,,\ny,甲,2025-2026,2025-10-20,,,,')]), at, 'SeasonCalendar', propMistake('prop-label-not-distinct', 'label', { found: 'label', duplicate: '甲（2025-2026）' }));
  });

  it('fails on an annotation that is not placed by date', () => {
    expectPropError(() => figure({ annotations: [{ x: 15, label: '正式供热' }] }), at, 'SeasonCalendar', propMistake('annotation-off-axis', 'annotations[0].x', { found: '15', axis: 'season-day' }));
  });

  it('fails on an annotation on a row that is not on the chart', () => {
    expectPropError(() => figure({ annotations: [{ x: '2025-11-15', y: '包头', label: '正式供热' }] }), at, 'SeasonCalendar', propMistake('annotation-row-unknown', 'annotations[0].y', { found: '包头', rows: ['热力集团', '电厂', '中心城区', '县城', '红桥区', '约数'], vertical: true }));
  });
});

describe('calendar words', () => {
  const row = (over: Partial<CalendarRow>): CalendarRow => ({ label: '甲', season: '2025-2026', start: null, startComputed: false, end: null, days: null, daysText: null, daysComputed: false, ...over });

  it('writes dates without their year, a range with an em dash', () => {
    expect(datesText(row({ start: '2025-10-15', end: '2026-04-15' }))).toBe('10月15日—4月15日');
    expect(datesText(row({ start: '2022-09-28' }))).toBe('9月28日起');
    expect(datesText(row({ end: '2026-04-15' }))).toBe('至4月15日');
    expect(datesText(row({}))).toBe('报道未给出日期');
  });
});
