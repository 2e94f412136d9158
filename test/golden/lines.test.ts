import { describe, it } from 'vitest';
import { directLabelsFit, lineSpec, type LineOptions, type LinePoint } from '../../src/charts/line/spec.ts';
import { layouts } from '../../src/charts/common/layout.ts';
import { drawSpec } from '../../src/charts/draw.ts';
import { addDays, seasonOf } from '../../src/charts/common/season-axis.ts';
import { formatDay, formatYear } from '../../src/format/date.ts';
import { formatValue } from '../../src/format/number.ts';
import { expectGolden } from '../support/golden.ts';

const year = (series: string, x: number, value: number | null, unit: string): LinePoint => ({
  series,
  x,
  xText: formatYear(x),
  value,
  text: value === null ? '报道未给出' : formatValue(value, unit),
  qualifier: null,
});
const day = (series: string, x: string, value: number | null, unit: string): LinePoint => ({
  series,
  x,
  xText: formatDay(x),
  value,
  text: value === null ? '报道未给出' : formatValue(value, unit),
  qualifier: null,
});

/** A season of readings every `every` days from `start`, the value following a smooth winter curve. */
function season(start: string, count: number, every: number, base: number, missing: number[] = []): LinePoint[] {
  return Array.from({ length: count }, (_, i) => {
    const x = addDays(start, i * every);
    const value = missing.includes(i) ? null : Math.round((base + 12 * Math.sin((Math.PI * i) / (count - 1))) * 10) / 10;
    return day(seasonOf(x), x, value, '摄氏度');
  });
}

const shapes: Record<string, [LinePoint[], LineOptions]> = {
  'lines-years-missing': [
    [year('', 2018, 5820, '万平方米'), year('', 2019, 5990.5, '万平方米'), year('', 2020, 6116.56, '万平方米'), year('', 2021, null, '万平方米'), year('', 2022, 6211.86, '万平方米')],
    { axis: 'year' },
  ],
  'lines-long-series': [
    [
      ...[2019, 2020, 2021, 2022].map((y, i) => year('华电内蒙古能源有限公司包头发电分公司', y, 180 + i * 2, '天')),
      ...[2019, 2020, 2021, 2022].map((y, i) => year('包头市热力集团', y, 181 + i, '天')),
      ...[2019, 2020, 2021, 2022].map((y, i) => year('朔州市中心城区', y, 170 + i * 3, '天')),
    ],
    { axis: 'year' },
  ],
  'lines-two-series': [
    [
      ...[2019, 2020, 2021, 2022].map((y, i) => year('包头市热力集团', y, 181 + i, '天')),
      ...[2019, 2020, 2021, 2022].map((y, i) => year('朔州市中心城区', y, i === 2 ? null : 170 + i * 3, '天')),
    ],
    { axis: 'year' },
  ],
  'lines-one-point': [[year('', 2022, 301, '天')], { axis: 'year' }],
  'lines-negative-zero': [
    [day('', '2025-01-05', -12.5, '摄氏度'), day('', '2025-01-12', -3, '摄氏度'), day('', '2025-01-19', 0, '摄氏度'), day('', '2025-01-26', 4.5, '摄氏度'), day('', '2025-02-02', -1, '摄氏度')],
    { axis: 'time', annotations: [{ y: 0, label: '冰点' }] },
  ],
  'lines-season-overlay': [
    [...season('2022-09-28', 15, 14, -2, [6]), ...season('2024-11-13', 11, 14, 0), ...season('2025-10-15', 14, 14, 1)],
    { axis: 'season', annotations: [{ x: '2025-11-15', label: '正式供热' }] },
  ],
  'lines-season-single': [season('2025-10-15', 14, 14, 1, [3, 4]), { axis: 'season' }],
};

describe('lineSpec golden SVGs', () => {
  for (const [name, [data, options]] of Object.entries(shapes)) {
    for (const layout of layouts) {
      it(`${name} (${layout.name})`, () => {
        // As the figure decides: names at the lines' ends only if they fit in every layout.
        const labels = layouts.every((l) => directLabelsFit(data, l, options)) ? 'direct' : 'legend';
        expectGolden(`${name}-${layout.name}`, drawSpec(lineSpec(data, layout, { ...options, labels }), { label: name }));
      });
    }
  }
});
