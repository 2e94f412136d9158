import * as d3 from 'd3';
import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import { textWidth } from './text-width.ts';

/**
 * Ticks for a calendar axis, labelled in Chinese: years (2022年), months (11月, with the year under the first
 * tick and under each January), or days (11月15日, with the year under the first tick). Dates are UTC
 * midnights (src/charts/season-axis.ts parseDay), so the labels do not depend on the build machine's zone.
 */
export interface TimeTicks {
  ticks: Date[];
  format: (date: Date) => string;
}

interface Grain {
  /** Candidate tick intervals, finest first. */
  intervals: d3.TimeInterval[];
  label: (date: Date, first: boolean) => string;
  sample: string;
}

const year = (d: Date) => fill(t('date.year'), { year: String(d.getUTCFullYear()) });
const month = (d: Date) => fill(t('date.month'), { month: String(d.getUTCMonth() + 1) });
const monthDay = (d: Date) => fill(t('date.monthDay'), { month: String(d.getUTCMonth() + 1), day: String(d.getUTCDate()) });
const sampleYear = fill(t('date.year'), { year: '2022' });

const grains: Grain[] = [
  {
    // Weeks start on Monday and run across month ends (utcDay.every(7) would restart on each 1st).
    intervals: [d3.utcDay, d3.utcDay.every(2)!, d3.utcMonday, d3.utcMonday.every(2)!],
    label: (d, first) => `${monthDay(d)}${first ? `\n${year(d)}` : ''}`,
    sample: fill(t('date.monthDay'), { month: '12', day: '30' }),
  },
  {
    intervals: [1, 2, 3, 6].map((n) => d3.utcMonth.every(n)!),
    label: (d, first) => `${month(d)}${first || d.getUTCMonth() === 0 ? `\n${year(d)}` : ''}`,
    sample: sampleYear,
  },
  { intervals: [1, 2, 5, 10, 20, 50].map((n) => d3.utcYear.every(n)!), label: year, sample: sampleYear },
];

/** The finest ticks whose labels fit side by side across `plotWidth`, at least two when the domain allows. */
export function timeTicks(domain: readonly [Date, Date], plotWidth: number, fontSize: number): TimeTicks {
  const [from, to] = domain;
  for (const grain of grains) {
    const room = textWidth(grain.sample, fontSize) + fontSize;
    const most = Math.max(2, Math.floor(plotWidth / room));
    for (const interval of grain.intervals) {
      const ticks = interval.range(from, new Date(to.getTime() + 1));
      if (ticks.length >= 2 && ticks.length <= most) {
        const first = ticks[0]!.getTime();
        return { ticks, format: (date) => grain.label(date, date.getTime() === first) };
      }
    }
  }
  // A very long span: let d3 choose years.
  const ticks = d3.utcYear.every(Math.ceil((to.getUTCFullYear() - from.getUTCFullYear()) / 4))!.range(from, to);
  return { ticks, format: year };
}

/** Ticks for a year axis: whole years only, written without grouping (2022, not 2,022). */
export function yearTicks(domain: readonly [number, number], plotWidth: number, fontSize: number): number[] {
  const [from, to] = [Math.ceil(domain[0]), Math.floor(domain[1])];
  const most = Math.max(2, Math.floor(plotWidth / (textWidth('2022', fontSize) + fontSize)));
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => Math.floor(to / s) - Math.ceil(from / s) + 1 <= most) ?? 100;
  return d3.range(Math.ceil(from / step) * step, to + 1, step);
}
