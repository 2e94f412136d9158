import { numericText, qualifierOf, unitOf } from '../../data/cell-text.ts';
import { pageTemplate } from '../../errors/where.ts';
import { formatDay } from '../../format/date.ts';
import { formatValue } from '../../format/number.ts';
import { t } from '../../i18n/index.ts';
import { parseAnnotations, type Annotation } from '../common/annotations.ts';
import type { CommonChartProps } from '../bar/figure.ts';
import type { SiteContent } from '../../data/site.ts';
import { buildFigure, type FigureModel } from '../model.ts';
import { displayLabel, requireDistinct, requireFilled } from '../common/props.ts';
import { editorError } from '../../errors/messages.ts';
import { parseSourceLocation, propAt, propValue, requireColumn, requireDataset, type SourceLocation } from '../../data/props.ts';
import { firstDayOf, inclusiveDays, seasonOf } from '../common/season-axis.ts';
import { seasonCalendarSpec, type CalendarRow } from './spec.ts';
import { seasonCalendarSummary } from './summary.ts';
import { simpleTable, type TableCell } from '../common/table.ts';

/** Props of `<SeasonCalendar>` as an editor writes them in MDX. See docs/CHARTS.md. */
export interface SeasonCalendarProps extends CommonChartProps {
  /** Text or place column naming each row (a place, a heating company). */
  label: string;
  /** Date column: the first heating day. */
  start: string;
  /** Date column: the last heating day (heating stops at its 24:00). */
  end?: string;
  /** Numeric column in 天: days of heating as the report gives them. Counted from start and end when absent. */
  days?: string;
  /** Text column with each row's season (2025-2026): needed for rows the report gives no date for. */
  season?: string;
}

const component = 'SeasonCalendar';
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Annotations on a calendar: a date across (a line), or a date and a row's label (a note on that row). */
function checkAnnotations(at: SourceLocation, annotations: readonly Annotation[], labels: readonly string[]): void {
  annotations.forEach((a, index) => {
    if (!isDay(a.x)) throw editorError('annotation-off-axis', propAt(at, component, `annotations[${index}].x`), { found: propValue(a.x), axis: 'season-day' });
    if (a.y !== undefined && !labels.includes(String(a.y))) {
      throw editorError('annotation-row-unknown', propAt(at, component, `annotations[${index}].y`), { found: String(a.y), rows: labels, vertical: true });
    }
  });
}

/** Props → checked columns → rows (computing what the report leaves to arithmetic) → figure. */
export function seasonCalendarFigure(props: SeasonCalendarProps, context: SiteContent, fallbackFile = pageTemplate): FigureModel {
  const at = parseSourceLocation(props.__source, fallbackFile);
  const dataset = requireDataset(at, component, props.dataset, context.datasets);
  const labelColumn = requireColumn(at, component, 'label', props.label, dataset, 'label');
  const startColumn = requireColumn(at, component, 'start', props.start, dataset, 'date');
  const endColumn = props.end === undefined ? undefined : requireColumn(at, component, 'end', props.end, dataset, 'date');
  const daysColumn = props.days === undefined ? undefined : requireColumn(at, component, 'days', props.days, dataset, 'numeric');
  const seasonColumn = props.season === undefined ? undefined : requireColumn(at, component, 'season', props.season, dataset, 'label');
  requireFilled(at, component, 'label', labelColumn, dataset);
  if (daysColumn) {
    const units = [...new Set(dataset.rows.map((row) => unitOf(row, daysColumn)))];
    if (units.some((unit) => unit !== '天')) throw editorError('calendar-days-not-days', propAt(at, component, 'days'), { found: propValue(props.days), column: daysColumn.name, units });
  }

  const rows: CalendarRow[] = dataset.rows.map((row) => {
    const label = displayLabel(row[labelColumn.name], labelColumn, context);
    const start = (row[startColumn.name] ?? null) as string | null;
    const end = endColumn ? ((row[endColumn.name] ?? null) as string | null) : null;
    const days = daysColumn ? ((row[daysColumn.name] ?? null) as number | null) : null;
    // A start is worked out only from an exact day count: 约180天 gives no first day.
    const startComputed = start === null && end !== null && days !== null && qualifierOf(row, daysColumn!) === null && Number.isInteger(days) && days > 0;
    const first = startComputed ? firstDayOf(end!, days!) : start;
    const cell = (column: { name: string }) => ({ column: column.name, row: label, csv: dataset.files.csv ?? dataset.files.meta });
    if (first && end) {
      if (end < first) throw editorError('calendar-end-before-start', propAt(at, component, 'end'), { found: end, start: first, ...cell(endColumn!) });
      if (seasonOf(first) !== seasonOf(end)) throw editorError('calendar-across-seasons', propAt(at, component, 'end'), { found: end, start: first, ...cell(endColumn!) });
    }
    const daysComputed = days === null && first !== null && end !== null;
    const count = daysComputed ? inclusiveDays(first!, end!) : days;
    const known = first ?? end;
    const season = seasonColumn ? ((row[seasonColumn.name] ?? null) as string | null) : known ? seasonOf(known) : null;
    if (seasonColumn && season !== null && (!/^\d{4}-\d{4}$/.test(season) || Number(season.slice(5)) !== Number(season.slice(0, 4)) + 1)) {
      throw editorError('calendar-season-invalid', propAt(at, component, 'season'), { found: season, ...cell(seasonColumn) });
    }
    if (season !== null && known && seasonOf(known) !== season) {
      throw editorError('calendar-season-mismatch', propAt(at, component, 'season'), { found: season, season: seasonOf(known), date: known, ...cell(seasonColumn!) });
    }
    return {
      label,
      season,
      start: first,
      startComputed,
      end,
      days: count,
      daysText: days !== null ? numericText(row, daysColumn!) : daysComputed ? formatValue(count!, '天') : null,
      daysComputed,
    };
  });
  const labels = rows.map((r) => r.label);
  requireDistinct(at, component, 'label', props.label, rows.map((r) => `${r.label}${r.season ? `（${r.season}）` : ''}`));
  const annotations = parseAnnotations(at, component, props.annotations, context);
  checkAnnotations(at, annotations, labels);

  const day = (value: string | null, computed = false): TableCell => (value ? { text: `${formatDay(value)}${computed ? t('calendar.computed') : ''}`, value } : { text: '—', value: null });
  const header = (column: { label: string } | undefined, fallback: string) => column?.label ?? fallback;
  return buildFigure(
    {
      kind: 'season-calendar',
      idParts: [props.dataset, props.label, props.start, props.end ?? '', props.days ?? '', props.season ?? '', at.line ?? 0],
      dataset,
      title: props.title,
      caption: props.caption,
      unit: rows.some((r) => r.days !== null) ? '天' : undefined,
      summary: seasonCalendarSummary(rows),
      spec: (layout) => seasonCalendarSpec(rows, layout, { annotations }),
      table: simpleTable(
        [labelColumn.label, t('chart.season'), startColumn.label, header(endColumn, t('chart.end')), header(daysColumn, t('chart.days'))],
        rows.map((r) => [
          r.label,
          r.season ?? '—',
          day(r.start, r.startComputed),
          day(r.end),
          r.daysText ? { text: r.daysComputed ? `${r.daysText}（${t('chart.counted')}）` : r.daysText, value: r.days } : { text: '—', value: null },
        ]),
        [false, false, false, false, true],
      ),
    },
    context,
  );
}
