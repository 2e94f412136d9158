import { t } from '../../i18n/index.ts';
import { sortBars, type BarDatum } from './spec.ts';

/** A sentence or two a screen reader (and everyone else) can read instead of the chart. */
export function barSummary(data: readonly BarDatum[], measure: string): string {
  const present = data.filter((d) => d.value !== null);
  const missing = data.length - present.length;
  const parts: string[] = [];
  if (present.length === 1) {
    parts.push(`${present[0]!.label}的${measure}为${present[0]!.text}。`);
  } else if (present.length > 1) {
    const sorted = sortBars(present, 'descending');
    const top = sorted[0]!;
    const bottom = sorted.at(-1)!;
    if (top.value === bottom.value) parts.push(`${present.map((d) => d.label).join('、')}的${measure}都是${top.text}。`);
    else if (present.length === 2) parts.push(`${top.label}的${measure}为${top.text}，高于${bottom.label}的${bottom.text}。`);
    else parts.push(`${measure}${top.label}最高，为${top.text}；${bottom.label}最低，为${bottom.text}；其余${present.length - 2}项在两者之间。`);
  }
  if (missing > 0) parts.push(`另有${missing}项${t('chart.noValue')}数值。`);
  return parts.join('');
}
