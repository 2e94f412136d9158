import { shown } from '../support/quantities.ts';
import { describe, expect, it } from 'vitest';
import { buildLocatedDataset, type Dataset } from '../../src/data/dataset.ts';
import { buildDerived, readDerivedSpec } from '../../src/data/derived/build.ts';
import { priorLevel, ratioOf, seasonBill, seasonBills, seasonCost, shareOf, tariffsOf } from '../../src/data/derived/index.ts';
import { runChecks } from '../../src/data/checks/run.ts';
import type { Quantity } from '../../src/data/quantity.ts';
import { fieldWhere } from '../../src/errors/where.ts';
import { byId, context, longDataset } from '../support/datasets.ts';
import { editorErrorOf, expectEditorError } from '../support/editor-errors.ts';

const q = (value: number, unit: string, qualifier: Quantity['qualifier'] = null): Quantity => ({ value, unit, qualifier });

const pricesMeta = `title: 测试用山西热价
description: 用于测试的热价表。
subject: prices
places: [datong, shuozhou]
period: 2022
sources: [src-a]
updated: 2026-11-23
columns:
  - name: place
    type: place
    label: 城市
  - name: residential
    type: number
    unit: 元/平方米·月
    label: 居民热价
  - name: residential_usable_area
    type: number
    unit: 元/平方米·月
    label: 居民热价（按使用面积）
    optional: true
  - name: non_residential_nonprofit
    type: number
    unit: 元/平方米·月
    label: 非居民热价·非盈利性
    optional: true
  - name: non_residential_commercial
    type: number
    unit: 元/平方米·月
    label: 非居民热价·经营性
    optional: true
  - name: season_months
    type: number
    unit: 个月
    qualifier: season_months_qualifier
    label: 供热期
  - name: season_months_qualifier
    type: qualifier
    label: 限定
`;
const prices = buildLocatedDataset(
  {
    id: 'prices',
    csvText: 'place,residential,residential_usable_area,non_residential_nonprofit,non_residential_commercial,season_months,season_months_qualifier\ndatong,3.52,,6.3,7,5.5,\nshuozhou,2.52,3.6,,,6,nearly\n',
    metaText: pricesMeta,
    files: { csv: 'content/data/prices.csv', meta: 'content/data/prices.yaml' },
  },
  context,
);
const costs = longDataset('costs', 'area,住房面积,185,,,,平方米\nbill,暖气费,2500,,,,元\n');

/** Builds a computed dataset from its YAML, over the given datasets. */
function derive(id: string, yaml: string, datasets: Map<string, Dataset>) {
  const head = `title: 计算得出的测试数据\ndescription: 用于测试的计算数据集。\nsubject: prices\nplaces: [shuozhou]\nperiod: 2022\nupdated: 2026-11-24\n`;
  return buildDerived(readDerivedSpec(id, head + yaml, `content/data/${id}.yaml`, context), datasets).dataset;
}

