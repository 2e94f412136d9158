import { testSource } from '../support/chart-context.ts';
import { draw } from '../../src/charts/draw.ts';
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/data/site.ts';
import { lineFigure, type LineChartProps } from '../../src/charts/line/figure.ts';
import { buildDataset } from '../../src/data/dataset.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Source } from '../../src/schemas/source.ts';
import { expectPropError, propMistake } from '../support/editor-errors.ts';

const meta = (columns: string) => `title: 测试时间序列
description: 用于测试折线图的数据。
subject: operations
places: [baotou]
period: 2020-2026
sources: [src-a]
updated: 2026-11-23
columns:
${columns}`;

const build = (id: string, csvText: string, columns: string) =>
  buildDataset({ id, files: { csv: `content/data/${id}.csv`, meta: `content/data/${id}.yaml` }, csvText, metaText: meta(columns) }, { placeIds: new Set(['baotou']), sourceIds: new Set(['src-a']) });

const area = build(
  'area',
  'year,area,area_qualifier,share,note\n2020,6116.56,,40,甲\n2021,,,45,乙\n2022,6211.86,approx,50.5,丙\n',
  `  - { name: year, type: integer, label: 年份 }
  - { name: area, type: number, label: 供热面积, unit: 万平方米, qualifier: area_qualifier, optional: true }
  - { name: area_qualifier, type: qualifier, label: 限定 }
  - { name: share, type: percent, label: 覆盖率 }
  - { name: note, type: string, label: 说明 }
`,
);
const temps = build(
  'temps',
  'day,station,temp\n2024-11-15,城区,2\n2024-12-15,城区,-6\n2025-01-15,城区,-9\n2025-11-15,城区,3\n2025-12-15,城区,\n2026-01-15,城区,-8\n2025-11-20,郊区,1\n',
  `  - { name: day, type: date, label: 日期 }
  - { name: station, type: string, label: 站点, optional: true }
  - { name: temp, type: number, label: 室外气温, unit: 摄氏度, optional: true }
`,
);
const mixed = build(
  'mixed',
  'year,value,unit\n2020,5,个\n2021,6,件\n',
  `  - { name: year, type: integer, label: 年份 }
  - { name: value, type: number, label: 数量, unitColumn: unit }
  - { name: unit, type: string, label: 单位 }
`,
);
const gaps = build(
  'gaps',
  'year,value\n2020,5\n,6\n',
  `  - { name: year, type: integer, label: 年份, optional: true }
  - { name: value, type: number, label: 数量, unit: 个 }
`,
);
const twice = build(
  'twice',
  'year,value\n2020,5\n2020,6\n',
  `  - { name: year, type: integer, label: 年份 }
  - { name: value, type: number, label: 数量, unit: 个 }
`,
);

const long = build(
  'long',
  'year,company,days\n2021,华电内蒙古能源有限公司包头发电分公司,186\n2022,华电内蒙古能源有限公司包头发电分公司,188\n2021,神头二电厂（国能和大唐两家）供热区域,180\n2022,神头二电厂（国能和大唐两家）供热区域,182\n',
  `  - { name: year, type: integer, label: 年份 }
  - { name: company, type: string, label: 供热单位 }
  - { name: days, type: integer, label: 供热天数, unit: 天 }
`,
);

const context: SiteContent = {
  datasets: new Map([area, temps, mixed, gaps, twice, long].map((d) => [d.id, d])),
  places: new Map<string, Place>(),
  sources: new Map<string, Source>([['src-a', testSource({ publication: '包头日报' })]]),
};
const at = 'content/stories/x.mdx:7:1';
const figure = (props: Partial<LineChartProps>) => lineFigure({ dataset: 'area', x: 'year', y: 'area', __source: at, ...props } as LineChartProps, context);
const error = (props: Partial<LineChartProps>) => () => figure(props);

