import { q, shown } from '../support/quantities.ts';
import { describe, expect, it } from 'vitest';
import { combineQualifiers, differenceOf, productOf, quotientOf, rounded, sumOf } from '../../src/data/arithmetic.ts';
import { intervalOf, lastDigitStep } from '../../src/data/interval.ts';
import type { Quantity } from '../../src/data/quantity.ts';


describe('intervalOf reads a figure within its printed precision and qualifier', () => {
  it.each([
    [3400, 100],
    [4000, 1000],
    [7011, 1],
    [1.6, 0.1],
    [2.52, 0.01],
    [0, 1],
  ])('the last non-zero digit of %s is worth %s', (value, step) => {
    expect(lastDigitStep(value)).toBeCloseTo(step, 12);
  });

  it.each([
    ['exact 2.52', q(2.52), 2.515, 2.525],
    ['exact 7011', q(7011), 7010.5, 7011.5],
    ['约25 (approx)', q(25, '天', 'approx'), 24.5, 25.5],
    ['近6 (nearly)', q(6, '个月', 'nearly'), 5.5, 6],
    ['3400多 (over)', q(3400, '户', 'over'), 3400, 3500],
    ['1.6万余 (over)', q(1.6, '万户', 'over'), 1.6, 1.7],
    ['50以内 (max)', q(50, '摄氏度', 'max'), -Infinity, 50],
    ['97以上 (min)', q(97, '%', 'min'), 97, Infinity],
  ])('%s', (_, quantity, lo, hi) => {
    const interval = intervalOf(quantity);
    expect(interval.lo).toBeCloseTo(lo, 9);
    expect(interval.hi).toBeCloseTo(hi, 9);
  });
});

describe('qualifiers propagate honestly through arithmetic', () => {
  it('keeps the lean of one qualified figure and mixes opposite leans into 约', () => {
    expect(combineQualifiers(null, 'nearly')).toBe('nearly');
    expect(combineQualifiers('nearly', 'nearly')).toBe('nearly');
    expect(combineQualifiers('nearly', 'over')).toBe('approx');
    expect(combineQualifiers('approx', 'over')).toBe('approx');
    expect(combineQualifiers('max', 'nearly')).toBe('max');
    expect(combineQualifiers('over', 'min')).toBe('min');
  });

  it('refuses combinations that have no honest qualifier', () => {
    expect(() => combineQualifiers('max', 'min')).toThrow('“以内”与“以上”的数一起计算，结果既没有上限也没有可靠的近似值');
    expect(() => combineQualifiers('max', 'over')).toThrow(/既没有上限/);
  });

  it('marks a rounded exact result 约, and rounds a leaning result its own way into an open bound', () => {
    expect(rounded(40.8224, 1, null)).toEqual({ value: 40.8, qualifier: 'approx' });
    expect(rounded(48.4952, 1, 'over')).toEqual({ value: 48.4, qualifier: 'min' });
    expect(rounded(15.04, 1, 'nearly')).toEqual({ value: 15.1, qualifier: 'max' });
    expect(rounded(15.120000000000001, 2, 'nearly')).toEqual({ value: 15.12, qualifier: 'nearly' });
  });

  it('multiplies in base units, keeps the exact decimals, and rounds a product with 近 to what it supports: 2.52 × 近6 × 185 = 约2800', () => {
    expect(shown(productOf([q(2.52, '元/平方米·月'), q(6, '个月', 'nearly'), q(185, '平方米')], '元'))).toEqual(q(2800, '元', 'approx'));
    expect(productOf([q(3.6, '元/平方米·月'), q(70, '%')], '元/平方米·月')).toEqual(q(2.52, '元/平方米·月'));
    expect(productOf([q(4, '台'), q(500, '兆瓦')], '兆瓦')).toEqual(q(2000, '兆瓦'));
  });

  it('divides across magnitudes into the quotient unit and refuses a unit that is not the quotient', () => {
    expect(shown(quotientOf(q(1394.97, '万平方米'), q(195122, '户'), '平方米/户', 2))).toEqual(q(71.49, '平方米/户', 'approx'));
    expect(shown(quotientOf(q(3400, '户', 'over'), q(7011, '户'), '%', 1))).toEqual(q(49, '%', 'approx'));
    expect(() => quotientOf(q(1394.97, '万平方米'), q(195122, '户'), '人/户', 2)).toThrow('单位对不上：万平方米 ÷ 户 得不到 人/户（应为平方米/户）');
  });

  it('adds and subtracts only in one unit', () => {
    expect(sumOf([q(2000, '万平方米'), q(1200, '万平方米'), q(1200, '万平方米')])).toEqual(q(4400, '万平方米'));
    expect(sumOf([q(0.1, '公里'), q(0.2, '公里')])).toEqual(q(0.3, '公里'));
    expect(() => sumOf([q(2000, '万平方米'), q(1200, '平方米')])).toThrow('相加的数单位不同（万平方米与平方米）');
    expect(shown(differenceOf(q(2800, '元', 'approx'), q(2500, '元')))).toEqual(q(300, '元', 'approx'));
    expect(shown(differenceOf(q(27, '天'), q(25, '天', 'approx')))).toEqual(q(2, '天', 'approx'));
  });
});
