import { z } from 'astro/zod';
import { cellRefSchema } from './dataset-check.ts';
import { datasetFields, periodNoteRule, requirePeriodNote } from './dataset-meta.ts';
import { idSchema } from './id.ts';

/**
 * Metadata of a computed dataset: `content/data/<id>.yaml` with a `formula:` and no CSV beside it. Its rows
 * are computed at build time from other datasets (src/data/derived/), never typed; its sources are those of
 * the datasets it reads, its columns are the formula's. See docs/DATASETS.md, 计算数据集.
 */

/** A dataset id: the file name of a dataset in content/data/, CSV or computed. */
const datasetId = idSchema;

/** A row's key in the computed table: what `<Num row="…">` names. */
const key = z.union([z.string().min(1), z.number().transform(String)]).meta({ description: '这一行的行键（算出的表的第一列）：<Num row="…"> 用它引用这一行。' });

/** Fields of one computed row: its key and the label readers see. */
const row = { key, label: z.string().min(2).meta({ description: '这一行给读者看的中文名称，至少 2 个字。' }) };

/** Decimal places a quotient is rounded to; rounding that changes it makes the figure 约 (approx). */
const decimals = z.number().int().min(0).max(6);
const roundedTo = (places: number) => decimals.default(places).meta({ description: `结果保留的小数位数，0 到 6，不写时为 ${places}；取整改变了数值时标“约”。` });

/** The dataset that refs without `dataset:` read from. */
const from = datasetId.optional().meta({ description: '格子引用默认读取的数据集 id；引用别的数据集时在格子里写 dataset:。' });

/** A cell a formula reads, with what it stands for. */
const cell = (description: string) => cellRefSchema.meta({ description });
const cells = (description: string) => z.array(cellRefSchema).min(2).meta({ description });
const formulaName = <F extends string>(name: F, description: string) => z.literal(name).meta({ description });
const rows = <T extends z.ZodType>(row: T, min: number, description: string) => z.array(row).min(min).meta({ description });
const prices = datasetId.meta({ description: '热价表的数据集 id（格式见 shanxi-city-heating-prices-2022：第一列是城市，有 residential 和 season_months 两列）。' });

