import { propWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples, type NoDetails } from './entry.ts';

/**
 * Mistakes in the props of one chart type, which its own rules find (src/charts/<type>/): the forms of
 * <GroupedBarChart>, the axes of <LineChart>, the dates of <SeasonCalendar>, the panels of <SmallMultiples>,
 * the sort of <DataTable>.
 */

/** A row of a season calendar, as its messages name it: the column, the row's label, the CSV to check. */
interface CalendarCell {
  found: string;
  column: string;
  row: string;
  csv: string;
}

const at = (row: Pick<CalendarCell, 'column' | 'row'>) => `（列“${row.column}”，“${row.row}”一行）`;
const tooManyColours = '系列太多时颜色会重复、图也读不清：';

export const chartMessages = {
  /** <GroupedBarChart> 既写了宽表的 values，又写了长表的 series 或 value。 */
  'grouped-bar-both-forms': (_: { found?: string | undefined }) => ({
    expected: '宽表写 values，长表写 series 和 value，二者只选其一',
    fix: '每行一个类别、每列一个系列时只写 values；每行一个数时删掉 values，写 series 和 value。',
  }),
  /** <GroupedBarChart> 既没写 values，也没写 series 和 value。 */
  'grouped-bar-no-form': (_: NoDetails) => ({
    expected: '几个数值列名（用顿号分隔），或长表的 series 和 value',
    fix: '例如 values="residential、non_residential"；长表写 series="…" value="…"。',
  }),
  /** 系列（颜色）太多：宽表的列太多，或长表 series 列的取值太多。 */
  'series-too-many': (d: { found?: string | undefined; max: number; series?: readonly string[] | undefined }) =>
    d.series
      ? { expected: `最多有${d.max}种取值的列，而它有${d.series.length}种（${list(d.series)}）`, fix: `${tooManyColours}换一列，或先把数据集拆小。` }
      : { expected: `最多${d.max}列`, fix: `${tooManyColours}只选最要紧的几列，或分成几张图。` },
  /** 长表里同一个类别的同一个系列有不止一行。 */
  'grouped-bar-row-repeated': (d: { found?: string | undefined; duplicate: string; label: boolean }) => ({
    expected: '每个类别的每个系列只有一行的表',
    fix: `“${d.duplicate}”有不止一行：换一个能区分各行的${d.label ? ' label 或 series' : ' series，或加上 label'}，或先把数据集筛成每项一行。`,
  }),
  /** 堆叠的条形里有负数。 */
  'stack-part-negative': (d: { found: string; part: string; text: string }) => ({
    expected: '堆叠的各段都不小于零（堆叠表示各部分加成一个整体）',
    fix: `${d.part}：${d.text}是负数：改用 mode="grouped"。`,
  }),
  /** <LineChart> 的 x 是年份列，却写了 axis="season"。 */
  'line-season-axis-not-date': (d: { found?: string | undefined; column: string; type: string }) => ({
    expected: `与 x 相配的取值：x（“${d.column}”）是 ${d.type} 列，只能用默认的 time`,
    fix: '删掉 axis="season"（年份画在年份轴上），或把 x 换成日期列。',
  }),
  /** <LineChart> 的一条线上同一个时间有不止一行。 */
  'line-time-repeated': (d: { found?: string | undefined; time: string; series?: string | undefined }) => ({
    expected: '在每条线上每个时间只出现一次的列',
    fix: `${d.series ? `“${d.series}”这条线上的${d.time}` : d.time}有不止一行：用 series 把它们分成几条线，或先把数据集筛成每个时间一行。`,
  }),
  /** <SeasonCalendar> 的 days 列不是以天计的。 */
  'calendar-days-not-days': (d: { found?: string | undefined; column: string; units: readonly string[] }) => ({
    expected: `单位为“天”的数值列，而“${d.column}”的单位是 ${list(d.units.map((unit) => unit || '（无）'))}`,
    fix: '换成以天计的列；“5个月”这样的时长不能画成起止日期。',
  }),
  /** 供热期的结束日期早于开始日期。 */
  'calendar-end-before-start': (d: CalendarCell & { start: string }) => ({ expected: `不早于开始日期 ${d.start} 的结束日期${at(d)}`, fix: `核对 ${d.csv} 里这一行的日期。` }),
  /** 供热期的起止日期跨了两个采暖季。 */
  'calendar-across-seasons': (d: CalendarCell & { start: string }) => ({
    expected: `与开始日期 ${d.start} 同属一个采暖季（7月1日至次年6月30日）的结束日期${at(d)}`,
    fix: `核对 ${d.csv} 里这一行的日期；跨两个采暖季的要拆成两行。`,
  }),
  /** season 列的采暖季不是“2025-2026”这样相连的两年。 */
  'calendar-season-invalid': (d: CalendarCell) => ({
    expected: `写成“2025-2026”这样的采暖季${at(d)}`,
    fix: `改正 ${d.csv} 里这一格，或删掉 season 属性（采暖季会从日期得出）。`,
  }),
  /** season 列的采暖季与这一行的日期不符。 */
  'calendar-season-mismatch': (d: CalendarCell & { season: string; date: string }) => ({
    expected: `与日期相符的采暖季 ${d.season}（列“${d.column}”，“${d.row}”一行的日期是 ${d.date}）`,
    fix: `核对 ${d.csv} 里这一行的日期和采暖季。`,
  }),
  /** <SmallMultiples> 的 chart 不是能分面重复的图表。 */
  'multiples-chart-unknown': (d: { found?: string | undefined; charts: readonly string[] }) => ({ expected: `可以分面重复的图表之一：${list(d.charts)}`, fix: '改成上面的组件名（区分大小写）。' }),
  /** <SmallMultiples> 的 by 列只分出一组。 */
  'multiples-one-group': (d: { found?: string | undefined; group: string; chart: string }) => ({
    expected: '至少分出两组的列',
    fix: `这一列只有一个取值（${d.group}）：用单张图 <${d.chart}> 即可。`,
  }),
  /** <SmallMultiples> 的 by 列分出的组太多。 */
  'multiples-too-many-groups': (d: { found?: string | undefined; max: number; groups: number }) => ({
    expected: `分出不超过 ${d.max} 组的列`,
    fix: `这一列有 ${d.groups} 个不同取值：换一列分组，或把数据集拆小。`,
  }),
  /** <DataTable> 按一列排序，这一列却不在表里。 */
  'table-sort-not-shown': (d: { found?: string | undefined; columns: readonly string[] }) => ({ expected: `表中显示的一列：${list(d.columns)}`, fix: '先把这一列加进 columns，或换一个排序列。' }),
} satisfies Record<string, Entry>;

