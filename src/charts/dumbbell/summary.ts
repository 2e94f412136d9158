import { t } from '../../i18n/index.ts';
import { changeText } from '../common/change.ts';
import type { DumbbellDatum, DumbbellOptions } from './spec.ts';

/** Each change in words, computed from the figures; for many items, the largest fall and rise. */
export function dumbbellSummary(data: readonly DumbbellDatum[], options: Pick<DumbbellOptions, 'unit' | 'beforeLabel' | 'afterLabel'>): string {
  const { unit, beforeLabel, afterLabel } = options;
  const both = data.filter((d) => d.before && d.after);
  const parts: string[] = [];
  const sentence = (d: DumbbellDatum) => `${d.label}：${beforeLabel}${d.before!.text}，${afterLabel}${d.after!.text}，${changeText(d.before!, d.after!, unit)}。`;
  if (both.length <= 3) {
    parts.push(...both.map(sentence));
  } else {
    const change = (d: DumbbellDatum) => d.after!.value - d.before!.value;
    const sorted = [...both].sort((a, b) => change(a) - change(b));
    const falls = sorted.filter((d) => change(d) < 0);
    const rises = sorted.filter((d) => change(d) > 0).reverse();
    const flat = both.length - falls.length - rises.length;
    parts.push(`这${both.length}项里，${falls.length}项降低，${rises.length}项提高${flat > 0 ? `，${flat}项没有变化` : ''}。`);
    if (falls.length > 0) parts.push(`降幅最大的是${falls[0]!.label}，${changeText(falls[0]!.before!, falls[0]!.after!, unit)}。`);
    if (rises.length > 0) parts.push(`升幅最大的是${rises[0]!.label}，${changeText(rises[0]!.before!, rises[0]!.after!, unit)}。`);
  }
  const missing = data.length - both.length;
  if (missing > 0) parts.push(`另有${missing}项${t('chart.noValue')}${beforeLabel}或${afterLabel}的数值，未计算变化。`);
  return parts.join('');
}
