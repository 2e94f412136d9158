import { q, shown } from '../support/quantities.ts';
import { describe, expect, it } from 'vitest';
import { differenceOf, productOf, quotientOf, sumOf } from '../../src/data/arithmetic.ts';
import { roundToSupport, supportedStep } from '../../src/data/precision.ts';


describe('precision follows the inputs', () => {
  it('takes the largest power of ten not above the width the inputs allow', () => {
    expect(supportedStep({ lo: 2552, hi: 2810 }, 0.01)).toBe(100);
    expect(supportedStep({ lo: 48.49, hi: 49.93 }, 0.1)).toBe(1);
    expect(supportedStep({ lo: 5.5, hi: 6 }, 0.01)).toBe(0.1);
    expect(supportedStep({ lo: 10, hi: 10 }, 0.01)).toBe(0.01);
    expect(supportedStep({ lo: 7, hi: Infinity }, 1)).toBe(1);
  });

  it('never rounds finer than the exact decimals', () => {
    expect(supportedStep({ lo: 1, hi: 1.001 }, 0.1)).toBe(0.1);
  });

  it('rounds the value computed from the printed figures', () => {
    expect(roundToSupport(2797.2, { lo: 2552, hi: 2810 }, 0.01)).toBe(2800);
    expect(roundToSupport(2797.2, { lo: 2552, hi: 2810 }, 0.01)).toBe(2800);
    // 48 would name a share the inputs rule out: the nearest step inside is taken.
    expect(roundToSupport(48.495, { lo: 48.49, hi: 49.93 }, 0.1)).toBe(49);
    expect(roundToSupport(1360.8, { lo: 1238, hi: 1371.1 }, 0.01)).toBe(1300);
    expect(roundToSupport(0.123456, { lo: 0.12, hi: 0.13 }, 1e-6)).toBe(0.12);
  });

  it('gives 约2800元 for 2.52元 × 近6个月 × 185平方米, never 近2797.2元', () => {
    const bill = productOf([q(2.52, '元/平方米·月'), q(6, '个月', 'nearly'), q(185, '平方米')], '元');
    expect(shown(bill)).toEqual(q(2800, '元', 'approx'));
    expect(bill.basis!.estimate).toBeCloseTo(2797.2, 9);
    expect(bill.basis!.possible.lo).toBeCloseTo(2.515 * 5.5 * 184.5, 6);
    expect(bill.basis!.possible.hi).toBeCloseTo(2.525 * 6 * 185.5, 6);
  });

  it('rounds once: a figure computed from a rounded one starts from its estimate and its interval', () => {
    // 太原 1620元 for 90 m² against 朔州 2.52 × 近6 × 90 = 1360.8 (约1300): 259.2 within 249–383, so 约300, not 1620 − 1300.
    const shuozhou = productOf([q(2.52, '元/平方米·月'), q(6, '个月', 'nearly'), q(90, '平方米')], '元');
    expect(shown(shuozhou)).toEqual(q(1300, '元', 'approx'));
    expect(shown(differenceOf(q(1620, '元'), shuozhou))).toEqual(q(300, '元', 'approx'));
  });

  it('gives a share of 3400多 in 7011 to the percent its inputs support, marked 约', () => {
    expect(shown(quotientOf(q(3400, '户', 'more'), q(7011, '户'), '%', 1))).toEqual(q(49, '%', 'approx'));
  });

  it('keeps exact arithmetic exact', () => {
    expect(productOf([q(3.52, '元/平方米·月'), q(5.5, '个月'), q(185, '平方米')], '元')).toEqual(q(3581.6, '元'));
    expect(sumOf([q(2164, '户'), q(1236, '户')])).toEqual(q(3400, '户'));
  });

  it('keeps an open bound a bound', () => {
    expect(productOf([q(80, '%', 'min'), q(100, '户')], '户')).toEqual(q(80, '户', 'min'));
  });
});
