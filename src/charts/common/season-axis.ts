import * as Plot from '@observablehq/plot';
import { daysBetween } from '../../format/date.ts';
import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import type { ChartLayout } from './layout.ts';
import { textWidth } from './text-width.ts';

/**
 * The heating-season axis: October → April across the year end, so several seasons can be laid over one
 * another. Every date is placed in one canonical season, July 2003 to June 2004 (July–December in 2003,
 * January–June in 2004: 2004 is a leap year, so 29 February keeps its place). All arithmetic is in UTC on
 * whole days; a date cell is a `YYYY-MM-DD` string (src/data/cells.ts) and never passes through local time.
 */
const DAY = 86_400_000;
const canonicalAutumn = 2003;

/** A `YYYY-MM-DD` day as UTC midnight. */
export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** UTC midnight back to `YYYY-MM-DD`. */
export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `count` days after `day` (before, if negative). */
export function addDays(day: string, count: number): string {
  return dayString(new Date(parseDay(day).getTime() + count * DAY));
}

/**
 * Days of a period, counting both its first and its last day: heating from 2025-10-15 to 2026-04-15 (ending at
 * 24:00) is 183 days. This is how a season's "供热183天" is counted.
 */
export function inclusiveDays(first: string, last: string): number {
  return daysBetween(first, last) + 1;
}

/** The first day of a period of `days` days (both ends counted) that ends on `last`. */
export function firstDayOf(last: string, days: number): string {
  return addDays(last, -(days - 1));
}

/** The year a date's heating season begins in: July–December belong to the season starting that year. */
export function seasonStartYear(day: string): number {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month >= 7 ? year : year - 1;
}

/** The season a date belongs to, as the site writes it: 2025-12-01 → "2025-2026". */
export function seasonOf(day: string): string {
  const start = seasonStartYear(day);
  return `${start}-${start + 1}`;
}

/** A date's place on the canonical season: 2025-11-15 and 2022-11-15 land on the same point. */
export function seasonPosition(day: string): Date {
  const [, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(month >= 7 ? canonicalAutumn : canonicalAutumn + 1, month - 1, date));
}

/** The end of a day on the axis (its next midnight): a span drawn to here includes its last day. */
export function seasonPositionEnd(day: string): Date {
  return new Date(seasonPosition(day).getTime() + DAY);
}

/** 1 October to 30 April inclusive (the axis ends at the midnight after 30 April). */
export const defaultSeasonDomain: readonly [Date, Date] = [new Date(Date.UTC(canonicalAutumn, 9, 1)), new Date(Date.UTC(canonicalAutumn + 1, 4, 1))];

/**
 * The axis domain for some instants on the canonical season: October to April, widened to whole months to fit
 * any instant outside it (a start on 28 September opens the axis on 1 September). Pass a day's end
 * (`seasonPositionEnd`) as well as its start when the whole day must be on the axis.
 */
export function seasonDomain(instants: readonly Date[]): [Date, Date] {
  let [start, end] = defaultSeasonDomain.map((d) => d.getTime()) as [number, number];
  for (const instant of instants) {
    const date = new Date(instant.getTime());
    const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    start = Math.min(start, monthStart);
    end = Math.max(end, monthStart === date.getTime() ? monthStart : Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  }
  return [new Date(start), new Date(end)];
}

/** One month on the axis: where it starts and ends (clipped to the domain) and its label. */
export interface SeasonMonth {
  start: Date;
  end: Date;
  /** Middle of the visible part, where the label stands. */
  middle: Date;
  /** 1–12. */
  month: number;
  label: string;
}

/** The months a domain covers, in axis order, labelled the way the site writes a month alone: 10月, 1月. */
export function seasonMonths(domain: readonly [Date, Date]): SeasonMonth[] {
  const [from, to] = domain.map((d) => d.getTime()) as [number, number];
  const months: SeasonMonth[] = [];
  let cursor = new Date(Date.UTC(new Date(from).getUTCFullYear(), new Date(from).getUTCMonth(), 1));
  while (cursor.getTime() < to) {
    const next = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1));
    const start = Math.max(cursor.getTime(), from);
    const end = Math.min(next.getTime(), to);
    const month = cursor.getUTCMonth() + 1;
    months.push({ start: new Date(start), end: new Date(end), middle: new Date((start + end) / 2), month, label: fill(t('date.month'), { month: String(month) }) });
    cursor = next;
  }
  return months;
}

