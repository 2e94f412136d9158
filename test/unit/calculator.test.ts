import { describe, expect, it } from 'vitest';
import { readArea } from '../../src/calculator/area-input.ts';
import { commonAreas, compareBills } from '../../src/calculator/bill-comparison.ts';
import { billView, problemMessage } from '../../src/calculator/bill-view.ts';
import { billMessages, calculatorModel, type CalculatorProps } from '../../src/calculator/calculator-model.ts';
import type { Tariff } from '../../src/data/derived/tariffs.ts';
import type { Quantity } from '../../src/data/quantity.ts';
import { chartContext } from '../support/chart-context.ts';
import { expectPropError, propMistake, type PropMistake } from '../support/editor-errors.ts';

const q = (value: number, unit: string, qualifier: Quantity['qualifier'] = null): Quantity => ({ value, unit, qualifier });
const tariff = (place: string, use: Tariff['use'], price: number, months: Quantity, tier: Tariff['tier'] = null, basis: Tariff['basis'] = 'building'): Tariff => ({
  key: `${place}-${use}${tier ? `-${tier}` : ''}${basis === 'usable' ? '-usable' : ''}`,
  place,
  use,
  tier,
  basis,
  price: q(price, '元/平方米·月'),
  months,
});
// The four Shanxi cities as the Shuozhou report prints them (content/data/shanxi-city-heating-prices-2022.csv).
const tariffs: Tariff[] = [
  tariff('datong', 'residential', 3.52, q(5.5, '个月')),
  tariff('datong', 'non-residential', 6.3, q(5.5, '个月'), 'nonprofit'),
  tariff('datong', 'non-residential', 7, q(5.5, '个月'), 'commercial'),
  tariff('xinzhou', 'residential', 3.3, q(5, '个月')),
  tariff('xinzhou', 'non-residential', 7, q(5, '个月')),
  tariff('taiyuan', 'residential', 3.6, q(5, '个月')),
  tariff('taiyuan', 'non-residential', 7.5, q(5, '个月')),
  tariff('shuozhou', 'residential', 2.52, q(6, '个月', 'nearly')),
  tariff('shuozhou', 'residential', 3.6, q(6, '个月', 'nearly'), null, 'usable'),
  tariff('shuozhou', 'non-residential', 4.8, q(6, '个月', 'nearly')),
];
const names = { datong: '大同', xinzhou: '忻州', taiyuan: '太原', shuozhou: '朔州' };
const messages = billMessages();

