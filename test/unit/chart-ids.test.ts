import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyElements } from '../../src/check/mdx.ts';
import { ChartIds, chartSlug } from '../../src/mdx/chart-ids.ts';
import { chartsOf } from '../../src/lib/story-parts.ts';
import { propWhere } from '../../src/errors/where.ts';
import { expectEditorError } from '../support/editor-errors.ts';
import { chartContext } from '../support/chart-context.ts';
import { componentModels } from '../../src/mdx/component-models.ts';

const story = path.resolve(import.meta.dirname, '../../content/stories/shuozhou-chp-air-quality-2022.mdx');
const idsOf = (text: string) => chartsOf(storyElements(story, text)).map((chart) => chart.id);

describe('chart ids', () => {
  it('name a chart by its type and dataset, counting repeats in document order', () => {
    const ids = new ChartIds();
    const at = { file: 'x.mdx', line: 1 };
    expect(ids.next({ component: 'BarChart', dataset: 'prices', ...at })).toBe('bar-prices');
    expect(ids.next({ component: 'GroupedBarChart', dataset: 'prices', ...at })).toBe('grouped-bar-prices');
    expect(ids.next({ component: 'BarChart', dataset: 'prices', ...at })).toBe('bar-prices-2');
    expect(ids.next({ component: 'BigNumbers', ...at })).toBe('big-numbers');
    expect(ids.next({ component: 'BigNumbers', ...at })).toBe('big-numbers-2');
    expect(ids.next({ component: 'BarChart', dataset: 'prices', id: 'heat-sources', ...at })).toBe('heat-sources');
    expect([chartSlug('SmallMultiples'), chartSlug('DataTable'), chartSlug('SeasonCalendar')]).toEqual(['small-multiples', 'data-table', 'season-calendar']);
  });

  it('are what the build compiles: each story counts its own charts', () => {
    const text = readFileSync(story, 'utf8');
    expect(idsOf(text)).toEqual([
      'bar-shuozhou-chp-installed-capacity-2022',
      'data-table-shuozhou-chp-heating-area-2020-2022',
      'small-multiples-shuozhou-heating-coverage-2022',
      'line-shuozhou-so2-2020-2022',
    ]);
    // Compiled twice (as in `astro dev`), the count starts again.
    expect(idsOf(text)).toEqual(idsOf(text));
  });

  it('do not change when the story is edited elsewhere', () => {
    const text = readFileSync(story, 'utf8');
    const before = idsOf(text);
    const lines = text.split('\n');
    const firstChart = lines.findIndex((line) => line.startsWith('<BarChart'));
    // A reworded paragraph, a retitled chart and a new chart of another type and dataset, all above the others.
    const edited = [
      ...lines.slice(0, firstChart),
      '新加的一段文字。',
      '',
      '<BigNumbers items={[{ dataset: "shuozhou-chp-installed-capacity-2022", row: "chp_plants", column: "value", label: "热电厂" }]} />',
      '',
      lines[firstChart]!.replace(/title="[^"]*"/, 'title="改过的标题"'),
      ...lines.slice(firstChart + 1),
    ].join('\n');
    const after = idsOf(edited);
    expect(after.filter((id) => id !== 'big-numbers')).toEqual(before);
    expect(after).toContain('big-numbers');
  });

  it('refuse an id that is not an id, and one a chart above has', () => {
    const ids = new ChartIds();
    const where = (component: string) => propWhere(component, 'id');
    expectEditorError(() => ids.next({ component: 'BarChart', id: 'Heat Sources', file: 'x.mdx', line: 3, column: 1 }), {
      code: 'chart-id-invalid', file: 'x.mdx', line: 3, column: 1, where: where('BarChart'), details: { found: 'Heat Sources' },
    });
    ids.next({ component: 'BarChart', dataset: 'prices', file: 'x.mdx', line: 5 });
    expectEditorError(() => ids.next({ component: 'LineChart', id: 'bar-prices', file: 'x.mdx', line: 9 }), {
      code: 'chart-id-duplicate', file: 'x.mdx', line: 9, where: where('LineChart'), details: { found: 'bar-prices', line: 5, written: true },
    });
    // A derived id that an editor's id above already took: this chart needs one of its own.
    ids.next({ component: 'DataTable', id: 'data-table-prices', file: 'x.mdx', line: 11 });
    expectEditorError(() => ids.next({ component: 'DataTable', dataset: 'prices', file: 'x.mdx', line: 13 }), {
      code: 'chart-id-duplicate', file: 'x.mdx', line: 13, where: where('DataTable'), details: { found: 'data-table-prices', line: 11, written: false },
    });
  });
});