const prop = (component: string, name: string) => ({ file: 'content/stories/prices.mdx', line: 13, column: 1, where: propWhere(component, name) });
const periods = { column: 'end', row: '城区', csv: 'content/data/periods.csv' };

export const chartExamples: Examples<typeof chartMessages> = {
  'grouped-bar-both-forms': { at: prop('GroupedBarChart', 'series'), details: { found: 'note' } },
  'grouped-bar-no-form': { at: prop('GroupedBarChart', 'values'), details: {} },
  'series-too-many': { at: prop('GroupedBarChart', 'series'), details: { found: 'kind', max: 5, series: ['居民', '非居民', '其他1', '其他2', '其他3', '其他4'] } },
  'grouped-bar-row-repeated': { at: prop('GroupedBarChart', 'series'), details: { found: 'kind', duplicate: '供热能力·热电', label: false } },
  'stack-part-negative': { at: prop('GroupedBarChart', 'mode'), details: { found: 'stacked', part: '甲·居民', text: '-5元' } },
  'line-season-axis-not-date': { at: prop('LineChart', 'axis'), details: { found: 'season', column: 'year', type: 'integer' } },
  'line-time-repeated': { at: prop('LineChart', 'x'), details: { found: 'year', time: '2020年', series: '朔州' } },
  'calendar-days-not-days': { at: prop('SeasonCalendar', 'days'), details: { found: 'months', column: 'months', units: ['个月'] } },
  'calendar-end-before-start': { at: prop('SeasonCalendar', 'end'), details: { found: '2022-10-15', start: '2023-04-15', ...periods } },
  'calendar-across-seasons': { at: prop('SeasonCalendar', 'end'), details: { found: '2026-10-15', start: '2025-10-15', ...periods } },
  'calendar-season-invalid': { at: prop('SeasonCalendar', 'season'), details: { found: '2025年', ...periods, column: 'season' } },
  'calendar-season-mismatch': { at: prop('SeasonCalendar', 'season'), details: { found: '2024-2025', season: '2025-2026', date: '2025-10-15', ...periods, column: 'season' } },
  'multiples-chart-unknown': { at: prop('SmallMultiples', 'chart'), details: { found: 'PieChart', charts: ['BarChart', 'GroupedBarChart', 'LineChart'] } },
  'multiples-one-group': { at: prop('SmallMultiples', 'by'), details: { found: 'measure', group: 'rate', chart: 'BarChart' } },
  'multiples-too-many-groups': { at: prop('SmallMultiples', 'by'), details: { found: 'city', max: 12, groups: 15 } },
  'table-sort-not-shown': { at: prop('DataTable', 'sort'), details: { found: 'months', columns: ['city', 'residential'] } },
};

export const chartArea: Area<typeof chartMessages> = { title: '各类图表自己的属性', module: 'charts.ts', messages: chartMessages, examples: chartExamples };
