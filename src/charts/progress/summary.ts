import { t } from '../../i18n/index.ts';
import { progressShare, shareText, type ProgressDatum, type ProgressOptions } from './spec.ts';

/** Each item's progress in words; for many items, the highest and lowest share; and what exceeds its plan. */
export function progressSummary(data: readonly ProgressDatum[], options: Pick<ProgressOptions, 'plannedLabel' | 'doneLabel'>): string {
  const { plannedLabel, doneLabel } = options;
  const complete = data.filter((d) => progressShare(d) !== null);
  const parts: string[] = [];
  const sentence = (d: ProgressDatum) =>
    `${d.label}${doneLabel}${d.done!.text}，为${plannedLabel}${d.planned!.text}的${shareText(d)}${progressShare(d)! > 100 ? `，超过了${plannedLabel}` : ''}。`;
  if (complete.length <= 3) {
    parts.push(...complete.map(sentence));
  } else {
    const sorted = [...complete].sort((a, b) => progressShare(b)! - progressShare(a)!);
    parts.push(`${sorted[0]!.label}完成比例最高，为${shareText(sorted[0]!)}；${sorted.at(-1)!.label}最低，为${shareText(sorted.at(-1)!)}。`);
    const over = sorted.filter((d) => progressShare(d)! > 100);
    if (over.length > 0) parts.push(`${over.map((d) => d.label).join('、')}超过了${plannedLabel}。`);
  }
  for (const d of data.filter((d) => d.planned?.value === 0 && d.done)) parts.push(`${d.label}${plannedLabel}为${d.planned!.text}，${doneLabel}${d.done!.text}。`);
  const missing = data.filter((d) => !d.planned || !d.done).length;
  if (missing > 0) parts.push(`另有${missing}项${t('chart.noValue')}${plannedLabel}或${doneLabel}的数值，未计算比例。`);
  return parts.join('');
}
