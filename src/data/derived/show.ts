import { formatValue } from '../../format/number.ts';
import type { Quantity } from '../quantity.ts';

/** A figure inside a calculation: 1394.97万平方米, 近6个月. */
export function show(q: Quantity): string {
  return formatValue(q.value, q.unit, q.qualifier);
}

/** A named figure inside a calculation: 集中供热实供面积 1394.97万平方米. */
export function term(name: string, q: Quantity): string {
  return `${name} ${show(q)}`;
}