describe('tariffs, season cost and the heating bill', () => {
  const tariffs = tariffsOf(prices.dataset);

  it('normalizes a wide price table into one tariff per price given', () => {
    expect(tariffs.map((t) => [t.key, t.use, t.tier, t.basis, t.price.value, t.months.value, t.months.qualifier])).toEqual([
      ['datong-residential', 'residential', null, 'building', 3.52, 5.5, null],
      ['datong-non-residential-nonprofit', 'non-residential', 'nonprofit', 'building', 6.3, 5.5, null],
      ['datong-non-residential-commercial', 'non-residential', 'commercial', 'building', 7, 5.5, null],
      ['shuozhou-residential', 'residential', null, 'building', 2.52, 6, 'nearly'],
      ['shuozhou-residential-usable', 'residential', null, 'usable', 3.6, 6, 'nearly'],
    ]);
  });

  it('seasonCost is price × months; from “近6个月” it is 约, to the yuan its inputs support', () => {
    expect(seasonCost(tariffs[0]!)).toEqual(q(19.36, '元/平方米'));
    // 2.52 × 5.5–6 months is 13.8 to 15.2 元: 约15元.
    expect(shown(seasonCost(tariffs[3]!))).toEqual(q(15, '元/平方米', 'approx'));
  });

  it('seasonBill is price × months × area', () => {
    expect(seasonBill(tariffs[0]!, q(185, '平方米'))).toEqual(q(3581.6, '元'));
    expect(shown(seasonBill(tariffs[3]!, q(185, '平方米')))).toEqual(q(2800, '元', 'approx'));
    expect(() => seasonBill(tariffs[0]!, q(185, '户'))).toThrow('面积的单位应为平方米，而这里是户');
  });

  it('seasonBills answers the calculator: city, use and area give every bill that applies', () => {
    const lines = (request: Parameters<typeof seasonBills>[1]) => seasonBills(tariffs, request).map((l) => [l.tariff.key, l.bill.value, l.bill.qualifier]);
    expect(lines({ place: 'shuozhou', use: 'residential', area: 100 })).toEqual([['shuozhou-residential', 1500, 'approx']]);
    expect(lines({ place: 'shuozhou', use: 'residential', area: 70, basis: 'usable' })).toEqual([['shuozhou-residential-usable', 1500, 'approx']]);
    expect(lines({ place: 'datong', use: 'non-residential', area: 200 })).toEqual([
      ['datong-non-residential-nonprofit', 6930, null],
      ['datong-non-residential-commercial', 7700, null],
    ]);
    expect(lines({ place: 'shuozhou', use: 'non-residential', area: 100 })).toEqual([]);
  });

  it('builds the household-bill dataset for the report’s own 185 m² home', () => {
    const bills = derive('bills', 'formula: household-bill\nprices: prices\narea: { dataset: costs, row: area, column: value }\n', byId(prices, costs));
    expect(bills.rows.map((r) => [r.tariff, r.area, r.bill, r.bill_qualifier])).toEqual([
      ['datong-residential', 185, 3581.6, null],
      ['shuozhou-residential', 185, 2800, 'approx'],
    ]);
    expect(bills.meta.sources).toEqual(['src-a']);
    expect(bills.meta.updated).toBe('2026-11-24');
    expect(bills.derivation).toMatchObject({ formula: 'household-bill', inputs: ['prices', 'costs'] });
    expect(bills.meta.columns.find((c) => c.name === 'place')?.type).toBe('place');
  });

  it('builds the season-cost dataset with one row per tariff', () => {
    const cost = derive('cost', 'formula: season-cost\nprices: prices\n', byId(prices));
    expect(cost.rows.map((r) => [r.tariff, r.season_cost, r.season_cost_qualifier])).toEqual([
      ['datong-residential', 19.36, null],
      ['datong-non-residential-nonprofit', 34.65, null],
      ['datong-non-residential-commercial', 38.5, null],
      ['shuozhou-residential', 15, 'approx'],
      ['shuozhou-residential-usable', 21, 'approx'],
    ]);
  });

  it('refuses an unknown formula, listing the formulas there are', () => {
    expectEditorError(() => derive('cost', 'formula: seasoncost\nprices: prices\n', byId(prices)), {
      code: 'field-wrong-value',
      file: 'content/data/cost.yaml',
      line: 7,
      where: fieldWhere(['formula']),
      details: {
        field: 'formula',
        found: 'seasoncost',
        accepted: ['season-cost', 'household-bill', 'share', 'ratio', 'prior-level', 'sum', 'product', 'series', 'known-inconsistencies'],
        suggestion: 'season-cost',
        hint: 'dataset.formula',
      },
    });
  });

  it('reports a price table without season_months at the line that names it', () => {
    expectEditorError(() => derive('cost', 'formula: season-cost\nprices: costs\n', byId(prices, costs)), {
      code: 'derived-not-computable',
      file: 'content/data/cost.yaml',
      line: 8,
      where: fieldWhere(['prices']),
      details: { reason: '价格表“costs”缺少 residential 列：价格表要有 residential 与 season_months 两列，格式见 docs/DATASETS.md' },
    });
  });
});