/** Where the year ends on the canonical season (1 January), if the domain crosses it. */
export function yearEnd(domain: readonly [Date, Date]): Date | undefined {
  const newYear = Date.UTC(canonicalAutumn + 1, 0, 1);
  return domain[0].getTime() < newYear && newYear < domain[1].getTime() ? new Date(newYear) : undefined;
}

/**
 * Which month labels fit side by side: every month when there is room, else every second or third one,
 * counted from October (the usual first month), so 10月 is always labelled when it is on the axis. A label
 * may reach into the unlabelled months beside it; a month cut short by a fixed domain keeps its label only if
 * the label fits in what is left of it.
 */
export function labelledMonths(months: readonly SeasonMonth[], plotWidth: number, fontSize: number, span: number): SeasonMonth[] {
  const px = (ms: number) => (ms / span) * plotWidth;
  const room = (m: SeasonMonth) => textWidth(m.label, fontSize) + fontSize * 0.5;
  const widest = Math.max(...months.map(room));
  const step = Math.max(1, Math.ceil(widest / px(28 * DAY)));
  const full = (m: SeasonMonth) => m.start.getUTCDate() === 1 && m.end.getUTCDate() === 1;
  return months.filter((m) => (((m.month - 10) % step) + step) % step === 0 && (full(m) || px(m.end.getTime() - m.start.getTime()) >= room(m)));
}

export interface SeasonAxisOptions {
  /** The seasons' first and second year when the chart shows one season: written under the axis. */
  years?: [number, number];
}

/**
 * Plot marks that draw the season axis under a plot with an x scale on the canonical season: month
 * boundaries as grid lines, month names centred in their months, and the year end as a solid line with
 * 次年 (or the years, for a single season) on a second line under the axis.
 */
export function seasonAxisMarks(domain: readonly [Date, Date], layout: ChartLayout, plotWidth: number, options: SeasonAxisOptions = {}): Plot.Markish[] {
  const { fontSize } = layout;
  const months = seasonMonths(domain);
  const span = domain[1].getTime() - domain[0].getTime();
  const shown = labelledMonths(months, plotWidth, fontSize, span);
  const boundaries = months.slice(1).map((m) => m.start);
  const newYear = yearEnd(domain);
  const second: { x: Date; text: string }[] = [];
  const year = (value: number) => fill(t('date.year'), { year: String(value) });
  if (newYear) second.push({ x: newYear, text: options.years ? year(options.years[1]) : t('axis.nextYear') });
  if (options.years) {
    const first = { x: months[0]!.start, text: year(months[0]!.month >= 7 ? options.years[0] : options.years[1]) };
    // The first year stands at the axis' start; it gives way if the year-end label is too close to it.
    const gap = newYear ? ((newYear.getTime() - first.x.getTime()) / span) * plotWidth : Infinity;
    if (!newYear || gap >= textWidth(first.text, fontSize) + fontSize) second.unshift(first);
  }
  const muted = { fill: 'var(--chart-muted)', ariaHidden: 'true' } as const;
  return [
    Plot.ruleX(boundaries, { stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
    ...(newYear ? [Plot.ruleX([newYear], { stroke: 'var(--chart-axis)', strokeWidth: 1.5 })] : []),
    Plot.frame({ anchor: 'bottom', stroke: 'var(--chart-axis)' }),
    Plot.text(shown, { x: 'middle', frameAnchor: 'bottom', text: 'label', dy: fontSize * 1.1, fill: 'var(--chart-text)', ariaHidden: 'true' }),
    Plot.text(second, { x: 'x', frameAnchor: 'bottom', text: 'text', textAnchor: 'start', dx: 2, dy: fontSize * 2.5, ...muted }),
  ];
}

/** Bottom margin the season axis needs: month names, and a second line for the year end. */
export function seasonAxisHeight(fontSize: number): number {
  return Math.ceil(fontSize * 3.4);
}
