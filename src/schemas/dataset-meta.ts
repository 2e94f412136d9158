import { z } from 'astro/zod';
import type { SchemaIssueCode } from './issue-codes.ts';
import { columnTypes, type ColumnType } from './column-types.ts';
import { checkSchema } from './dataset-check.ts';

/** The types a CSV column can have: column-types.ts, which says which of them are numeric. */
export { columnTypes, type ColumnType } from './column-types.ts';

/** How exact a reported number is, in the report's word: "3400多户" is 3400 + `more`, "近6个月" is 6 + `nearly`. */
export { qualifiers, type Qualifier } from './qualifier.ts';

const name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case ASCII, starting with a letter');

/** What each column type accepts, in the editors' words (docs/DATASETS.md, 列类型): shown as an editor completes `type:`. */
const columnTypeDescriptions: Record<ColumnType, string> = {
  string: '文字：任意文字，不能含 < >（不写 HTML）。',
  integer: '整数：405、-20；不能有小数。',
  number: '数字：3962、965.13、-20；不写千位分隔符、单位、“万”“亿”。',
  percent: '百分数：0 到 100 之间的数，96.11 表示 96.11%；不必写 unit。',
  date: '日期：YYYY-MM-DD，月和日都用两位数，如 2024-11-13。',
  qualifier: '限定词：空（精确数），或 approx、around、nearly、over、more、min、atleast、max、below 之一。',
  place: '地点：content/places.yaml 里的地点 id。',
  source: '来源：content/sources.yaml 里的来源 id，注明每行出自哪篇报道。',
};

/** One column of the CSV, in the order of the header. */
export const columnSchema = z
  .strictObject({
    /** The header cell, snake_case ASCII. */
    name: name.meta({ description: '列名，即 CSV 表头里的写法：小写英文字母、数字和下划线，以字母开头，如 heating_area。' }),
    type: z.enum(columnTypes).meta({ description: '列类型：string、integer、number、percent、date、qualifier、place、source。', enumDescriptions: columnTypes.map((type) => columnTypeDescriptions[type]) }),
    /** Label shown to readers, in Chinese. */
    label: z.string().min(1).meta({ description: '给读者看的中文名称，如“供热面积”。' }),
    /** Unit, spelled out in Chinese (万平方米, 元/平方米·月, 微克/立方米, %). Numbers only. */
    unit: z.string().optional().meta({ description: '单位，用中文全称，如 万平方米、元/平方米·月、微克/立方米、%；只用于数值列（number、integer、percent）。CSV 里按这个单位写数值。' }),
    /** For long tables whose rows differ in unit: the string column that holds each row's unit. */
    unitColumn: name.optional().meta({ description: '每行单位不同的长表：存放每行单位的文字列（type: string）的列名。只用于数值列，与 unit 二选一。' }),
    /** The qualifier column that says how exact this number is. */
    qualifier: name.optional().meta({ description: '说明这一列数字精确程度的限定词列（type: qualifier）的列名，只用于数值列。' }),
    /** Empty cells allowed (the notes must say why a value is missing). */
    optional: z.boolean().default(false).meta({ description: 'true 表示允许空单元格（空的原因写进 notes）。不写时为 false。' }),
    /** A longer explanation, when the label is not enough. */
    description: z.string().optional().meta({ description: '名称不够清楚时的补充说明，显示在数据集页面的字段表里。' }),
  })
  .meta({ description: '一列的定义：name、type、label，数值列可加 unit（或 unitColumn）和 qualifier。' });

/** The subjects a dataset can be filed under (their Chinese names are `subject.*` in src/i18n/zh-CN.json). */
export const subjects = ['heating-area', 'heat-sources', 'operations', 'conversions', 'air-quality', 'prices', 'renovation'] as const;

/**
 * The fields every dataset's metadata has, whether its rows come from a CSV or are computed
 * (src/schemas/derived-dataset.ts).
 */
