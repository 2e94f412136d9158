import { formatDay } from '../../format/date.ts';
import { formatValue } from '../../format/number.ts';
import type { Check, CellRef } from '../../schemas/dataset-check.ts';
import type { Dataset } from '../dataset-types.ts';
import type { Quantity } from '../quantity.ts';
import { refText } from '../ref-text.ts';
import { cellName, dateAt, quantityAt, RefError, resolveCell } from '../refs.ts';
import { checkAtMost } from './at-most.ts';
import type { Comparison } from './comparison.ts';
import { checkDaysBetween } from './days-between.ts';
import { checkProduct } from './product.ts';
import { checkShare } from './share.ts';
import { checkSum } from './sum.ts';

/** A ref that did not resolve, with the path of the ref inside the check (`['parts', 1]`). */
export class CheckRefError extends Error {
  readonly path: PropertyKey[];
  readonly refError: RefError;

  constructor(path: PropertyKey[], refError: RefError) {
    super(refError.message);
    this.path = path;
    this.refError = refError;
  }
}

/** Runs one check against the datasets. `self` is the dataset that declares it (refs without `dataset`). */
export function evaluateCheck(check: Check, datasets: ReadonlyMap<string, Dataset>, self: string): Comparison {
  const located = <T>(path: PropertyKey[], read: () => T): T => {
    try {
      return read();
    } catch (error) {
      throw error instanceof RefError ? new CheckRefError(path, error) : error;
    }
  };
  const num = (ref: CellRef, path: PropertyKey[]): Quantity => located(path, () => quantityAt(ref, datasets, self));
  const date = (ref: CellRef, path: PropertyKey[]): string => located(path, () => dateAt(ref, datasets, self));
  switch (check.type) {
    case 'sum':
      return checkSum(check.parts.map((ref, i) => num(ref, ['parts', i])), num(check.total, ['total']));
    case 'at-most':
      return checkAtMost(num(check.value, ['value']), num(check.limit, ['limit']));
    case 'share':
      return checkShare(num(check.share, ['share']), num(check.part, ['part']), num(check.whole, ['whole']));
    case 'product':
      return checkProduct(check.factors.map((ref, i) => num(ref, ['factors', i])), num(check.result, ['result']));
    case 'days-between':
      return checkDaysBetween(date(check.from, ['from']), date(check.to, ['to']), num(check.days, ['days']));
  }
}

const show = (q: Quantity) => formatValue(q.value, q.unit, q.qualifier);

/** The comparison in words, naming the cells: “windows_installed / value 为 329户，windows_signed / value 为 311户”. */
export function describeComparison(check: Check, result: Comparison, self: string): string {
  const name = (ref: CellRef) => refText(ref, self);
  switch (check.type) {
    case 'sum':
      return `${check.parts.map(name).join(' + ')} = ${show(result.computed)}，${name(check.total)} 为 ${show(result.reported)}`;
    case 'at-most':
      return `${name(check.value)} 为 ${show(result.computed)}，${name(check.limit)} 为 ${show(result.reported)}`;
    case 'share':
      return `${name(check.part)} ÷ ${name(check.whole)} = ${show(result.computed)}，${name(check.share)} 为 ${show(result.reported)}`;
    case 'product':
      return `${check.factors.map(name).join(' × ')} = ${show(result.computed)}，${name(check.result)} 为 ${show(result.reported)}`;
    case 'days-between':
      return `${name(check.from)} 到 ${name(check.to)} 相隔 ${show(result.computed)}，${name(check.days)} 为 ${show(result.reported)}`;
  }
}

/**
 * The comparison for readers, naming each figure by its label with its value: “居民热价（按建筑面积） 2.52元/平方米·月
 * × 供热期 近6个月 × 滨河湾小区受访住户的住房面积 185平方米 = 近2797.2元；报道：该住户所交暖气费 2500元”.
 */
export function readComparison(check: Check, result: Comparison, datasets: ReadonlyMap<string, Dataset>, self: string, placeNames?: ReadonlyMap<string, string>): string {
  const term = (ref: CellRef) => {
    const cell = resolveCell(ref, datasets, self);
    const value = cell.column.type === 'date' ? formatDay(String(cell.row[cell.column.name])) : show(quantityAt(ref, datasets, self));
    return `${cellName(cell, placeNames)} ${value}`;
  };
  switch (check.type) {
    case 'sum':
      return `${check.parts.map(term).join(' + ')} = ${show(result.computed)}；报道：${term(check.total)}`;
    case 'at-most':
      return `${term(check.value)}；上限：${term(check.limit)}`;
    case 'share':
      return `${term(check.part)} ÷ ${term(check.whole)} = ${show(result.computed)}；报道：${term(check.share)}`;
    case 'product':
      return `${check.factors.map(term).join(' × ')} = ${show(result.computed)}；报道：${term(check.result)}`;
    case 'days-between':
      return `${term(check.from)} 到 ${term(check.to)} 相隔 ${show(result.computed)}；报道：${term(check.days)}`;
  }
}
