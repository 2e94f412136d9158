import { z } from 'astro/zod';
import type { SchemaIssueCode } from './issue-codes.ts';
import { idSchema } from './id.ts';

/**
 * One cell of a dataset, as checks and computed datasets name it: `{ row: so2_mean, column: value }`, with
 * `dataset: <id>` when the cell is in another dataset. The row is the value of the dataset's first column.
 */
export const cellRefSchema = z.strictObject({
  /** Dataset id. Omitted: the dataset that declares the check, or the `from` dataset of a computed dataset. */
  dataset: z.string().optional(),
  /** The row's key, the value of its first column. */
  row: z.union([z.string(), z.number().transform(String)]),
  /** A column name. */
  column: z.string(),
});

export type CellRef = z.output<typeof cellRefSchema>;

const common = {
  /**
   * Stable id, lower-case with hyphens. Required for a known inconsistency: stories cite it as the row of the
   * computed dataset that lists the report's inconsistencies.
   */
  id: idSchema.optional(),
  /** What the check asserts, in Chinese, e.g. 已安装户数不超过已签约户数. */
  label: z.string().min(4),
  /**
   * Set when the report contradicts itself here, saying how, in Chinese. The build then requires the check to
   * fail (so the figures stay as the report printed them) and fails once it holds.
   */
  known: z.string().min(4).optional(),
};

/**
 * A consistency check, declared in a dataset's `checks:` list and run by every build. Each compares a figure
 * the report gives with one computed from other figures; it fails only when no reading of the figures within
 * their printed precision and qualifiers can satisfy it (docs/DATASETS.md, 核对).
 */
export const checkSchema = z
  .discriminatedUnion('type', [
    /** The parts add up to the stated total. */
    z.strictObject({ type: z.literal('sum'), ...common, parts: z.array(cellRefSchema).min(2), total: cellRefSchema }),
    /** `value` is not greater than `limit`: done ≤ planned, installed ≤ signed, low end ≤ high end. */
    z.strictObject({ type: z.literal('at-most'), ...common, value: cellRefSchema, limit: cellRefSchema }),
    /** A reported percentage equals part ÷ whole × 100. */
    z.strictObject({ type: z.literal('share'), ...common, share: cellRefSchema, part: cellRefSchema, whole: cellRefSchema }),
    /** The factors multiply to the result (percent factors count as hundredths). */
    z.strictObject({ type: z.literal('product'), ...common, factors: z.array(cellRefSchema).min(2), result: cellRefSchema }),
    /** The number of days from one date to another equals the reported number. */
    z.strictObject({ type: z.literal('days-between'), ...common, from: cellRefSchema, to: cellRefSchema, days: cellRefSchema }),
  ])
  .superRefine((check, context) => {
    if (check.known !== undefined && check.id === undefined) {
      context.addIssue({ code: 'custom', path: ['id'], message: 'a known inconsistency needs an id', params: { code: 'check-known-without-id' satisfies SchemaIssueCode } });
    }
  });

export type Check = z.output<typeof checkSchema>;
export type CheckType = Check['type'];
