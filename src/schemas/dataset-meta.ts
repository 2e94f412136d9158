import { z } from 'astro/zod';
import type { SchemaIssueCode } from './issue-codes.ts';
import { columnTypes } from './column-types.ts';
import { checkSchema } from './dataset-check.ts';

/** The types a CSV column can have: column-types.ts, which says which of them are numeric. */
export { columnTypes, type ColumnType } from './column-types.ts';

/** How exact a reported number is, in the report's word: "3400多户" is 3400 + `more`, "近6个月" is 6 + `nearly`. */
export { qualifiers, type Qualifier } from './qualifier.ts';

const name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case ASCII, starting with a letter');

/** One column of the CSV, in the order of the header. */
export const columnSchema = z.strictObject({
  /** The header cell, snake_case ASCII. */
  name,
  type: z.enum(columnTypes),
  /** Label shown to readers, in Chinese. */
  label: z.string().min(1),
  /** Unit, spelled out in Chinese (万平方米, 元/平方米·月, 微克/立方米, %). Numbers only. */
  unit: z.string().optional(),
  /** For long tables whose rows differ in unit: the string column that holds each row's unit. */
  unitColumn: name.optional(),
  /** The qualifier column that says how exact this number is. */
  qualifier: name.optional(),
  /** Empty cells allowed (the notes must say why a value is missing). */
  optional: z.boolean().default(false),
  /** A longer explanation, when the label is not enough. */
  description: z.string().optional(),
});

/** The subjects a dataset can be filed under (their Chinese names are `subject.*` in src/i18n/zh-CN.json). */
export const subjects = ['heating-area', 'heat-sources', 'operations', 'conversions', 'air-quality', 'prices', 'renovation'] as const;

/**
 * The fields every dataset's metadata has, whether its rows come from a CSV or are computed
 * (src/schemas/derived-dataset.ts).
 */
export const datasetFields = {
  /** Title, in Chinese. */
  title: z.string().min(4),
  /** One or two Chinese sentences: what the table is. */
  description: z.string().min(4),
  /** What it is about. */
  subject: z.enum(subjects),
  /** Place ids it covers. */
  places: z.array(z.string()).min(1),
  /**
   * Season `YYYY-YYYY`, year `YYYY`, or range of years; `unknown` when the report does not say (then
   * `periodNote` says what is known).
   */
  period: z.union([z.string(), z.number().transform(String)]).pipe(z.string().regex(/^(\d{4}(-\d{4})?|unknown)$/)),
  /**
   * Read two consecutive years (2021-2022) as calendar years, not as one heating season: `years`. Without it a
   * `YYYY-YYYY` of consecutive years is a heating season (2025-2026采暖期).
   */
  periodKind: z.enum(['season', 'years']).optional(),
  /** Why the period is what it is, and what bounds are known: required when `period` is `unknown`. */
  periodNote: z.string().min(4).optional(),
  /** Day the desk last changed the data, YYYY-MM-DD. */
  updated: z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.iso.date()]),
  /** How the figures were read, what is approximate, where the report contradicts itself. */
  notes: z.string().optional(),
  /** Consistency checks the build runs on the figures (src/schemas/dataset-check.ts). */
  checks: z.array(checkSchema).default([]),
};

/** An unknown period must say why: readers see "年份不详" and this note. */
export function requirePeriodNote(meta: { period: string; periodNote?: string | undefined }, context: z.RefinementCtx): void {
  if (meta.period === 'unknown' && meta.periodNote === undefined) {
    context.addIssue({ code: 'custom', path: ['periodNote'], message: 'an unknown period needs a periodNote', params: { code: 'period-note-missing' satisfies SchemaIssueCode } });
  }
}

/**
 * Where one reported figure was printed: the article, and the report's own words for it. One entry per figure
 * (per cell: a wide row holds several figures). The build checks that the quote shows the cell's number and
 * qualifier; `npm test` checks that the quote stands in the article's lines of the archived page.
 *
 * ```yaml
 * provenance:
 *   - { row: hotline, column: count, quote: 累计接听用户热线13505个 }
 * ```
 */
export const provenanceSchema = z.strictObject({
  /** The row's key: its value in the first column. */
  row: z.union([z.string(), z.number().transform(String)]).pipe(z.string().min(1)),
  /** The column whose cell holds the figure. */
  column: name,
  /** Article id from content/sources.yaml; may be left out when the dataset names one source only. */
  source: z.string().optional(),
  /**
   * The report's words for the figure, verbatim with markup removed, at most 40 characters: the number as
   * printed, its qualifier, and what it counts (累计接听用户热线13505个, 供热面积965.13万平方米).
   */
  quote: z.string().min(2).max(40),
});

export type Provenance = z.output<typeof provenanceSchema>;

/**
 * Metadata of a dataset, `content/data/<id>.yaml` beside `content/data/<id>.csv`. The file name is the
 * dataset's id: /data/<id>/ and `<BarChart dataset="<id>" …/>`.
 */
export const datasetMetaSchema = z
  .strictObject({
    ...datasetFields,
    /** Source ids from content/sources.yaml. */
    sources: z.array(z.string()).min(1),
    /** Every column of the CSV, in header order. */
    columns: z.array(columnSchema).min(1),
    /** The article and quote of every reported figure (every non-empty number or date cell). */
    provenance: z.array(provenanceSchema).default([]),
  })
  .superRefine(requirePeriodNote);

export type ColumnMeta = z.output<typeof columnSchema>;
export type DatasetMeta = z.output<typeof datasetMetaSchema>;