export const derivedMetaSchema = z
  .discriminatedUnion('formula', [
    /** Price × months, per m², for every tariff of a price table (shanxi-city-heating-prices-2022's shape). */
    z.strictObject({ ...datasetFields, formula: formulaName('season-cost', 'season-cost：每种热价一个采暖季每平方米的费用，热价 × 供热期。另写 prices。'), prices }),
    /** A season's bill for a home of `area` in every city of a price table: price × months × area. */
    z.strictObject({
      ...datasetFields,
      formula: formulaName('household-bill', 'household-bill：这么大的住房在每个城市一个采暖季的暖气费，热价 × 供热期 × 面积。另写 prices、area，可选 use。'),
      prices,
      /** The area, a cell in 平方米 (building area). */
      area: cell('住房面积所在的格子（平方米，建筑面积）。'),
      /** Which tariffs: residential (居民) or non-residential (非居民). */
      use: z.enum(['residential', 'non-residential']).default('residential').meta({ description: '按哪种热价算：residential（居民，不写时）或 non-residential（非居民）。' }),
    }),
    /** part ÷ whole, as a percentage: share of conversions done, of windows installed. */
    z.strictObject({
      ...datasetFields,
      formula: formulaName('share', 'share：部分 ÷ 整体，百分数。另写 rows（可选 from）。'),
      from,
      rows: rows(z.strictObject({ ...row, part: cell('部分所在的格子。'), whole: cell('整体所在的格子。'), decimals: roundedTo(1) }), 1, '算出的每一行：key、label、part、whole，可选 decimals（不写时为 1）。'),
    }),
    /** numerator ÷ denominator in a unit: heated area per household (平方米/户). */
    z.strictObject({
      ...datasetFields,
      formula: formulaName('ratio', 'ratio：分子 ÷ 分母，带单位，如平均每户面积（平方米/户）。另写 rows（可选 from）。'),
      from,
      rows: rows(
        z.strictObject({
          ...row,
          numerator: cell('分子所在的格子。'),
          denominator: cell('分母所在的格子。'),
          unit: z.string().min(1).meta({ description: '结果的单位，必须是分子与分母单位之比，如 平方米/户（“万”先换算掉）。' }),
          decimals: roundedTo(2),
        }),
        1,
        '算出的每一行：key、label、numerator、denominator、unit，可选 decimals（不写时为 2）。',
      ),
    }),
    /** The prior period's level implied by the current level and its reported change: 15 ÷ (1 − 40%). */
    z.strictObject({
      ...datasetFields,
      formula: formulaName('prior-level', 'prior-level：由本期水平和同比变化推算上一期，本期 ÷ (1 − 降幅)。另写 rows（可选 from）。'),
      from,
      rows: rows(
        z.strictObject({
          ...row,
          current: cell('本期水平所在的格子。'),
          change: cell('同比变化（百分数）所在的格子。'),
          direction: z.enum(['decrease', 'increase']).meta({ description: '变化的方向：decrease（下降）或 increase（上升）。' }),
          decimals: roundedTo(1),
        }),
        1,
        '算出的每一行：key、label、current、change、direction，可选 decimals（不写时为 1）。',
      ),
    }),
    /** Σ parts, all in one unit: capacity sums. */
    z.strictObject({
      ...datasetFields,
      formula: formulaName('sum', 'sum：合计，各项单位相同。另写 rows（可选 from）。'),
      from,
      rows: rows(z.strictObject({ ...row, parts: cells('各项所在的格子，至少两格，单位相同。') }), 1, '算出的每一行：key、label、parts。'),
    }),
    /** Π factors in a unit: a plant's installed capacity, units × MW per unit. */
    z.strictObject({
      ...datasetFields,
      formula: formulaName('product', 'product：乘积，如台数 × 单机容量。另写 rows（可选 from）。'),
      from,
      rows: rows(
        z.strictObject({ ...row, factors: cells('各因数所在的格子，至少两格。'), unit: z.string().min(1).meta({ description: '乘积的单位，由你写明，要写对。' }) }),
        1,
        '算出的每一行：key、label、factors、unit。',
      ),
    }),
    /** Figures of one measure for different years, copied with their provenance into a time series. */
    z.strictObject({
      ...datasetFields,
      formula: formulaName('series', 'series：不计算，把同一指标不同年份的数按年份排成时间序列，单位必须相同。另写 rows（至少两行，可选 from）。'),
      from,
      rows: rows(
        z.strictObject({ ...row, year: z.number().int().min(1900).max(2100).meta({ description: '年份，如 2021。' }), value: cell('这一年的数所在的格子。') }),
        2,
        '每一年一行，至少两行：key、year、label、value。',
      ),
    }),
    /** Every check marked `known` in these datasets: what the report says, what its other figures give. */
    z.strictObject({
      ...datasetFields,
      formula: formulaName('known-inconsistencies', 'known-inconsistencies：列出这些数据集里标了 known 的核对：报道的数、算出的数、两者之差。另写 datasets。'),
      datasets: z.array(datasetId).min(1).meta({ description: '数据集 id 列表，至少一个。' }),
    }),
  ])
  .superRefine(requirePeriodNote)
  .meta({ description: '计算数据集 content/data/<id>.yaml：写明 formula，旁边没有同名的 CSV；文件名就是数据集 id。不写 sources、columns、provenance。写法见 docs/DATASETS.md 的“计算数据集”。', ...periodNoteRule });

export type DerivedMeta = z.output<typeof derivedMetaSchema>;
export type Formula = DerivedMeta['formula'];
export type DerivedSpec<F extends Formula> = Extract<DerivedMeta, { formula: F }>;
