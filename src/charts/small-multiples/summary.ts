import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';

/** Small multiples in words: each panel's own summary, after its group's name. */
export function smallMultiplesSummary(panels: readonly { group: string; figure: { summary: string } }[]): string {
  return panels.map(({ group, figure }) => fill(t('summary.multiples.panel'), { group, summary: figure.summary })).join('');
}
