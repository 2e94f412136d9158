import { z } from 'astro/zod';
import { cellRefSchema } from './dataset-check.ts';
import { datasetFields, requirePeriodNote } from './dataset-meta.ts';
import { idSchema } from './id.ts';

/**
 * Metadata of a computed dataset: `content/data/<id>.yaml` with a `formula:` and no CSV beside it. Its rows
 * are computed at build time from other datasets (src/data/derived/), never typed; its sources are those of
 * the datasets it reads, its columns are the formula's. See docs/DATASETS.md, 计算数据集.
 */

/** A dataset id: the file name of a dataset in content/data/, CSV or computed. */
const datasetId = idSchema;

/** A row's key in the computed table: what `<Num row="…">` names. */
const key = z.union([z.string().min(1), z.number().transform(String)]);

/** Fields of one computed row: its key and the label readers see. */
const row = { key, label: z.string().min(2) };

/** Decimal places a quotient is rounded to; rounding that changes it makes the figure 约 (approx). */
const decimals = z.number().int().min(0).max(6);

/** The dataset that refs without `dataset:` read from. */
const from = datasetId.optional();

export const derivedMetaSchema = z
  .discriminatedUnion('formula', [
    /** Price × months, per m², for every tariff of a price table (shanxi-city-heating-prices-2022's shape). */
    z.strictObject({ ...datasetFields, formula: z.literal('season-cost'), prices: datasetId }),
    /** A season's bill for a home of `area` in every city of a price table: price × months × area. */
    z.strictObject({
      ...datasetFields,
      formula: z.literal('household-bill'),
      prices: datasetId,
      /** The area, a cell in 平方米 (building area). */
      area: cellRefSchema,
      /** Which tariffs: residential (居民) or non-residential (非居民). */
      use: z.enum(['residential', 'non-residential']).default('residential'),
    }),
    /** part ÷ whole, as a percentage: share of conversions done, of windows installed. */
    z.strictObject({
      ...datasetFields,
      formula: z.literal('share'),
      from,
      rows: z.array(z.strictObject({ ...row, part: cellRefSchema, whole: cellRefSchema, decimals: decimals.default(1) })).min(1),
    }),
    /** numerator ÷ denominator in a unit: heated area per household (平方米/户). */
    z.strictObject({
      ...datasetFields,
      formula: z.literal('ratio'),
      from,
      rows: z.array(z.strictObject({ ...row, numerator: cellRefSchema, denominator: cellRefSchema, unit: z.string().min(1), decimals: decimals.default(2) })).min(1),
    }),
    /** The prior period's level implied by the current level and its reported change: 15 ÷ (1 − 40%). */
    z.strictObject({
      ...datasetFields,
      formula: z.literal('prior-level'),
      from,
      rows: z
        .array(z.strictObject({ ...row, current: cellRefSchema, change: cellRefSchema, direction: z.enum(['decrease', 'increase']), decimals: decimals.default(1) }))
        .min(1),
    }),
    /** Σ parts, all in one unit: capacity sums. */
    z.strictObject({ ...datasetFields, formula: z.literal('sum'), from, rows: z.array(z.strictObject({ ...row, parts: z.array(cellRefSchema).min(2) })).min(1) }),
    /** Π factors in a unit: a plant's installed capacity, units × MW per unit. */
    z.strictObject({
      ...datasetFields,
      formula: z.literal('product'),
      from,
      rows: z.array(z.strictObject({ ...row, factors: z.array(cellRefSchema).min(2), unit: z.string().min(1) })).min(1),
    }),
    /** Figures of one measure for different years, copied with their provenance into a time series. */
    z.strictObject({
      ...datasetFields,
      formula: z.literal('series'),
      from,
      rows: z.array(z.strictObject({ ...row, year: z.number().int().min(1900).max(2100), value: cellRefSchema })).min(2),
    }),
    /** Every check marked `known` in these datasets: what the report says, what its other figures give. */
    z.strictObject({ ...datasetFields, formula: z.literal('known-inconsistencies'), datasets: z.array(datasetId).min(1) }),
  ])
  .superRefine(requirePeriodNote);

export type DerivedMeta = z.output<typeof derivedMetaSchema>;
export type Formula = DerivedMeta['formula'];
export type DerivedSpec<F extends Formula> = Extract<DerivedMeta, { formula: F }>;
