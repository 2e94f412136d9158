import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import { changeText } from '../common/change.ts';
import { seriesNames, sortPoints, type LineAxis, type LinePoint } from './spec.ts';

/**
 * A change between two figures, in the figures' unit, bounded as their qualifiers allow (src/charts/common/change.ts):
 * 增加5天, 减少约2.5万平方米, 增加3个百分点, 至少减少15微克/立方米 (to a level of “10以内”).
 */
function lineChange(first: LinePoint, last: LinePoint, unit: string): string {
  return changeText({ value: first.value!, qualifier: first.qualifier }, { value: last.value!, qualifier: last.qualifier }, unit, { down: t('summary.line.down'), up: t('summary.line.up') });
}

/** The chart in words: for each line its first and last value and the change, its highest and lowest. */
export function lineSummary(data: readonly LinePoint[], options: { axis: LineAxis; measure: string; unit: string }): string {
  const { measure } = options;
  const points = sortPoints(data, options.axis);
  const parts: string[] = [];
  for (const series of seriesNames(points)) {
    const mine = points.filter((p) => p.series === series);
    const present = mine.filter((p) => p.value !== null);
    const name = series ? fill(t('summary.line.series'), { series }) : '';
    if (present.length === 0) {
      parts.push(fill(t('summary.line.none'), { name, measure }));
      continue;
    }
    if (present.length === 1) {
      parts.push(fill(t('summary.line.one'), { name, time: present[0]!.xText, measure, value: present[0]!.text }));
    } else {
      const first = present[0]!;
      const last = present.at(-1)!;
      const max = present.reduce((a, b) => (b.value! > a.value! ? b : a));
      const min = present.reduce((a, b) => (b.value! < a.value! ? b : a));
      parts.push(
        fill(t('summary.line.change'), {
          name,
          measure,
          firstTime: first.xText,
          first: first.text,
          lastTime: last.xText,
          last: last.text,
          change: lineChange(first, last, options.unit),
          maxTime: max.xText,
          max: max.text,
          minTime: min.xText,
          min: min.text,
        }),
      );
    }
    const missing = mine.length - present.length;
    // `series` is '' for a chart with a single line: the sentence then starts with 另有.
    if (missing > 0) parts.push(fill(t('summary.line.gaps'), { series, count: String(missing) }));
  }
  return parts.join('');
}
