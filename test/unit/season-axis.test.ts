import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/format/date.ts';
import { layouts } from '../../src/charts/common/layout.ts';
import {
  addDays,
  defaultSeasonDomain,
  firstDayOf,
  inclusiveDays,
  labelledMonths,
  parseDay,
  seasonDomain,
  seasonMonths,
  seasonOf,
  seasonPosition,
  seasonPositionEnd,
  seasonStartYear,
  yearEnd,
} from '../../src/charts/common/season-axis.ts';

const iso = (date: Date) => date.toISOString();

describe('seasonPosition', () => {
  it('lays the same day of different seasons on the same point', () => {
    expect(iso(seasonPosition('2025-11-15'))).toBe('2003-11-15T00:00:00.000Z');
    expect(iso(seasonPosition('2022-11-15'))).toBe('2003-11-15T00:00:00.000Z');
  });

  it('puts July–December before the year end and January–June after it', () => {
    expect(iso(seasonPosition('2025-07-01'))).toBe('2003-07-01T00:00:00.000Z');
    expect(iso(seasonPosition('2025-12-31'))).toBe('2003-12-31T00:00:00.000Z');
    expect(iso(seasonPosition('2026-01-01'))).toBe('2004-01-01T00:00:00.000Z');
    expect(iso(seasonPosition('2026-06-30'))).toBe('2004-06-30T00:00:00.000Z');
    expect(seasonPosition('2026-01-01').getTime()).toBeGreaterThan(seasonPosition('2025-12-31').getTime());
  });

  it('keeps 29 February in place (the canonical spring is a leap year)', () => {
    expect(iso(seasonPosition('2024-02-29'))).toBe('2004-02-29T00:00:00.000Z');
    expect(iso(seasonPositionEnd('2024-02-29'))).toBe('2004-03-01T00:00:00.000Z');
  });

  it('is UTC midnight whatever the process time zone (pinned to Asia/Shanghai here)', () => {
    expect(process.env.TZ).toBe('Asia/Shanghai');
    expect(iso(parseDay('2026-04-15'))).toBe('2026-04-15T00:00:00.000Z');
  });
});

describe('seasonOf', () => {
  it('names the season by its two years, switching on 1 July', () => {
    expect(seasonOf('2025-10-15')).toBe('2025-2026');
    expect(seasonOf('2026-04-15')).toBe('2025-2026');
    expect(seasonOf('2026-06-30')).toBe('2025-2026');
    expect(seasonOf('2026-07-01')).toBe('2026-2027');
    expect(seasonStartYear('2023-01-10')).toBe(2022);
  });
});

describe('day counts', () => {
  it('daysBetween does not count the first day: 28 September to 25 October is 27 days', () => {
    expect(daysBetween('2022-09-28', '2022-10-25')).toBe(27);
    expect(daysBetween('2022-10-25', '2022-09-28')).toBe(-27);
    expect(daysBetween('2026-04-15', '2026-04-15')).toBe(0);
  });

  it('inclusiveDays counts both ends: 15 October to 15 April (24:00) is 183 days', () => {
    expect(inclusiveDays('2025-10-15', '2026-04-15')).toBe(183);
    expect(inclusiveDays('2026-04-15', '2026-04-15')).toBe(1);
  });

  it('counts 29 February in a leap spring', () => {
    expect(inclusiveDays('2023-11-15', '2024-03-15')).toBe(122);
    expect(inclusiveDays('2022-11-15', '2023-03-15')).toBe(121);
  });

  it('firstDayOf works a start back from the end and an inclusive count', () => {
    expect(firstDayOf('2026-04-15', 183)).toBe('2025-10-15');
    expect(inclusiveDays(firstDayOf('2024-03-15', 122), '2024-03-15')).toBe(122);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('seasonDomain', () => {
  it('runs from 1 October to the end of 30 April by default', () => {
    expect(seasonDomain([]).map(iso)).toEqual(['2003-10-01T00:00:00.000Z', '2004-05-01T00:00:00.000Z']);
    expect(defaultSeasonDomain.map(iso)).toEqual(['2003-10-01T00:00:00.000Z', '2004-05-01T00:00:00.000Z']);
  });

  it('widens to whole months to fit a start before October or an end after April', () => {
    expect(iso(seasonDomain([seasonPosition('2022-09-28')])[0])).toBe('2003-09-01T00:00:00.000Z');
    expect(iso(seasonDomain([seasonPositionEnd('2025-05-05')])[1])).toBe('2004-06-01T00:00:00.000Z');
  });

  it('does not widen for a period that ends on 30 April', () => {
    expect(iso(seasonDomain([seasonPositionEnd('2026-04-30')])[1])).toBe('2004-05-01T00:00:00.000Z');
  });
});

describe('season months', () => {
  it('labels each month of the axis, October to April across the year end', () => {
    expect(seasonMonths(defaultSeasonDomain).map((m) => m.label)).toEqual(['10月', '11月', '12月', '1月', '2月', '3月', '4月']);
    expect(iso(yearEnd(defaultSeasonDomain)!)).toBe('2004-01-01T00:00:00.000Z');
    expect(yearEnd([new Date(Date.UTC(2004, 0, 1)), new Date(Date.UTC(2004, 4, 1))])).toBeUndefined();
  });

  it('labels every month where they fit, else every second one counted from October', () => {
    const months = seasonMonths(seasonDomain([seasonPosition('2022-09-28')]));
    const span = 243 * 86_400_000;
    const [compact, wide] = layouts;
    expect(labelledMonths(months, 440, wide!.fontSize, span).map((m) => m.label)).toEqual(['9月', '10月', '11月', '12月', '1月', '2月', '3月', '4月']);
    expect(labelledMonths(months, 220, compact!.fontSize, span).map((m) => m.label)).toEqual(['10月', '12月', '2月', '4月']);
  });
});
