import { describe, it } from 'vitest';
import { layouts } from '../../src/charts/common/layout.ts';
import { drawSpec } from '../../src/charts/draw.ts';
import { firstDayOf, inclusiveDays, seasonOf } from '../../src/charts/common/season-axis.ts';
import { seasonCalendarSpec, type CalendarOptions, type CalendarRow } from '../../src/charts/season-calendar/spec.ts';
import { expectGolden } from '../support/golden.ts';

/** A row as season-calendar-chart.ts builds it: days counted from the dates when not given, a start worked out from end and days. */
function row(label: string, start: string | null, end: string | null, days: number | null = null): CalendarRow {
  const startComputed = start === null && end !== null && days !== null;
  const first = startComputed ? firstDayOf(end!, days!) : start;
  const daysComputed = days === null && first !== null && end !== null;
  const count = daysComputed ? inclusiveDays(first!, end!) : days;
  const known = first ?? end;
  return { label, season: known ? seasonOf(known) : null, start: first, startComputed, end, days: count, daysText: count === null ? null : `${count}天`, daysComputed };
}

const shapes: Record<string, [CalendarRow[], CalendarOptions]> = {
  'calendar-reports': [
    [
      row('包头市热力集团', null, '2026-04-15', 183),
      row('华电包头发电分公司', null, null, 188),
      row('朔州市中心城区', '2022-09-28', null),
      row('朔州市中心城区原定', '2022-10-25', null),
      row('红桥区', null, null),
    ],
    {},
  ],
  'calendar-one-row': [[row('包头', '2025-10-15', '2026-04-15')], {}],
  'calendar-long-labels': [
    [
      row('华电内蒙古能源有限公司包头发电分公司', '2025-10-10', '2026-04-15'),
      row('神头二电厂（国能和大唐2家）供热区域', '2022-10-01', '2023-04-10'),
      row('津安热电有限公司红桥南供热服务中心', '2024-11-13', '2025-03-15'),
    ],
    { annotations: [{ x: '2025-11-15', label: '天津正式供热' }] },
  ],
  'calendar-wide-season': [
    [row('早开早停', '2022-09-15', '2023-03-31'), row('晚停', '2024-10-20', '2025-05-05'), row('只知结束', null, '2025-04-30')],
    {},
  ],
  'calendar-no-dates': [[row('华电包头发电分公司', null, null, 188), row('红桥区', null, null)], {}],
};

describe('seasonCalendarSpec golden SVGs', () => {
  for (const [name, [data, options]] of Object.entries(shapes)) {
    for (const layout of layouts) {
      it(`${name} (${layout.name})`, () => {
        expectGolden(`${name}-${layout.name}`, drawSpec(seasonCalendarSpec(data, layout, options), { label: name }));
      });
    }
  }
});