describe('the calculator’s id', () => {
  const billsStory = path.resolve(import.meta.dirname, '../../content/stories/shanxi-heating-bills-2022.mdx');
  const calculatorIds = (text: string) => storyElements(billsStory, text).filter((element) => element.name === 'HeatingBillCalculator').map((element) => element.props.__id);

  it('is named as a chart’s is, by its type and the dataset it reads (the alias resolved)', () => {
    expect(calculatorIds(readFileSync(billsStory, 'utf8'))).toEqual(['heating-bill-calculator-shanxi-city-heating-prices-2022']);
  });

  it('does not change when the story is edited elsewhere: a paragraph above it, a chart above it', () => {
    const text = readFileSync(billsStory, 'utf8');
    const before = calculatorIds(text);
    expect(before).toEqual(['heating-bill-calculator-shanxi-city-heating-prices-2022']);
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('<HeatingBillCalculator'));
    const edited = [...lines.slice(0, at), '新加的一段文字，让计算器往下挪了两行。', '', ...lines.slice(at)].join('\n');
    expect(calculatorIds(edited)).toEqual(before);
    const withChart = [...lines.slice(0, at), '<DataTable dataset="prices" />', '', ...lines.slice(at)].join('\n');
    expect(calculatorIds(withChart)).toEqual(before);
  });

  it('takes an editor’s id, and is checked against the charts’ ids', () => {
    const text = readFileSync(billsStory, 'utf8');
    expect(calculatorIds(text.replace('<HeatingBillCalculator ', '<HeatingBillCalculator id="bills" '))).toEqual(['bills']);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('<HeatingBillCalculator')) + 1;
    const chartLine = lines.findIndex((l) => l.startsWith('<BarChart dataset="prices"')) + 1;
    const clash = text.replace('<HeatingBillCalculator ', '<HeatingBillCalculator id="bar-shanxi-city-heating-prices-2022" ');
    expectEditorError(() => calculatorIds(clash), {
      code: 'chart-id-duplicate', file: 'content/stories/shanxi-heating-bills-2022.mdx', line, column: 1, where: propWhere('HeatingBillCalculator', 'id'),
      details: { found: 'bar-shanxi-city-heating-prices-2022', line: chartLine, written: true },
    });
  });

  it('is the HTML id of the calculator, `chart-` and its id; on a page of its own, the id of a first calculator', () => {
    const site = chartContext([
      {
        id: 'prices',
        csv: 'city,residential,season_months\ndatong,3.52,5.5\nshuozhou,2.52,6\n',
        columns: '  - { name: city, type: string, label: 城市 }\n  - { name: residential, type: number, unit: 元/平方米·月, label: 居民热价 }\n  - { name: season_months, type: number, unit: 个月, label: 供热期 }\n',
      },
    ]);
    const at = 'content/stories/x.mdx:5:1';
    expect(componentModels.HeatingBillCalculator({ dataset: 'prices', __source: at, __id: 'heating-bill-calculator-prices' }, site).id).toBe('chart-heating-bill-calculator-prices');
    // Moved down the story, it keeps the id the MDX plugin gave it: the line is not part of it.
    expect(componentModels.HeatingBillCalculator({ dataset: 'prices', __source: 'content/stories/x.mdx:40:1', __id: 'heating-bill-calculator-prices' }, site).id).toBe('chart-heating-bill-calculator-prices');
    expect(componentModels.HeatingBillCalculator({ dataset: 'prices' }, site).id).toBe('chart-heating-bill-calculator-prices');
  });
});
