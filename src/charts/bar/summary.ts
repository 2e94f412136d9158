import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import { sortBars, type BarDatum } from './spec.ts';

/** A sentence or two a screen reader (and everyone else) can read instead of the chart. */
export function barSummary(data: readonly BarDatum[], measure: string): string {
  const present = data.filter((d) => d.value !== null);
  const missing = data.length - present.length;
  const parts: string[] = [];
  if (present.length === 1) {
    parts.push(fill(t('summary.bar.one'), { label: present[0]!.label, measure, value: present[0]!.text }));
  } else if (present.length > 1) {
    const sorted = sortBars(present, 'descending');
    const top = sorted[0]!;
    const bottom = sorted.at(-1)!;
    const ends = { measure, top: top.label, topValue: top.text, bottom: bottom.label, bottomValue: bottom.text };
    if (top.value === bottom.value) parts.push(fill(t('summary.bar.same'), { labels: present.map((d) => d.label).join(t('summary.listSeparator')), measure, value: top.text }));
    else if (present.length === 2) parts.push(fill(t('summary.bar.two'), ends));
    else parts.push(fill(t('summary.bar.range'), { ...ends, others: String(present.length - 2) }));
  }
  if (missing > 0) parts.push(fill(t('summary.bar.missing'), { count: String(missing) }));
  return parts.join('');
}
