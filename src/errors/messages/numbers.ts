import { propWhere } from '../where.ts';
import { list, type Area, type Entry, type Examples } from './entry.ts';

/**
 * Mistakes in the props of the components that show figures rather than draw them: <BigNumbers>
 * (src/charts/big-numbers/model.ts) and the heating-bill calculator (src/calculator/calculator-model.ts).
 */

const unitName = (unit: string) => unit || '无单位';

export const numberMessages = {
  /** <BigNumbers> 一个数字也没写。 */
  'big-numbers-empty': (_: { found?: string | undefined }) => ({
    expected: '至少一个数字：items={[{ dataset, row, column }]}，或 dataset、rows、column 三个属性',
    fix: '照 docs/CHARTS.md 的例子写。',
  }),
  /** <BigNumbers> 的数字超过 6 个。 */
  'big-numbers-too-many': (d: { count: number; max: number }) => ({
    found: `${d.count} 个数字`,
    expected: `最多 ${d.max} 个数字`,
    fix: '关键数字太多就不关键了：挑出最重要的，其余放进图表或表格。',
  }),
  /** <BigNumbers> 的简写（dataset、rows、column）没写 rows。 */
  'big-numbers-rows-missing': (_: { found?: string | undefined }) => ({ expected: '一行或几行的键（数据集第一列的值），用顿号分隔', fix: '写 rows="…"。' }),
  /** <BigNumbers> 的 items 里有一项不是 { dataset, row, column }。 */
  'big-number-not-object': (_: { found?: string | undefined }) => ({ expected: '{ dataset, row, column }', fix: '照 docs/CHARTS.md 的例子写。' }),
  /** <BigNumbers> 拿来比较的数字与它单位不同。 */
  'big-number-units-differ': (d: { other: string; otherUnit: string; figure: string; unit: string }) => ({
    found: `${d.other}（${unitName(d.otherUnit)}）`,
    expected: `与“${d.figure}”单位相同（${unitName(d.unit)}）的数字`,
    fix: '换一个同单位的数字来比较。',
  }),
  /** 计算器的 dataset 不是一张热价表（缺列、单位不对）。 */
  'calculator-not-a-price-table': (d: { found?: string | undefined; reason: string }) => ({
    expected: `一张热价表（如 shanxi-city-heating-prices-2022）：${d.reason}`,
    fix: '换成热价数据集，或按 docs/DATASETS.md 补齐它的列。',
  }),
  /** 计算器的 place 不是价格表里的城市。 */
  'calculator-place-unknown': (d: { found: string; cities: readonly string[] }) => ({ expected: `价格表里的城市之一：${list(d.cities)}`, fix: '改成其中一个，或不写（默认第一个城市）。' }),
  /** 计算器的 area 不是合理的面积。 */
  'calculator-area-invalid': (d: { found?: string | undefined; min: number; max: number; fallback: number }) => ({
    expected: `${d.min}到${d.max}之间的面积（平方米）`,
    fix: `写一个数字，如 area="${d.fallback}"，或不写（默认 ${d.fallback}）。`,
  }),
} satisfies Record<string, Entry>;

const prop = (component: string, name: string) => ({ file: 'content/stories/prices.mdx', line: 13, column: 1, where: propWhere(component, name) });

export const numberExamples: Examples<typeof numberMessages> = {
  'big-numbers-empty': { at: prop('BigNumbers', 'items'), details: { found: '[]' } },
  'big-numbers-too-many': { at: prop('BigNumbers', 'items'), details: { count: 7, max: 6 } },
  'big-numbers-rows-missing': { at: prop('BigNumbers', 'rows'), details: {} },
  'big-number-not-object': { at: prop('BigNumbers', 'items[0]'), details: { found: 'heating_area' } },
  'big-number-units-differ': { at: prop('BigNumbers', 'items[0].compare'), details: { other: '2.52元/平方米·月', otherUnit: '元/平方米·月', figure: '近6个月', unit: '个月' } },
  'calculator-not-a-price-table': {
    at: prop('HeatingBillCalculator', 'dataset'),
    details: { found: 'prices', reason: '价格表“prices”缺少 season_months 列：价格表要有 residential 与 season_months 两列，格式见 docs/DATASETS.md' },
  },
  'calculator-place-unknown': { at: prop('HeatingBillCalculator', 'place'), details: { found: 'xinzhou', cities: ['taiyuan', 'datong', 'shuozhou'] } },
  'calculator-area-invalid': { at: prop('HeatingBillCalculator', 'area'), details: { found: '九十', min: 1, max: 10000, fallback: 90 } },
};

export const numberArea: Area<typeof numberMessages> = { title: '关键数字与供暖费计算器', module: 'numbers.ts', messages: numberMessages, examples: numberExamples };
