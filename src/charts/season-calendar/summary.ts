import * as d3 from 'd3';
import { formatDay } from '../../format/date.ts';
import { t } from '../../i18n/index.ts';
import { seasonPosition } from '../common/season-axis.ts';
import { computedMark, type CalendarRow } from './spec.ts';

const byPosition = (day: string) => seasonPosition(day).getTime();

/** Names of the rows that share the extreme value, joined for a sentence. */
function names(rows: readonly CalendarRow[]): string {
  return rows.map((r) => (r.season && new Set(rows.map((x) => x.season)).size > 1 ? `${r.label}（${r.season}）` : r.label)).join('、');
}

function extreme(rows: readonly CalendarRow[], value: (row: CalendarRow) => number, pick: 'max' | 'min'): CalendarRow[] {
  if (rows.length === 0) return [];
  const best = (pick === 'max' ? d3.max : d3.min)(rows, value)!;
  return rows.filter((row) => value(row) === best);
}

/**
 * The calendar in words: the longest period, the earliest start and the latest end (compared by day of the
 * season, whatever the year), which figures were computed, and which places have no date.
 */
export function seasonCalendarSummary(rows: readonly CalendarRow[]): string {
  const parts: string[] = [];
  const seasons = new Set(rows.flatMap((r) => (r.season ? [r.season] : [])));
  if (seasons.size > 1) parts.push(`这些供热期分属${seasons.size}个采暖季，起止日期按月日比较。`);
  const longest = extreme(rows.filter((r) => r.days !== null), (r) => r.days!, 'max');
  if (longest.length) parts.push(`供热天数最长的是${names(longest)}，${longest[0]!.daysText}。`);
  const earliest = extreme(rows.filter((r) => r.start), (r) => byPosition(r.start!), 'min');
  if (earliest.length) {
    const r = earliest[0]!;
    parts.push(`开始最早的是${names(earliest)}，${formatDay(r.start!)}${r.startComputed ? computedMark : ''}。`);
  }
  const latest = extreme(rows.filter((r) => r.end), (r) => byPosition(r.end!), 'max');
  if (latest.length) parts.push(`结束最晚的是${names(latest)}，${formatDay(latest[0]!.end!)}。`);
  const computedStarts = rows.filter((r) => r.startComputed);
  if (computedStarts.length) parts.push(`${names(computedStarts)}的开始日期是由结束日期和供热天数推算的（天数含首尾两天），报道未直接给出。`);
  const computedDays = rows.filter((r) => r.daysComputed);
  if (computedDays.length) parts.push(`${names(computedDays)}的天数按起止日期计算，含首尾两天。`);
  const undated = rows.filter((r) => !r.start && !r.end);
  if (undated.length) parts.push(`${names(undated)}${t('chart.noDate')}。`);
  return parts.join('');
}
