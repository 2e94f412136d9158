import * as d3 from 'd3';
import { formatDay } from '../../format/date.ts';
import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import { seasonPosition } from '../common/season-axis.ts';
import type { CalendarRow } from './spec.ts';

const byPosition = (day: string) => seasonPosition(day).getTime();

/** Names of the rows that share the extreme value, joined for a sentence. */
function names(rows: readonly CalendarRow[]): string {
  return rows
    .map((r) => (r.season && new Set(rows.map((x) => x.season)).size > 1 ? fill(t('summary.calendar.name'), { label: r.label, season: r.season }) : r.label))
    .join(t('summary.listSeparator'));
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
  if (seasons.size > 1) parts.push(fill(t('summary.calendar.seasons'), { count: String(seasons.size) }));
  const longest = extreme(rows.filter((r) => r.days !== null), (r) => r.days!, 'max');
  // daysText is set wherever days is.
  if (longest.length) parts.push(fill(t('summary.calendar.longest'), { names: names(longest), days: longest[0]!.daysText! }));
  const earliest = extreme(rows.filter((r) => r.start), (r) => byPosition(r.start!), 'min');
  if (earliest.length) {
    const r = earliest[0]!;
    parts.push(fill(t('summary.calendar.earliest'), { names: names(earliest), date: `${formatDay(r.start!)}${r.startComputed ? t('calendar.computed') : ''}` }));
  }
  const latest = extreme(rows.filter((r) => r.end), (r) => byPosition(r.end!), 'max');
  if (latest.length) parts.push(fill(t('summary.calendar.latest'), { names: names(latest), date: formatDay(latest[0]!.end!) }));
  const computedStarts = rows.filter((r) => r.startComputed);
  if (computedStarts.length) parts.push(fill(t('summary.calendar.computedStarts'), { names: names(computedStarts) }));
  const computedDays = rows.filter((r) => r.daysComputed);
  if (computedDays.length) parts.push(fill(t('summary.calendar.computedDays'), { names: names(computedDays) }));
  const undated = rows.filter((r) => !r.start && !r.end);
  if (undated.length) parts.push(fill(t('summary.calendar.undated'), { names: names(undated) }));
  return parts.join('');
}
