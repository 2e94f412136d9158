import { describe, expect, it } from 'vitest';
import { chineseNumeral, printedNumbers, quoteDateProblem, quoteFigureProblem } from '../../src/data/quote-figure.ts';

describe('printedNumbers reads the numbers a quote prints, with their magnitude and qualifiers', () => {
  it.each([
    ['累计接听用户热线13505个', 13505, []],
    ['规模化供热面积达3962万平方米', 39_620_000, []],
    ['走访用户1.6万余户', 16_000, ['over']],
    ['已改造3400多户', 3400, ['more']],
    ['供热期近6个月', 6, ['nearly']],
    ['惠及约99920人', 99_920, ['approx']],
    ['提前25天左右', 25, ['around']],
    ['发放安装率达到了80%以上', 80, ['min']],
    ['至少配置1名供热管家', 1, ['atleast']],
    ['稳定控制在50摄氏度以内', 50, ['max']],
    ['降低到10微克/立方米以下', 10, ['below']],
    ['增加了一倍的工作人员', 1, []],
    ['供热期5个半月', 5.5, []],
  ])('%s', (quote, value, qualifiers) => {
    const found = printedNumbers(quote).find((n) => n.value === value);
    expect(found, `${value} in ${quote}`).toBeDefined();
    expect(found!.qualifiers).toEqual(qualifiers);
  });

  it('reads Chinese numerals below ten thousand', () => {
    expect(chineseNumeral('十八')).toBe(18);
    expect(chineseNumeral('二十三')).toBe(23);
    expect(chineseNumeral('一百零五')).toBe(105);
    expect(chineseNumeral('两')).toBe(2);
  });
});

describe('quoteFigureProblem: a quote shows its cell as printed', () => {
  it('accepts the number in the cell’s magnitude and unit, with the same qualifier', () => {
    expect(quoteFigureProblem('规模化供热面积达3962万平方米', { value: 3962, unit: '万平方米', qualifier: null })).toBeNull();
    expect(quoteFigureProblem('走访用户1.6万余户', { value: 1.6, unit: '万户', qualifier: 'over' })).toBeNull();
    expect(quoteFigureProblem('2025年度用户综合满意度达96.11%', { value: 96.11, unit: '%', qualifier: null })).toBeNull();
    expect(quoteFigureProblem('实现电耗同比下降20%~70%', { value: 70, unit: '%', qualifier: null })).toBeNull();
  });

  it('names a mistyped value', () => {
    expect(quoteFigureProblem('累计接听用户热线13505个', { value: 13050, unit: '个', qualifier: null })).toBe('引文里的数（13505）与单元格的 13050个 不符');
  });

  it('names a lost or wrong qualifier', () => {
    expect(quoteFigureProblem('已改造3400多户', { value: 3400, unit: '户', qualifier: 'over' })).toBe('引文写作“3400”带“多”（more），单元格的限定词是“余”（over）');
    expect(quoteFigureProblem('降低到10微克/立方米以下', { value: 10, unit: '微克/立方米', qualifier: 'max' })).toBe('引文写作“10”带“以下”（below），单元格的限定词是“以内”（max）');
    expect(quoteFigureProblem('供热期近6个月', { value: 6, unit: '个月', qualifier: null })).toBe('引文写作“6”带“近”（nearly），单元格的限定词是无限定词（精确数）');
    expect(quoteFigureProblem('解决网格内供热问题4000余个', { value: 4000, unit: '个', qualifier: null })).toMatch(/带“余”/);
  });

  it('refuses a number given in another magnitude than the cell’s unit says', () => {
    expect(quoteFigureProblem('规模化供热面积达3962万平方米', { value: 3962, unit: '平方米', qualifier: null })).toMatch(/不符/);
  });
});

describe('quoteDateProblem: a date cell is quoted with its month and day', () => {
  it('accepts 月 and 日, and a year when the quote prints one', () => {
    expect(quoteDateProblem('4月15日24时，随着各热源机组陆续平稳停运', '2026-04-15')).toBeNull();
    expect(quoteDateProblem('2022年9月28日起', '2022-09-28')).toBeNull();
  });
  it('names a wrong day or year', () => {
    expect(quoteDateProblem('4月15日24时', '2026-04-16')).toBe('引文里没有“4月16日”');
    expect(quoteDateProblem('2022年9月28日起', '2021-09-28')).toBe('引文写的是2022年，单元格是2021年');
  });
});
