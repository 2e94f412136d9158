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
import { parseSourceLocation, propError, requireColumn, requireDataset, type SourceLocation } from '../../data/props.ts';
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
    if (!isDay(a.x)) propError(at, component, `annotations[${index}].x`, a.x, '一个日期（YYYY-MM-DD，如 "2025-11-15"）', '横轴是采暖季的日期：x 写成带引号的“年-月-日”，月和日都用两位数。');
    if (a.y !== undefined && !labels.includes(String(a.y))) propError(at, component, `annotations[${index}].y`, a.y, `图中某一行的名字：${labels.join('、')}`, '删掉 y 画一条竖线，或照图中的写法填写行名。');
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
    if (units.some((unit) => unit !== '天')) {
      propError(at, component, 'days', props.days, `单位为“天”的数值列，而“${daysColumn.name}”的单位是 ${units.map((u) => u || '（无）').join('、')}`, '换成以天计的列；“5个月”这样的时长不能画成起止日期。');
    }
  }

  const rows: CalendarRow[] = dataset.rows.map((row) => {
    const label = displayLabel(row[labelColumn.name], labelColumn, context);
    const start = (row[startColumn.name] ?? null) as string | null;
    const end = endColumn ? ((row[endColumn.name] ?? null) as string | null) : null;
    const days = daysColumn ? ((row[daysColumn.name] ?? null) as number | null) : null;
    // A start is worked out only from an exact day count: 约180天 gives no first day.
    const startComputed = start === null && end !== null && days !== null && qualifierOf(row, daysColumn!) === null && Number.isInteger(days) && days > 0;
    const first = startComputed ? firstDayOf(end!, days!) : start;
    if (first && end) {
      if (end < first) {
        propError(at, component, 'end', end, `不早于开始日期 ${first} 的结束日期（列“${endColumn!.name}”，“${label}”一行）`, `核对 ${dataset.files.csv} 里这一行的日期。`);
      }
      if (seasonOf(first) !== seasonOf(end)) {
        propError(at, component, 'end', end, `与开始日期 ${first} 同属一个采暖季（7月1日至次年6月30日）的结束日期（列“${endColumn!.name}”，“${label}”一行）`, `核对 ${dataset.files.csv} 里这一行的日期；跨两个采暖季的要拆成两行。`);
      }
    }
    const daysComputed = days === null && first !== null && end !== null;
    const count = daysComputed ? inclusiveDays(first!, end!) : days;
    const known = first ?? end;
    const season = seasonColumn ? ((row[seasonColumn.name] ?? null) as string | null) : known ? seasonOf(known) : null;
    if (seasonColumn && season !== null && (!/^\d{4}-\d{4}$/.test(season) || Number(season.slice(5)) !== Number(season.slice(0, 4)) + 1)) {
      propError(at, component, 'season', season, `写成“2025-2026”这样的采暖季（列“${seasonColumn.name}”，“${label}”一行）`, `改正 ${dataset.files.csv} 里这一格，或删掉 season 属性（采暖季会从日期得出）。`);
    }
    if (season !== null && known && seasonOf(known) !== season) {
      propError(at, component, 'season', season, `与日期相符的采暖季 ${seasonOf(known)}（列“${seasonColumn!.name}”，“${label}”一行的日期是 ${known}）`, `核对 ${dataset.files.csv} 里这一行的日期和采暖季。`);
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