export const datasetFields = {
  /** Title, in Chinese. */
  title: z.string().min(4).meta({ description: '中文标题，至少 4 个字；写明地点、内容和时期。' }),
  /** One or two Chinese sentences: what the table is. */
  description: z.string().min(4).meta({ description: '一两句中文，说明这张表是什么。' }),
  /** What it is about. */
  subject: z.enum(subjects).meta({ description: '主题，选一个：heating-area、heat-sources、operations、conversions、air-quality、prices、renovation。' }),
  /** Place ids it covers. */
  places: z.array(z.string()).min(1).meta({ description: '涉及的地点 id 列表，至少一个，必须在 content/places.yaml 里。' }),
  /**
   * Season `YYYY-YYYY`, year `YYYY`, or range of years; `unknown` when the report does not say (then
   * `periodNote` says what is known).
   */
  period: z
    .union([z.string(), z.number().transform(String)])
    .pipe(z.string().regex(/^(\d{4}(-\d{4})?|unknown)$/))
    .meta({ description: '时期：采暖季 2025-2026、年份 2022，或年份范围 2020-2022。报道没有印年份、也推不出来时写 unknown（页面显示“年份不详”），并写 periodNote。' }),
  /**
   * Read two consecutive years (2021-2022) as calendar years, not as one heating season: `years`. Without it a
   * `YYYY-YYYY` of consecutive years is a heating season (2025-2026采暖期).
   */
  periodKind: z
    .enum(['season', 'years'])
    .optional()
    .meta({
      description: '相连的两个年份（2021-2022）默认读作一个采暖季；其实是两个自然年时写 years。',
      enumDescriptions: ['采暖季：显示为“2021-2022采暖期”（不写时也是这样）。', '两个自然年：显示为“2021—2022年”。'],
    }),
  /** Why the period is what it is, and what bounds are known: required when `period` is `unknown`. */
  periodNote: z.string().min(4).optional().meta({ description: '为什么年份不详、已知的范围（如“某年9月上旬，不早于2022年”），至少 4 个字。period 是 unknown 时必填。' }),
  /** Day the desk last changed the data, YYYY-MM-DD. */
  updated: z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.iso.date()]).meta({ description: '本站最后一次修改这份数据的日期，YYYY-MM-DD。改了数据就要改它。' }),
  /**
   * The column `<Num d="alias.row" />` shows when it names none (src/data/main-column.ts): one of the numeric
   * columns. Without it, the only numeric column, when there is exactly one.
   */
  mainColumn: name
    .optional()
    .meta({ description: '主数值列：报道里写 <Num d="别名.行键" />、不写列名时，取这一列的数。只有一个数值列（number、integer、percent）时不必写，就是那一列；有几个时写其中一个的列名（长表多半是 value）。' }),
  /** How the figures were read, what is approximate, where the report contradicts itself. */
  notes: z.string().optional().meta({ description: '说明：数字怎样从报道中读出，哪些是约数，为什么有空格，报道自相矛盾之处。多段时用 notes: | 开头，每行一段。' }),
  /** Consistency checks the build runs on the figures (src/schemas/dataset-check.ts). */
  checks: z.array(checkSchema).default([]).meta({ description: '构建时验证的数字关系，见 docs/DATASETS.md 的“核对”。' }),
};

/** requirePeriodNote as JSON Schema (docs/schemas/, `npm run schemas`), so that an editor's YAML extension flags it too. */
export const periodNoteRule = { if: { type: 'object', properties: { period: { const: 'unknown' } }, required: ['period'] }, then: { type: 'object', required: ['periodNote'] } };

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
export const provenanceSchema = z
  .strictObject({
    /** The row's key: its value in the first column. */
    row: z.union([z.string(), z.number().transform(String)]).pipe(z.string().min(1)).meta({ description: '行键：这一行第一列的值（与 <Num row="…"> 相同）。' }),
    /** The column whose cell holds the figure. */
    column: name.meta({ description: '数字所在的列名。' }),
    /** Article id from content/sources.yaml; may be left out when the dataset names one source only. */
    source: z.string().optional().meta({ description: '这个数字所在报道的 id，必须列在数据集的 sources 里。数据集只有一篇来源时可以不写。' }),
    /**
     * The report's words for the figure, verbatim with markup removed, at most 40 characters: the number as
     * printed, its qualifier, and what it counts (累计接听用户热线13505个, 供热面积965.13万平方米).
     */
    quote: z.string().min(2).max(40).meta({ description: '报道写这个数的原话，逐字照抄，2 到 40 个字：含数字本身、限定词和它指的是什么，如“累计接听用户热线13505个”。含英文逗号、冒号或以引号开头时，整段加英文双引号。' }),
  })
  .meta({ description: '一个报道数字的出处：它在哪一行哪一列、出自哪篇报道、报道写这个数的原话。' });

export type Provenance = z.output<typeof provenanceSchema>;

/**
 * Metadata of a dataset, `content/data/<id>.yaml` beside `content/data/<id>.csv`. The file name is the
 * dataset's id: /data/<id>/ and `<BarChart dataset="<id>" …/>`.
 */
export const datasetMetaSchema = z
  .strictObject({
    ...datasetFields,
    /** Source ids from content/sources.yaml. */
    sources: z.array(z.string()).min(1).meta({ description: '来源 id 列表，至少一个，必须在 content/sources.yaml 里：这个数据集的数字出自的每一篇报道。' }),
    /** Every column of the CSV, in header order. */
    columns: z.array(columnSchema).min(1).meta({ description: '每一列的定义，顺序与 CSV 表头相同。' }),
    /** The article and quote of every reported figure (every non-empty number or date cell). */
    provenance: z.array(provenanceSchema).default([]).meta({ description: '每个数值格、日期格的出处和原话，一格一条，如 { row: hotline, column: count, quote: 累计接听用户热线13505个 }。' }),
  })
  .superRefine(requirePeriodNote)
  .meta({ description: '数据集的说明文件 content/data/<id>.yaml，旁边是同名的 CSV；文件名就是数据集 id。写法见 docs/DATASETS.md。', ...periodNoteRule });

export type ColumnMeta = z.output<typeof columnSchema>;
export type DatasetMeta = z.output<typeof datasetMetaSchema>;
