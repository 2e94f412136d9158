import { describe, expect, it } from 'vitest';
import { changeText } from '../../src/charts/change.ts';
import type { PairedFigure } from '../../src/charts/paired-items.ts';
import type { Qualifier } from '../../src/schemas/dataset-meta.ts';

const end = (value: number, qualifier: Qualifier | null = null): PairedFigure => ({ value, text: String(value), qualifier });

describe('changeText', () => {
  it('says an exact change with its unit, a change of percentages in points', () => {
    expect(changeText(end(15), end(10), '微克/立方米')).toBe('降低了5微克/立方米');
    expect(changeText(end(93), end(98), '%')).toBe('提高了5个百分点');
    expect(changeText(end(3), end(-5), '摄氏度')).toBe('降低了8摄氏度');
    expect(changeText(end(96), end(96), '%')).toBe('没有变化');
  });

  it('turns a capped figure into a minimum or maximum change', () => {
    // 100 → “50以内”: the fall is at least 50.
    expect(changeText(end(100), end(50, 'max'), '摄氏度')).toBe('至少降低了50摄氏度');
    // 89 → “97以上”: the rise is at least 8 points.
    expect(changeText(end(89), end(97, 'min'), '%')).toBe('至少提高了8个百分点');
    // 4000 → “3400余”: the fall is at most 600.
    expect(changeText(end(4000), end(3400, 'over'), '户')).toBe('最多降低了600户');
    // “近100” → 120: the rise is at least 20.
    expect(changeText(end(100, 'nearly'), end(120), '户')).toBe('至少提高了20户');
    expect(changeText(end(50), end(50, 'max'), '摄氏度')).toBe('没有提高');
  });

  it('says “about” when a figure is approximate or the caps pull both ways', () => {
    expect(changeText(end(100, 'approx'), end(80), '户')).toBe('降低了约20户');
    expect(changeText(end(100, 'max'), end(80, 'max'), '户')).toBe('降低了约20户');
    expect(changeText(end(100, 'approx'), end(100), '户')).toBe('大致持平');
  });
});
