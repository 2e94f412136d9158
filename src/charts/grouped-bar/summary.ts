import { t } from '../../i18n/index.ts';
import type { BarGroup } from './spec.ts';
import type { StackedGroup } from './stacked-spec.ts';

/** Per series, which category is highest and lowest; a single category is read out series by series. */
export function groupedBarSummary(groups: readonly BarGroup[]): string {
  const series = [...new Set(groups.flatMap((g) => g.parts.map((p) => p.series)))];
  const parts: string[] = [];
  if (groups.length === 1) {
    const known = groups[0]!.parts.filter((p) => p.value !== null);
    if (known.length > 0) parts.push(`${groups[0]!.label}：${known.map((p) => `${p.series}为${p.text}`).join('，')}。`);
  } else {
    for (const name of series) {
      const known = groups.flatMap((g) => g.parts.filter((p) => p.series === name && p.value !== null).map((p) => ({ label: g.label, ...p })));
      if (known.length === 1) parts.push(`${name}只有${known[0]!.label}有数值，为${known[0]!.text}。`);
      if (known.length < 2) continue;
      const sorted = [...known].sort((a, b) => b.value! - a.value!);
      const top = sorted[0]!;
      const bottom = sorted.at(-1)!;
      parts.push(`${name}：${top.label}最高，为${top.text}；${bottom.label}最低，为${bottom.text}。`);
    }
  }
  const missing = groups.flatMap((g) => g.parts.filter((p) => p.value === null).map((p) => `${g.label}的${p.series}`));
  if (missing.length > 3) parts.push(`另有${missing.length}项${t('chart.noValue')}数值。`);
  else if (missing.length > 0) parts.push(`${missing.join('、')}${t('chart.noValue')}。`);
  return parts.join('');
}

/** The totals in words: one category's parts and shares, or the largest and smallest of several totals. */
export function stackedBarSummary(groups: readonly StackedGroup[]): string {
  const known = groups.filter((g) => g.total !== null);
  const parts: string[] = [];
  if (known.length === 1) {
    const group = known[0]!;
    const shares = group.parts
      .filter((p) => p.value !== null)
      .map((p) => `${p.series}${p.text}${group.total!.value > 0 ? `（占${Math.round((p.value! / group.total!.value) * 100)}%）` : ''}`);
    parts.push(`${group.label}合计${group.total!.text}，其中${shares.join('，')}。`);
  } else if (known.length > 1) {
    const sorted = [...known].sort((a, b) => b.total!.value - a.total!.value);
    parts.push(`合计${sorted[0]!.label}最高，为${sorted[0]!.total!.text}；${sorted.at(-1)!.label}最低，为${sorted.at(-1)!.total!.text}。`);
  }
  const missing = groups.flatMap((g) => g.parts.filter((p) => p.value === null).map((p) => `${g.label}中${p.series}`));
  if (missing.length > 3) parts.push(`另有${missing.length}项${t('chart.noValue')}数值，未计入合计。`);
  else if (missing.length > 0) parts.push(`${missing.join('、')}的数值${t('chart.noValue')}，未计入合计。`);
  return parts.join('');
}
