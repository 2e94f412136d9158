import { t } from '../../i18n/index.ts';
import { changeText } from '../common/change.ts';
import { seriesNames, sortPoints, type LineAxis, type LinePoint } from './spec.ts';

/**
 * A change between two figures, in the figures' unit, bounded as their qualifiers allow (src/charts/common/change.ts):
 * 增加5天, 减少约2.5万平方米, 增加3个百分点, 至少减少15微克/立方米 (to a level of “10以内”).
 */
function lineChange(first: LinePoint, last: LinePoint, unit: string): string {
  return changeText({ value: first.value!, qualifier: first.qualifier }, { value: last.value!, qualifier: last.qualifier }, unit, { down: '减少', up: '增加' });
}

/** The chart in words: for each line its first and last value and the change, its highest and lowest. */
export function lineSummary(data: readonly LinePoint[], options: { axis: LineAxis; measure: string; unit: string }): string {
  const points = sortPoints(data, options.axis);
  const parts: string[] = [];
  for (const series of seriesNames(points)) {
    const mine = points.filter((p) => p.series === series);
    const present = mine.filter((p) => p.value !== null);
    const name = series ? `${series}：` : '';
    if (present.length === 0) {
      parts.push(`${name}${options.measure}${t('chart.noValue')}数值。`);
      continue;
    }
    if (present.length === 1) {
      parts.push(`${name}只有一个数值，${present[0]!.xText}${options.measure}为${present[0]!.text}。`);
    } else {
      const first = present[0]!;
      const last = present.at(-1)!;
      const max = present.reduce((a, b) => (b.value! > a.value! ? b : a));
      const min = present.reduce((a, b) => (b.value! < a.value! ? b : a));
      parts.push(
        `${name}${options.measure}从${first.xText}的${first.text}到${last.xText}的${last.text}，${lineChange(first, last, options.unit)}；` +
          `最高为${max.xText}的${max.text}，最低为${min.xText}的${min.text}。`,
      );
    }
    const missing = mine.length - present.length;
    if (missing > 0) parts.push(`${series ? `${series}另有` : '另有'}${missing}个时间点${t('chart.noValue')}数值，线在此断开。`);
  }
  return parts.join('');
}