describe('reading the area a reader types', () => {
  it.each([
    ['90', 90],
    ['85.5', 85.5],
    [' 120 ', 120],
    ['９０', 90],
    ['90平方米', 90],
    ['90 平米', 90],
    ['90㎡', 90],
    ['90m²', 90],
    ['1,200', 1200],
    ['1', 1],
    ['10000', 10000],
  ])('accepts “%s” as %d m²', (input, area) => {
    expect(readArea(input)).toEqual({ ok: true, area });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['九十', 'not-a-number'],
    ['90元', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['9 0', 'not-a-number'],
    ['平方米', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['-90', 'not-positive'],
    ['0', 'not-positive'],
    ['0.5', 'too-small'],
    ['10000.1', 'too-large'],
    ['99999999', 'too-large'],
  ])('rejects “%s” as %s', (input, problem) => {
    expect(readArea(input)).toEqual({ ok: false, problem });
  });

  it('names each problem in Chinese, with the accepted range', () => {
    expect(problemMessage('empty', messages)).toBe('请输入建筑面积，例如 90。');
    expect(problemMessage('not-a-number', messages)).toBe('面积只能是数字，例如 90 或 85.5；不要输入文字或其他符号。');
    expect(problemMessage('not-positive', messages)).toBe('面积要大于零。');
    expect(problemMessage('too-small', messages)).toBe('面积不能小于1平方米。');
    expect(problemMessage('too-large', messages)).toBe('面积超过10,000平方米，请检查是否多输了数字。');
  });
});

describe('comparing one season’s bill across cities', () => {
  it('bills every city on building area, cheapest first, with the difference to the cheapest', () => {
    const lines = compareBills(tariffs, { use: 'residential', area: 90 });
    expect(lines.map((l) => [l.tariff.key, l.bill, l.overCheapest])).toEqual([
      // 2.52 × 近6 × 90 = 1360.8, within 1238–1371: to the hundred, 1400 lies outside, so 约1300. Each difference
      // from it starts from 1360.8 and that interval, and is rounded once: 1485 − 1360.8 = 124.2 within 113–248, 约200.
      ['shuozhou-residential', q(1300, '元', 'approx'), null],
      ['xinzhou-residential', q(1485, '元'), q(200, '元', 'approx')],
      ['taiyuan-residential', q(1620, '元'), q(300, '元', 'approx')],
      ['datong-residential', q(1742.4, '元'), q(400, '元', 'approx')],
    ]);
  });

  it('keeps both tiers of a city that has two non-residential prices', () => {
    const lines = compareBills(tariffs, { use: 'non-residential', area: 100 });
    expect(lines.map((l) => [l.tariff.key, l.bill.value])).toEqual([
      ['shuozhou-non-residential', 2900],
      ['datong-non-residential-nonprofit', 3465],
      ['xinzhou-non-residential', 3500],
      ['taiyuan-non-residential', 3750],
      ['datong-non-residential-commercial', 3850],
    ]);
  });

  it('rounds an exact bill to the fen (约 where that changed it), and a bill from 近6个月 to what its inputs support', () => {
    const [cheapest, , , dearest] = compareBills(tariffs, { use: 'residential', area: 93.37 });
    // 2.52 × 近6 × 93.37 = 1411.75, within 1291–1415: 约1400; 3.52 × 5.5 × 93.37 = 1807.6432, 395.89 more, within 393–517.
    expect(cheapest!.bill).toEqual(q(1400, '元', 'approx'));
    expect(dearest!.bill).toEqual(q(1807.64, '元', 'approx'));
    expect(dearest!.overCheapest).toEqual(q(400, '元', 'approx'));
  });

  it('rounds the difference once, from the unrounded bills', () => {
    // 3.3 × 5 × 90.003 = 1485.0495 and 3.6 × 5 × 90.003 = 1620.054: 135.0045 apart, not 1620.05 − 1485.05 = 135.
    const lines = compareBills(tariffs.filter((t) => t.place === 'xinzhou' || t.place === 'taiyuan'), { use: 'residential', area: 90.003 });
    expect(lines.map((l) => [l.bill, l.overCheapest])).toEqual([
      [q(1485.05, '元', 'approx'), null],
      [q(1620.05, '元', 'approx'), q(135, '元', 'approx')],
    ]);
  });

  it('tabulates common areas from 60 to 150 m²', () => {
    expect(commonAreas).toEqual([60, 70, 80, 90, 100, 110, 120, 130, 140, 150]);
  });
});

describe('the calculator’s text', () => {
  it('says the cheapest city and how much more the chosen city costs', () => {
    const view = billView(tariffs, names, { place: 'taiyuan', use: 'residential', area: 90 }, messages);
    expect(view.sentence).toBe('按建筑面积90平方米计算，居民用热一个采暖季的暖气费：朔州最便宜，约1300元。你选的太原是1620元，比朔州多约300元。');
    expect(view.lines.map((l) => [l.name, l.rate, l.bill, l.difference, l.selected, Number(l.share.toFixed(3))])).toEqual([
      ['朔州', '2.52元/平方米·月 × 近6个月', '约1300元', '最便宜', false, 0.746],
      ['忻州', '3.3元/平方米·月 × 5个月', '1485元', '约200元', false, 0.852],
      ['太原', '3.6元/平方米·月 × 5个月', '1620元', '约300元', true, 0.93],
      ['大同', '3.52元/平方米·月 × 5.5个月', '1742.4元', '约400元', false, 1],
    ]);
  });

  it('says so when the chosen city is the cheapest', () => {
    expect(billView(tariffs, names, { place: 'shuozhou', use: 'residential', area: 60 }, messages).sentence).toBe(
      '按建筑面积60平方米计算，居民用热一个采暖季的暖气费：朔州最便宜，约910元。你选的朔州在这几个城市里最便宜。',
    );
  });

  it('names both tiers of a city with two prices', () => {
    const view = billView(tariffs, names, { place: 'datong', use: 'non-residential', area: 100 }, messages);
    expect(view.sentence).toBe(
      '按建筑面积100平方米计算，非居民用热一个采暖季的暖气费：朔州最便宜，约2900元。你选的大同（非盈利性）是3465元，比朔州多约600元。你选的大同（经营性）是3850元，比朔州多约1000元。',
    );
    expect(view.lines.filter((l) => l.selected).map((l) => l.name)).toEqual(['大同（非盈利性）', '大同（经营性）']);
  });

  it('never shows NaN, whatever the area', () => {
    for (const area of [1, 7.77, 333.333, 10000]) {
      for (const use of ['residential', 'non-residential'] as const) {
        const view = billView(tariffs, names, { place: 'xinzhou', use, area }, messages);
        expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
});

describe('the calculator’s props', () => {
  const context = chartContext([
    {
      id: 'prices',
      csv: 'city,residential,season_months\ndatong,3.52,5.5\nshuozhou,2.52,6\n',
      columns: `  - { name: city, type: string, label: 城市 }
  - { name: residential, type: number, unit: 元/平方米·月, label: 居民热价 }
  - { name: season_months, type: number, unit: 个月, label: 供热期 }
`,
    },
    { id: 'scale', csv: 'city,households\ndatong,405\n', columns: '  - { name: city, type: string, label: 城市 }\n  - { name: households, type: integer, unit: 户, label: 户数 }\n' },
  ]);
  const at = 'content/stories/x.mdx:5:1';
  const model = (props: Omit<CalculatorProps, '__source'>) => calculatorModel({ dataset: 'prices', ...props, __source: at }, context);

  it('starts from the first city of the price table and a common area', () => {
    expect(model({}).query).toEqual({ place: 'datong', use: 'residential', area: 90 });
  });

  const cases: [string, Omit<CalculatorProps, '__source'>, PropMistake][] = [
    ['a city the price table lacks', { place: 'xinzhou' }, propMistake('calculator-place-unknown', 'place', { found: 'xinzhou', cities: ['datong', 'shuozhou'] })],
    ['an area that is not a number', { area: '九十' }, propMistake('calculator-area-invalid', 'area', { found: '九十', min: 1, max: 10000, fallback: 90 })],
    [
      'a dataset that is not a price table',
      { dataset: 'scale' },
      propMistake('calculator-not-a-price-table', 'dataset', { found: 'scale', reason: '价格表“scale”缺少 residential 列：价格表要有 residential 与 season_months 两列，格式见 docs/DATASETS.md' }),
    ],
    ['no dataset', { dataset: '' }, propMistake('prop-dataset-missing', 'dataset', { found: '', known: ['prices', 'scale'] })],
  ];
  for (const [what, props, mistake] of cases) {
    it(`fails on ${what}, at the MDX line`, () => {
      expectPropError(() => model(props), at, 'HeatingBillCalculator', mistake);
    });
  }
});
