import { z } from 'astro/zod';
import type { SchemaIssueCode } from './issue-codes.ts';
import { idSchema } from './id.ts';

/**
 * One cell of a dataset, as checks and computed datasets name it: `{ row: so2_mean, column: value }`, with
 * `dataset: <id>` when the cell is in another dataset. The row is the value of the dataset's first column.
 */
export const cellRefSchema = z
  .strictObject({
    /** Dataset id. Omitted: the dataset that declares the check, or the `from` dataset of a computed dataset. */
    dataset: z.string().optional().meta({ description: '格子所在的数据集 id。不写时：核对读声明它的数据集，计算数据集读 from 指定的数据集。' }),
    /** The row's key, the value of its first column. */
    row: z.union([z.string(), z.number().transform(String)]).meta({ description: '行键：这一行第一列的值（与 <Num row="…"> 相同）。' }),
    /** A column name. */
    column: z.string().meta({ description: '列名。' }),
  })
  .meta({ description: '一个格子：{ row: 行键, column: 列名 }；格子在另一个数据集里时加上 dataset: 数据集 id。' });

export type CellRef = z.output<typeof cellRefSchema>;

const common = {
  /**
   * Stable id, lower-case with hyphens. Required for a known inconsistency: stories cite it as the row of the
   * computed dataset that lists the report's inconsistencies.
   */
  id: idSchema.optional().meta({ description: '核对的 id：小写字母、数字和连字符。标了 known 的核对必填：报道按它引用列出已知矛盾的计算数据集里的那一行。' }),
  /** What the check asserts, in Chinese, e.g. 已安装户数不超过已签约户数. */
  label: z.string().min(4).meta({ description: '一句中文，说这条关系是什么，如“已安装户数不超过已签约户数”，至少 4 个字；页面和错误提示都用它。' }),
  /**
   * Set when the report contradicts itself here, saying how, in Chinese. The build then requires the check to
   * fail (so the figures stay as the report printed them) and fails once it holds.
   */
  known: z.string().min(4).optional().meta({ description: '报道在这里自相矛盾时，用中文写明矛盾之处（至少 4 个字），并写 id。标了 known 的核对必须仍然不成立，构建才通过。' }),
};

/** A cell of a check, with what it stands for in the check. */
const cell = (description: string) => cellRefSchema.meta({ description });
const cells = (description: string) => z.array(cellRefSchema).min(2).meta({ description });
const kind = <T extends string>(type: T, description: string) => z.literal(type).meta({ description });

/**
 * What a check must also say, as JSON Schema (docs/schemas/, `npm run schemas`): the rule of the superRefine
 * below, so that an editor's YAML extension flags it too.
 */
const knownNeedsId = { if: { type: 'object', required: ['known'] }, then: { type: 'object', required: ['id'] } };

/**
 * A consistency check, declared in a dataset's `checks:` list and run by every build. Each compares a figure
 * the report gives with one computed from other figures; it fails only when no reading of the figures within
 * their printed precision and qualifiers can satisfy it (docs/DATASETS.md, 核对).
 */
export const checkSchema = z
  .discriminatedUnion('type', [
    /** The parts add up to the stated total. */
    z.strictObject({ type: kind('sum', 'sum：各项之和等于合计。'), ...common, parts: cells('各项所在的格子，至少两格，单位相同。'), total: cell('合计所在的格子。') }),
    /** `value` is not greater than `limit`: done ≤ planned, installed ≤ signed, low end ≤ high end. */
    z.strictObject({ type: kind('at-most', 'at-most：value 不大于 limit，如已完成 ≤ 计划、区间下限 ≤ 上限。'), ...common, value: cell('不应大于 limit 的那一格。'), limit: cell('上限所在的格子，单位与 value 相同。') }),
    /** A reported percentage equals part ÷ whole × 100. */
    z.strictObject({ type: kind('share', 'share：报道的比例等于 部分 ÷ 整体。'), ...common, share: cell('报道的比例（百分数）所在的格子。'), part: cell('部分所在的格子。'), whole: cell('整体所在的格子。') }),
    /** The factors multiply to the result (percent factors count as hundredths). */
    z.strictObject({ type: kind('product', 'product：各因数之积等于结果（百分数按百分之几算）。'), ...common, factors: cells('各因数所在的格子，至少两格。'), result: cell('结果所在的格子。') }),
    /** The number of days from one date to another equals the reported number. */
    z.strictObject({ type: kind('days-between', 'days-between：两个日期相隔的天数等于报道的天数。'), ...common, from: cell('开始日期所在的格子。'), to: cell('结束日期所在的格子。'), days: cell('报道的天数所在的格子。') }),
  ])
  .superRefine((check, context) => {
    if (check.known !== undefined && check.id === undefined) {
      context.addIssue({ code: 'custom', path: ['id'], message: 'a known inconsistency needs an id', params: { code: 'check-known-without-id' satisfies SchemaIssueCode } });
    }
  })
  .meta({ description: '一条核对：每次构建都验证的数字关系。type 选一种：sum、at-most、share、product、days-between（见 docs/DATASETS.md 的“核对”）。', ...knownNeedsId });

export type Check = z.output<typeof checkSchema>;
export type CheckType = Check['type'];
