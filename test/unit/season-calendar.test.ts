import { testSource } from '../support/chart-context.ts';
import { draw } from '../../src/charts/draw.ts';
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/data/site.ts';
import { seasonCalendarFigure, type SeasonCalendarProps } from '../../src/charts/season-calendar/figure.ts';
import { datesText, type CalendarRow } from '../../src/charts/season-calendar/spec.ts';
import { buildDataset } from '../../src/data/dataset.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Source } from '../../src/schemas/source.ts';

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
    expect(() => figure({ start: 'season' })).toThrow('content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“start”：找到“season”，应为日期列（date，YYYY-MM-DD），而“season”是 string 列。修改：换成 start（开始日期）、end（结束日期） 之一。');
  });

  it('fails on an end column that does not exist', () => {
    expect(() => figure({ end: 'stop' })).toThrow('content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“end”：找到“stop”，应为数据集“periods”中的日期列：start（开始日期）、end（结束日期）。修改：改成上面的列名之一（列的定义见 content/data/periods.yaml）。');
  });

  it('fails on a days column that is not counted in days', () => {
    expect(() => figure({ days: 'months' })).toThrow('content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“days”：找到“months”，应为单位为“天”的数值列，而“months”的单位是 个月。修改：换成以天计的列；“5个月”这样的时长不能画成起止日期。');
  });

  it('fails on a dataset that does not exist', () => {
    expect(() => figure({ dataset: 'period' })).toThrow('content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“dataset”：找到“period”，应为已有的数据集 id（periods）。修改：改成 content/data/ 里某个 .csv 的文件名（不含扩展名），或先添加这个数据集。');
  });

  it('fails on an end before the start', () => {
    expect(() => figure({ dataset: 'bad' }, [bad('x,甲,2025-2026,2026-03-01,2026-02-01,,,')])).toThrow(
      'content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“end”：找到“2026-02-01”，应为不早于开始日期 2026-03-01 的结束日期（列“end”，“甲”一行）。修改：核对 content/data/bad.csv 里这一行的日期。',
    );
  });

  it('fails on a period that runs into the next season', () => {
    expect(() => figure({ dataset: 'bad' }, [bad('x,甲,2025-2026,2025-10-15,2026-10-15,,,')])).toThrow(
      'content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“end”：找到“2026-10-15”，应为与开始日期 2025-10-15 同属一个采暖季（7月1日至次年6月30日）的结束日期（列“end”，“甲”一行）。修改：核对 content/data/bad.csv 里这一行的日期；跨两个采暖季的要拆成两行。',
    );
  });

  it('fails on a season column that contradicts the dates', () => {
    expect(() => figure({ dataset: 'bad' }, [bad('x,甲,2024-2025,2025-10-15,2026-04-15,,,')])).toThrow(
      'content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“season”：找到“2024-2025”，应为与日期相符的采暖季 2025-2026（列“season”，“甲”一行的日期是 2025-10-15）。修改：核对 content/data/bad.csv 里这一行的日期和采暖季。',
    );
  });

  it('fails on a season column not written as two consecutive years', () => {
    expect(() => figure({ dataset: 'bad' }, [bad('x,甲,2025年,,,,,')])).toThrow(
      'content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“season”：找到“2025年”，应为写成“2025-2026”这样的采暖季（列“season”，“甲”一行）。修改：改正 content/data/bad.csv 里这一格，或删掉 season 属性（采暖季会从日期得出）。',
    );
  });

  it('fails on two rows with one name in one season', () => {
    expect(() => figure({ dataset: 'bad' }, [bad('x,甲,2025-2026,2025-10-15,,,,\ny,甲,2025-2026,2025-10-20,,,,')])).toThrow(
      'content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“label”：找到“label”，应为每行取值都不同的列（每个标记一个名字）。修改：“甲（2025-2026）”出现了不止一次：换一个能区分各行的列，或先把数据集筛成每项一行。',
    );
  });

  it('fails on an annotation that is not placed by date', () => {
    expect(() => figure({ annotations: [{ x: 15, label: '正式供热' }] })).toThrow(
      'content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“annotations[0].x”：找到“15”，应为一个日期（YYYY-MM-DD，如 "2025-11-15"）。修改：横轴是采暖季的日期：x 写成带引号的“年-月-日”，月和日都用两位数。',
    );
  });

  it('fails on an annotation on a row that is not on the chart', () => {
    expect(() => figure({ annotations: [{ x: '2025-11-15', y: '包头', label: '正式供热' }] })).toThrow(
      'content/stories/x.mdx:9:1 <SeasonCalendar> 的属性“annotations[0].y”：找到“包头”，应为图中某一行的名字：热力集团、电厂、中心城区、县城、红桥区、约数。修改：删掉 y 画一条竖线，或照图中的写法填写行名。',
    );
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
