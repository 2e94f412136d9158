import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import { progressShare, shareText, type ProgressDatum, type ProgressOptions } from './spec.ts';

/** Each item's progress in words; for many items, the highest and lowest share; and what exceeds its plan. */
export function progressSummary(data: readonly ProgressDatum[], options: Pick<ProgressOptions, 'plannedLabel' | 'doneLabel'>): string {
  const { plannedLabel, doneLabel } = options;
  const complete = data.filter((d) => progressShare(d) !== null);
  const parts: string[] = [];
  // Every item here has both figures and a plan above zero, so it has a share.
  const sentence = (d: ProgressDatum) =>
    fill(t(progressShare(d)! > 100 ? 'summary.progress.oneOver' : 'summary.progress.one'), {
      label: d.label,
      doneLabel,
      done: d.done!.text,
      plannedLabel,
      planned: d.planned!.text,
      share: shareText(d)!,
    });
  if (complete.length <= 3) {
    parts.push(...complete.map(sentence));
  } else {
    const sorted = [...complete].sort((a, b) => progressShare(b)! - progressShare(a)!);
    const top = sorted[0]!;
    const bottom = sorted.at(-1)!;
    parts.push(fill(t('summary.progress.range'), { top: top.label, topShare: shareText(top)!, bottom: bottom.label, bottomShare: shareText(bottom)! }));
    const over = sorted.filter((d) => progressShare(d)! > 100);
    if (over.length > 0) parts.push(fill(t('summary.progress.over'), { labels: over.map((d) => d.label).join(t('summary.listSeparator')), plannedLabel }));
  }
  for (const d of data.filter((d) => d.planned?.value === 0 && d.done)) {
    parts.push(fill(t('summary.progress.nothingPlanned'), { label: d.label, plannedLabel, planned: d.planned!.text, doneLabel, done: d.done!.text }));
  }
  const missing = data.filter((d) => !d.planned || !d.done).length;
  if (missing > 0) parts.push(fill(t('summary.progress.missing'), { count: String(missing), plannedLabel, doneLabel }));
  return parts.join('');
}