describe('lineFigure', () => {
  it('draws a year axis with a gap for the missing year and says so in the summary', () => {
    const f = figure({});
    expect(f.kind).toBe('line');
    expect(f.unit).toBe('万平方米');
    expect(f.summary).toBe('供热面积从2020年的6116.56万平方米到2022年的约6211.86万平方米，增加约95.3万平方米；最高为2022年的约6211.86万平方米，最低为2020年的6116.56万平方米。另有1个时间点报道未给出数值，线在此断开。');
    expect(f.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['2020年', '6116.56万平方米'],
      ['2021年', '报道未给出'],
      ['2022年', '约6211.86万平方米'],
    ]);
    expect(f.table.rows[0]!.map((cell) => cell.value)).toEqual([2020, 6116.56]);
    expect(f.seriesBy).toBeUndefined();
    expect(f.legend).toBeUndefined();
    const svg = draw(f).panels[0]!.drawings[0]!.svg;
    // Every point carries its tooltip, in reading order; the missing one says so.
    expect([...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])).toEqual(['2020年\n6116.56万平方米', '2021年\n报道未给出', '2022年\n约6211.86万平方米']);
    // Years are written without grouping.
    expect(svg).toContain('>2020<');
    expect(svg).not.toContain('2,020');
    // The line breaks at the gap: two separate pieces, no point drawn at zero.
    const line = /stroke-linejoin="round"[^>]*><path d="([^"]*)"/.exec(svg)![1]!;
    expect(line.match(/M/g)).toHaveLength(2);
    expect(line).not.toContain('NaN');
  });

  it('says a change in percent in percentage points', () => {
    expect(figure({ y: 'share' }).summary).toBe('覆盖率从2020年的40%到2022年的50.5%，增加10.5个百分点；最高为2022年的50.5%，最低为2020年的40%。');
  });

  it('draws one line per season on the season axis, named at their ends, told apart by stroke', () => {
    const f = figure({ dataset: 'temps', x: 'day', y: 'temp', axis: 'season' });
    expect(f.seriesBy).toBe('stroke');
    expect(f.legend).toBeUndefined();
    expect(f.summary).toBe(
      '2024-2025：室外气温从2024年11月15日的2摄氏度到2025年1月15日的-9摄氏度，减少11摄氏度；最高为2024年11月15日的2摄氏度，最低为2025年1月15日的-9摄氏度。' +
        '2025-2026：室外气温从2025年11月15日的3摄氏度到2026年1月15日的-8摄氏度，减少11摄氏度；最高为2025年11月15日的3摄氏度，最低为2026年1月15日的-8摄氏度。2025-2026另有1个时间点报道未给出数值，线在此断开。',
    );
    expect(f.table.columns.map((c) => c.label)).toEqual(['采暖季', '日期', '室外气温']);
    const svg = draw(f).panels[0]!.drawings[1]!.svg;
    expect(svg).toContain('>次年<');
    expect(svg).toContain('>2025-2026<');
    expect(svg).toContain('<title>2024-2025，2024年11月15日\n2摄氏度</title>');
  });

  it('combines the series column with the season on the season axis', () => {
    const f = figure({ dataset: 'temps', x: 'day', y: 'temp', series: 'station', axis: 'season' });
    expect([...new Set(f.table.rows.map((row) => row[0]!.text))]).toEqual(['城区 2024-2025', '城区 2025-2026', '郊区 2025-2026']);
    expect(f.table.columns[0]!.label).toBe('站点、采暖季');
  });

  it("lists the series on a legend, with the markers' shapes, when their names do not fit at the lines' ends", () => {
    const f = figure({ dataset: 'long', x: 'year', y: 'days', series: 'company' });
    expect(f.legend).toEqual([
      { label: '华电内蒙古能源有限公司包头发电分公司', color: 'var(--chart-series-1)', shape: 'dot', symbol: 'circle' },
      { label: '神头二电厂（国能和大唐两家）供热区域', color: 'var(--chart-series-2)', shape: 'dot', symbol: 'square' },
    ]);
    for (const { svg } of draw(f).panels[0]!.drawings) expect(svg).not.toMatch(/<(text|tspan)[^>]*>华电/);
  });

  it('fails on an unknown dataset', () => {
    expectPropError(error({ dataset: 'areas' }), at, 'LineChart', propMistake('dataset-unknown', 'dataset', { found: 'areas', known: ['area', 'gaps', 'long', 'mixed', 'temps', 'twice'] }));
  });

  it('fails on an x column that does not exist, listing the date and year columns', () => {
    expectPropError(error({ x: 'years' }), at, 'LineChart', propMistake('column-unknown', 'x', { found: 'years', dataset: 'area', columns: [{ name: 'year', label: '年份' }], wanted: 'time', meta: 'content/data/area.yaml' }));
  });

  it('fails on a text column as x', () => {
    expectPropError(error({ x: 'note' }), at, 'LineChart', propMistake('column-wrong-type', 'x', { found: 'note', type: 'string', wanted: 'time', alternatives: [{ name: 'year', label: '年份' }] }));
  });

  it('fails on a text column as y', () => {
    expectPropError(error({ y: 'note' }), at, 'LineChart', propMistake('column-wrong-type', 'y', { found: 'note', type: 'string', wanted: 'numeric', alternatives: [{ name: 'year', label: '年份' }, { name: 'area', label: '供热面积' }, { name: 'share', label: '覆盖率' }] }));
  });

  it('fails on a series column that does not exist', () => {
    expectPropError(error({ series: 'place' }), at, 'LineChart', propMistake('column-unknown', 'series', { found: 'place', dataset: 'area', columns: [{ name: 'note', label: '说明' }], wanted: 'label', meta: 'content/data/area.yaml' }));
  });

  it('fails on an axis it does not know', () => {
    expectPropError(error({ axis: 'seasons' as 'season' }), at, 'LineChart', propMistake('prop-choice-invalid', 'axis', { found: 'seasons', prop: 'axis', choices: ['time', 'season'], fallback: 'time' }));
  });

  it('fails on the season axis over a year column', () => {
    expectPropError(error({ axis: 'season' }), at, 'LineChart', propMistake('line-season-axis-not-date', 'axis', { found: 'season', column: 'year', type: 'integer' }));
  });

  it('fails on a row without a time', () => {
    expectPropError(error({ dataset: 'gaps', y: 'value' }), at, 'LineChart', propMistake('prop-column-not-filled', 'x', { found: 'year', row: 2, csv: 'content/data/gaps.csv' }));
  });

  it('fails on two values at one time on one line', () => {
    expectPropError(error({ dataset: 'twice', y: 'value' }), at, 'LineChart', propMistake('line-time-repeated', 'x', { found: 'year', time: '2020年' }));
  });

  it('fails on values in different units', () => {
    expectPropError(error({ dataset: 'mixed', y: 'value' }), at, 'LineChart', propMistake('prop-column-units-differ', 'y', { found: 'value', units: ['个', '件'] }));
  });

  it('fails on an annotation placed by date on a year axis', () => {
    expectPropError(error({ annotations: [{ x: '2021-01-01', label: '新政' }] }), at, 'LineChart', propMistake('annotation-off-axis', 'annotations[0].x', { found: '2021-01-01', axis: 'year' }));
  });

  it('fails on an annotation placed by year on a date axis', () => {
    expectPropError(error({ dataset: 'temps', x: 'day', y: 'temp', annotations: [{ x: 2025, label: '新政' }] }), at, 'LineChart', propMistake('annotation-off-axis', 'annotations[0].x', { found: '2025', axis: 'day' }));
  });

  it('fails on an annotation placed by a category on the value axis', () => {
    expectPropError(error({ annotations: [{ y: '很多', label: '目标' }] }), at, 'LineChart', propMistake('annotation-off-axis', 'annotations[0].y', { found: '很多', axis: 'value' }));
  });
});