describe('shares, ratios and prior levels', () => {
  it('shareOf: 2164 of 5301 households is 约40.8%; 3400多 of 7011 (48.5% to 49.9%) is 约49%', () => {
    expect(shown(shareOf(q(2164, '户'), q(5301, '户')))).toEqual(q(40.8, '%', 'approx'));
    expect(shown(shareOf(q(3400, '户', 'more'), q(7011, '户')))).toEqual(q(49, '%', 'approx'));
    expect(shown(shareOf(q(11, '户'), q(311, '户')))).toEqual(q(3.5, '%', 'approx'));
  });

  it('ratioOf: heated area per household, with 万 converted', () => {
    expect(shown(ratioOf(q(1394.97, '万平方米'), q(195122, '户'), '平方米/户'))).toEqual(q(71.49, '平方米/户', 'approx'));
    expect(shown(ratioOf(q(95.3, '万平方米'), q(12490, '户'), '平方米/户', 1))).toEqual(q(76.3, '平方米/户', 'approx'));
    expect(shown(ratioOf(q(99920, '人', 'approx'), q(12490, '户'), '人/户', 1))).toEqual(q(8, '人/户', 'approx'));
  });

  it('priorLevel: 15 after a 40% decline implies 25 a year earlier', () => {
    expect(priorLevel(q(15, '微克/立方米'), q(40, '%'), 'decrease')).toEqual(q(25, '微克/立方米'));
    // A decline of 40余% (40% to 41%) from 15 (14.5 to 15.5) implies 24.2 to 26.3: 约25.
    expect(shown(priorLevel(q(15, '微克/立方米'), q(40, '%', 'over'), 'decrease'))).toEqual(q(25, '微克/立方米', 'approx'));
    expect(priorLevel(q(12, '微克/立方米'), q(20, '%'), 'increase')).toEqual(q(10, '微克/立方米'));
    expect(() => priorLevel(q(15, '微克/立方米'), q(40, '微克/立方米'), 'decrease')).toThrow('变化幅度应为百分数');
  });

  it('builds a share dataset with its calculation spelled out, and refuses a part larger than the whole', () => {
    const progress = longDataset('progress', 'planned,计划户数,5301,,,,户\ndone,已改造户数,2164,,,,户\n');
    const shares = derive('shares', 'formula: share\nfrom: progress\nrows:\n  - key: phase2\n    label: 二期完成比例\n    part: { row: done, column: value }\n    whole: { row: planned, column: value }\n', byId(progress));
    expect(shares.rows).toEqual([{ key: 'phase2', label: '二期完成比例', share: 40.8, share_qualifier: 'approx', calculation: '已改造户数 2164户 ÷ 计划户数 5301户 = 约40.8%' }]);
    const swapped = 'formula: share\nfrom: progress\nrows:\n  - key: phase2\n    label: 二期完成比例\n    part: { row: planned, column: value }\n    whole: { row: done, column: value }\n';
    expectEditorError(() => derive('shares', swapped, byId(progress)), {
      code: 'derived-percent-out-of-range',
      file: 'content/data/shares.yaml',
      line: 10,
      where: fieldWhere(['rows', 0]),
      details: { value: 245 },
    });
  });

  it('builds sums and products, and names a ref to an unknown row at its line', () => {
    const plants = longDataset('plants', 'a_units,甲厂机组,4,,,,台\na_mw,甲厂单机容量,500,,,,兆瓦\nb,乙厂装机,700,,,,兆瓦\n');
    const product = derive('capacity', 'formula: product\nfrom: plants\nrows:\n  - key: a\n    label: 甲厂装机\n    unit: 兆瓦\n    factors: [{ row: a_units, column: value }, { row: a_mw, column: value }]\n', byId(plants));
    expect(product.rows[0]).toEqual({ key: 'a', label: '甲厂装机', value: 2000, value_qualifier: null, unit: '兆瓦', calculation: '甲厂机组 4台 × 甲厂单机容量 500兆瓦 = 2000兆瓦' });
    const sum = derive('sums', 'formula: sum\nrows:\n  - key: total\n    label: 合计\n    parts: [{ dataset: capacity, row: a, column: value }, { dataset: plants, row: b, column: value }]\n', byId(plants, { dataset: product, lineOf: () => 1 }));
    expect(sum.rows[0]).toMatchObject({ value: 2700, unit: '兆瓦' });
    expectEditorError(() => derive('sums', 'formula: sum\nfrom: plants\nrows:\n  - key: total\n    label: 合计\n    parts: [{ row: b, column: value }, { row: c, column: value }]\n', byId(plants)), {
      code: 'row-unknown',
      file: 'content/data/sums.yaml',
      line: 12,
      where: fieldWhere(['rows', 0, 'parts', 1, 'row']),
      details: { found: 'c', dataset: 'plants', key: 'measure', rows: ['a_units', 'a_mw', 'b'] },
    });
  });

  it('gathers one measure over years into a series, each figure copied with its qualifier and provenance', () => {
    const air = longDataset('air', 'so2_2021,二氧化硫平均浓度,15,,,,微克/立方米\nso2_2022,二氧化硫平均浓度,10,,,max,微克/立方米\ndays,优良天数,301,,,,天\n');
    const spec = (third: string) => `formula: series\nfrom: air\nrows:\n  - key: y2021\n    year: 2021\n    label: 二氧化硫\n    value: { row: so2_2021, column: value }\n  - key: y2022\n    year: 2022\n    label: 二氧化硫（上限）\n    value: { row: ${third}, column: value }\n`;
    const series = derive('so2', spec('so2_2022'), byId(air));
    expect(series.rows).toEqual([
      { key: 'y2021', year: 2021, label: '二氧化硫', value: 15, value_qualifier: null, unit: '微克/立方米', calculation: '引自数据集 air：二氧化硫平均浓度 15微克/立方米' },
      { key: 'y2022', year: 2022, label: '二氧化硫（上限）', value: 10, value_qualifier: 'max', unit: '微克/立方米', calculation: '引自数据集 air：二氧化硫平均浓度 10微克/立方米以内' },
    ]);
    expect(series.meta.columns.find((c) => c.name === 'year')?.type).toBe('integer');
    const mixed = editorErrorOf(() => derive('so2', spec('days'), byId(air)));
    expect({ code: mixed.code, file: mixed.parts.file, where: mixed.parts.where, details: mixed.details }).toEqual({
      code: 'derived-not-computable',
      file: 'content/data/so2.yaml',
      where: fieldWhere(['rows', 1, 'value']),
      details: { reason: '一条时间序列只能有一个单位：前面各行是微克/立方米，这一行是天' },
    });
  });

  it('lists known inconsistencies with what the report says, what its figures give and the gap', () => {
    const checked = longDataset('costs', 'area,住房面积,185,,,,平方米\nbill,暖气费,2500,,,,元\n', `checks:
  - type: product
    id: household-bill
    label: 热价×供热期×面积与所交暖气费相符
    factors: [{ dataset: prices, row: shuozhou, column: residential }, { dataset: prices, row: shuozhou, column: season_months }, { row: area, column: value }]
    result: { row: bill, column: value }
    known: 报道引述的暖气费比热价乘供热期乘面积少。
`);
    checked.dataset.checkResults = runChecks(checked, byId(prices, checked), new Map([['shuozhou', '朔州']]));
    const list = derive('inconsistencies', 'formula: known-inconsistencies\ndatasets: [costs]\n', byId(prices, checked));
    expect(list.rows).toEqual([
      {
        key: 'household-bill',
        dataset: 'costs',
        label: '热价×供热期×面积与所交暖气费相符',
        reported: 2500,
        reported_qualifier: null,
        computed: 2800,
        computed_qualifier: 'approx',
        difference: 300,
        difference_qualifier: 'approx',
        unit: '元',
        comparison: '朔州 居民热价 2.52元/平方米·月 × 朔州 供热期 近6个月 × 住房面积 185平方米 = 约2800元；报道：暖气费 2500元',
        explanation: '报道引述的暖气费比热价乘供热期乘面积少。',
      },
    ]);
  });
});
