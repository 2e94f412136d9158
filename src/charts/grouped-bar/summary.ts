import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import type { BarGroup } from './spec.ts';
import type { StackedGroup } from './stacked-spec.ts';

/** Per series, which category is highest and lowest; a single category is read out series by series. */
export function groupedBarSummary(groups: readonly BarGroup[]): string {
  const series = [...new Set(groups.flatMap((g) => g.parts.map((p) => p.series)))];
  const parts: string[] = [];
  if (groups.length === 1) {
    const known = groups[0]!.parts.filter((p) => p.value !== null);
    const values = known.map((p) => fill(t('summary.grouped.part'), { series: p.series, value: p.text }));
    if (known.length > 0) parts.push(fill(t('summary.grouped.one'), { label: groups[0]!.label, parts: values.join(t('summary.partSeparator')) }));
  } else {
    for (const name of series) {
      const known = groups.flatMap((g) => g.parts.filter((p) => p.series === name && p.value !== null).map((p) => ({ label: g.label, ...p })));
      if (known.length === 1) parts.push(fill(t('summary.grouped.onlyOne'), { series: name, label: known[0]!.label, value: known[0]!.text }));
      if (known.length < 2) continue;
      const sorted = [...known].sort((a, b) => b.value! - a.value!);
      const top = sorted[0]!;
      const bottom = sorted.at(-1)!;
      parts.push(fill(t('summary.grouped.range'), { series: name, top: top.label, topValue: top.text, bottom: bottom.label, bottomValue: bottom.text }));
    }
  }
  const missing = groups.flatMap((g) => g.parts.filter((p) => p.value === null).map((p) => fill(t('summary.grouped.missingItem'), { label: g.label, series: p.series })));
  if (missing.length > 3) parts.push(fill(t('summary.grouped.missingMany'), { count: String(missing.length) }));
  else if (missing.length > 0) parts.push(fill(t('summary.grouped.missing'), { items: missing.join(t('summary.listSeparator')) }));
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
      .map((p) =>
        group.total!.value > 0
          ? fill(t('summary.stacked.partShare'), { series: p.series, value: p.text, percent: String(Math.round((p.value! / group.total!.value) * 100)) })
          : fill(t('summary.stacked.part'), { series: p.series, value: p.text }),
      );
    parts.push(fill(t('summary.stacked.one'), { label: group.label, total: group.total!.text, parts: shares.join(t('summary.partSeparator')) }));
  } else if (known.length > 1) {
    const sorted = [...known].sort((a, b) => b.total!.value - a.total!.value);
    const top = sorted[0]!;
    const bottom = sorted.at(-1)!;
    parts.push(fill(t('summary.stacked.range'), { top: top.label, topValue: top.total!.text, bottom: bottom.label, bottomValue: bottom.total!.text }));
  }
  const missing = groups.flatMap((g) => g.parts.filter((p) => p.value === null).map((p) => fill(t('summary.stacked.missingItem'), { label: g.label, series: p.series })));
  if (missing.length > 3) parts.push(fill(t('summary.stacked.missingMany'), { count: String(missing.length) }));
  else if (missing.length > 0) parts.push(fill(t('summary.stacked.missing'), { items: missing.join(t('summary.listSeparator')) }));
  return parts.join('');
}
