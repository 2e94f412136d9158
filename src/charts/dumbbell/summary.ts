import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import { changeText } from '../common/change.ts';
import type { DumbbellDatum, DumbbellOptions } from './spec.ts';

/** Each change in words, computed from the figures; for many items, the largest fall and rise. */
export function dumbbellSummary(data: readonly DumbbellDatum[], options: Pick<DumbbellOptions, 'unit' | 'beforeLabel' | 'afterLabel'>): string {
  const { unit, beforeLabel, afterLabel } = options;
  const both = data.filter((d) => d.before && d.after);
  const parts: string[] = [];
  const changeOf = (d: DumbbellDatum) => changeText(d.before!, d.after!, unit);
  const sentence = (d: DumbbellDatum) => fill(t('summary.dumbbell.one'), { label: d.label, beforeLabel, before: d.before!.text, afterLabel, after: d.after!.text, change: changeOf(d) });
  if (both.length <= 3) {
    parts.push(...both.map(sentence));
  } else {
    const change = (d: DumbbellDatum) => d.after!.value - d.before!.value;
    const sorted = [...both].sort((a, b) => change(a) - change(b));
    const falls = sorted.filter((d) => change(d) < 0);
    const rises = sorted.filter((d) => change(d) > 0).reverse();
    const flat = both.length - falls.length - rises.length;
    const counts = { count: String(both.length), falls: String(falls.length), rises: String(rises.length), flat: String(flat) };
    parts.push(fill(t(flat > 0 ? 'summary.dumbbell.countsFlat' : 'summary.dumbbell.counts'), counts));
    if (falls.length > 0) parts.push(fill(t('summary.dumbbell.largestFall'), { label: falls[0]!.label, change: changeOf(falls[0]!) }));
    if (rises.length > 0) parts.push(fill(t('summary.dumbbell.largestRise'), { label: rises[0]!.label, change: changeOf(rises[0]!) }));
  }
  const missing = data.length - both.length;
  if (missing > 0) parts.push(fill(t('summary.dumbbell.missing'), { count: String(missing), beforeLabel, afterLabel }));
  return parts.join('');
}
