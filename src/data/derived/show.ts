import { formatValue } from '../../format/number.ts';
import type { CellRef } from '../../schemas/dataset-check.ts';
import type { Quantity } from '../quantity.ts';
import type { Reader } from './formula.ts';

/** A figure inside a calculation: 1394.97万平方米, 近6个月. */
export function show(q: Quantity): string {
  return formatValue(q.value, q.unit, q.qualifier);
}

/** A named figure inside a calculation: 集中供热实供面积 1394.97万平方米. */
export function term(name: string, q: Quantity): string {
  return `${name} ${show(q)}`;
}

/** The figure a ref names, read at `path`: its quantity, and its words in the calculation (`term`). */
export function readTerm(read: Reader, ref: CellRef, path: readonly PropertyKey[]): { quantity: Quantity; text: string } {
  const quantity = read.quantity(ref, path);
  return { quantity, text: term(read.name(ref, path), quantity) };
}
