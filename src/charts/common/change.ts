import { formatValue } from '../../format/number.ts';
import { decimalsOf } from '../../format/number.ts';
import { add, intervalOf, scale, type Interval } from '../../data/interval.ts';
import { roundToSupport } from '../../data/precision.ts';
import { fill } from '../../i18n/fill.ts';
import { t } from '../../i18n/index.ts';
import type { PairedFigure } from './paired-items.ts';

/** What the qualifiers let us say of after − before: exactly, about, no more than, or no less than. */
type Bound = 'exact' | 'approx' | 'atMost' | 'atLeast' | 'unknown';

/** What a change needs of a figure: its value and qualifier. */
type Figure = Pick<PairedFigure, 'value' | 'qualifier'>;

/**
 * Read from the interval the two figures allow (src/data/interval.ts), the same reading the checks and computed
 * figures use: an open end makes the change a bound; finite ends from a qualified figure make it approximate.
 */
function bound(possible: Interval, before: Figure, after: Figure): Bound {
  const open = { lo: !Number.isFinite(possible.lo), hi: !Number.isFinite(possible.hi) };
  if (open.lo && open.hi) return 'unknown';
  if (open.lo) return 'atMost';
  if (open.hi) return 'atLeast';
  return before.qualifier === null && after.qualifier === null ? 'exact' : 'approx';
}

/**
 * The change from before to after in words, with its unit: 降低了15微克/立方米, 至少降低了50摄氏度 (after
 * is “50以内”), 提高了5个百分点 (a change of percentages is in points). Computed, never typed.
 */
export function changeText(before: Figure, after: Figure, unit: string, verbs: { down: string; up: string } = { down: t('change.down'), up: t('change.up') }): string {
  // Rounded to the figures' own decimals, so 0.1 + 0.2 never shows as 0.30000000000000004.
  const decimals = Math.max(decimalsOf(before.value), decimalsOf(after.value));
  const possible = add(intervalOf(after), scale(intervalOf(before), -1));
  const how = bound(possible, before, after);
  if (how === 'unknown') return t('change.unknown');
  // An approximate change is no more precise than its figures allow (src/data/precision.ts).
  const difference = how === 'approx' ? roundToSupport(after.value - before.value, possible, 10 ** -decimals) : Number((after.value - before.value).toFixed(decimals));
  const amount = formatValue(Math.abs(difference), unit === '%' ? t('change.points') : unit);
  if (difference === 0) return t(({ exact: 'change.none', approx: 'change.aboutFlat', atMost: 'change.noRise', atLeast: 'change.noFall' } as const)[how]);
  const verb = difference < 0 ? verbs.down : verbs.up;
  // A cap on the change in its own direction makes it a minimum (至少), against it a maximum (最多).
  const toward = difference < 0 ? 'atMost' : 'atLeast';
  if (how === 'exact') return fill(t('change.exact'), { verb, amount });
  if (how === 'approx') return fill(t('change.approx'), { verb, amount });
  return fill(t(how === toward ? 'change.atLeast' : 'change.atMost'), { verb, amount });
}
