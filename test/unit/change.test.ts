import { describe, expect, it } from 'vitest';
import { changeText } from '../../src/charts/common/change.ts';
import type { PairedFigure } from '../../src/charts/common/paired-items.ts';
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
    // “10以下” is a cap like “以内”: from 15, the fall is at least 5.
    expect(changeText(end(15), end(10, 'below'), '微克/立方米')).toBe('至少降低了5微克/立方米');
    // “至少1” → 3: the rise is at most 2.
    expect(changeText(end(1, 'atleast'), end(3), '名')).toBe('最多提高了2名');
    expect(changeText(end(50), end(50, 'max'), '摄氏度')).toBe('没有提高');
  });

  it('reads 近, 余, 多, 约 and 左右 as the intervals they print, so the change is 约, no more precise than they allow', () => {
    // 4000 → “3400余” (3400 to 3500): a fall of 500 to 600, 约600 at the hundreds.
    expect(changeText(end(4000), end(3400, 'over'), '户')).toBe('降低了约600户');
    expect(changeText(end(4000), end(3400, 'more'), '户')).toBe('降低了约600户');
    // “近120” (115 to 120) → 150: a rise of 30 to 35.
    expect(changeText(end(120, 'nearly'), end(150), '户')).toBe('提高了约30户');
    expect(changeText(end(105, 'approx'), end(80), '户')).toBe('降低了约25户');
    expect(changeText(end(27), end(25, 'around'), '天')).toBe('降低了约2天');
    expect(changeText(end(100, 'approx'), end(100), '户')).toBe('大致持平');
  });

  it('says it cannot tell when both figures are open bounds', () => {
    expect(changeText(end(100, 'max'), end(80, 'max'), '户')).toBe('无法判断增减');
    expect(changeText(end(100, 'min'), end(80, 'atleast'), '户')).toBe('无法判断增减');
    // “100以上” → “80以下” is no open question: the fall is at least 20.
    expect(changeText(end(100, 'min'), end(80, 'below'), '户')).toBe('至少降低了20户');
  });
});
