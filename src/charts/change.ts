import { formatValue } from '../format/number.ts';
import type { Qualifier } from '../schemas/dataset-meta.ts';
import type { PairedFigure } from './paired-items.ts';

/** What the qualifiers let us say of after − before: exactly, about, no more than, or no less than. */
type Bound = 'exact' | 'approx' | 'atMost' | 'atLeast';

// 近 and 以内 cap a figure from above, 余 and 以上 from below. An upper cap on the later figure caps the
// change; on the earlier figure it floors the change.
const caps: Record<Qualifier, Bound> = { approx: 'approx', nearly: 'atMost', max: 'atMost', over: 'atLeast', min: 'atLeast' };
const flip: Record<Bound, Bound> = { exact: 'exact', approx: 'approx', atMost: 'atLeast', atLeast: 'atMost' };

/** What a change needs of a figure: its value and qualifier. */
type Figure = Pick<PairedFigure, 'value' | 'qualifier'>;

function bound(before: Figure, after: Figure): Bound {
  const bounds = new Set<Bound>([after.qualifier ? caps[after.qualifier] : 'exact', before.qualifier ? flip[caps[before.qualifier]] : 'exact']);
  bounds.delete('exact');
  if (bounds.size === 0) return 'exact';
  return bounds.size === 1 ? [...bounds][0]! : 'approx';
}

/**
 * The change from before to after in words, with its unit: 降低了15微克/立方米, 至少降低了50摄氏度 (after
 * is “50以内”), 提高了5个百分点 (a change of percentages is in points). Computed, never typed.
 */
export function changeText(before: Figure, after: Figure, unit: string, verbs: { down: string; up: string } = { down: '降低了', up: '提高了' }): string {
  // Rounded to the figures' own decimals, so 0.1 + 0.2 never shows as 0.30000000000000004.
  const decimals = Math.max(...[before.value, after.value].map((v) => (String(v).split('.')[1] ?? '').length));
  const difference = Number((after.value - before.value).toFixed(decimals));
  const amount = formatValue(Math.abs(difference), unit === '%' ? '个百分点' : unit);
  const how = bound(before, after);
  if (difference === 0) return { exact: '没有变化', approx: '大致持平', atMost: '没有提高', atLeast: '没有降低' }[how];
  const verb = difference < 0 ? verbs.down : verbs.up;
  // A cap on the change in its own direction makes it a minimum (至少), against it a maximum (最多).
  const toward = difference < 0 ? 'atMost' : 'atLeast';
  if (how === 'exact') return `${verb}${amount}`;
  if (how === 'approx') return `${verb}约${amount}`;
  return `${how === toward ? '至少' : '最多'}${verb}${amount}`;
}
