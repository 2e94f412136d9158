import { z } from 'astro/zod';
import type { SchemaIssueCode } from './issue-codes.ts';
import { idSchema } from './id.ts';

/** A fact the page does not print, with the reason the desk gives for it: readers see it marked 推定. */
const reason = z.string().min(4);
const inferredBecause = (description: string) => reason.optional().meta({ description });

/**
 * A source article, one entry of the list in `content/sources.yaml`. One page of the archive may carry several
 * articles; each is its own source, so a figure is credited to the article it is printed in. Every dataset,
 * every reported figure's quote and every story names its sources by `id`.
 */
export const sourceSchema = z
  .strictObject({
    /** Stable kebab-case id, e.g. baotou-season-end-2026. */
    id: idSchema.meta({ description: '来源 id：小写字母、数字和连字符，如 baotou-season-end-2026；不能重复，定下后不要改。' }),
    /** The page file in shared/source-reports/ the article is printed on. */
    page: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'a file name in shared/source-reports/, e.g. 000_d80636934d123922.txt')
      .meta({ description: '这篇报道所在版面在 shared/source-reports/ 里的文件名，如 000_d80636934d123922.txt。' }),
    /** First and last line of the article on the page, 1-based and inclusive: its headline to its last paragraph. */
    lines: z
      .tuple([z.number().int().min(1), z.number().int().min(1)])
      .refine(([first, last]) => first <= last, { message: 'the first line comes before the last, e.g. [3, 23]', params: { code: 'source-lines-reversed' satisfies SchemaIssueCode } })
      .meta({ description: '报道在版面文件里的起止行 [第一行, 最后一行]，从 1 数起，含两端：从标题（或栏题、引题）到最后一段（含图片说明）。第一行不能在最后一行之后。' }),
    /** Headline of the article, as printed. */
    headline: z.string().min(1).meta({ description: '报道的标题，照原样抄。含英文冒号时加英文双引号。' }),
    /** The newspaper. When the page does not print its masthead, `inferred.publication` says why this one. */
    publication: z.string().min(1).meta({ description: '报纸名称。版面没有印报名时，写推定的报纸，并在 inferred.publication 写理由。' }),
    /** Place id from content/places.yaml. */
    place: z.string().meta({ description: '报道所在地的地点 id，必须在 content/places.yaml 里。' }),
    /** Publication date as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. Inferred parts: `inferred.date`. */
    date: z
      .union([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), z.date().transform((d) => d.toISOString().slice(0, 10))])
      .optional()
      .meta({ description: '发表日期，精确到能确定的程度："2026"、"2026-04" 或 "2026-04-20"，加英文双引号。有任何一部分不是版面印出的，在 inferred.date 写理由；一点线索都没有就不写。' }),
    /** Heating season the article speaks of, e.g. 2025-2026. */
    season: z
      .string()
      .regex(/^\d{4}-\d{4}$/)
      .optional()
      .meta({ description: '报道所讲的采暖季，如 2025-2026。' }),
    /**
     * What the page does not print but this entry states, each with the reason. Every place a reader sees such
     * a fact (source lines under charts, figure tooltips, the source list, dataset pages, citations) marks it 推定.
     */
    inferred: z
      .strictObject({
        /** The masthead is not on the page. */
        publication: inferredBecause('版面没有印报名：为什么是这份报纸（至少 4 个字）。'),
        /** The date (or its month, or its year) is not on the page. */
        date: inferredBecause('版面没有印出日期（或其中的年、月）：date 是怎样推定的（至少 4 个字）。'),
      })
      .default({})
      .meta({ description: '版面没有印出、由本站推定的事实，每项一句理由：publication（报名）、date（日期）。读者看到它的每一处都标“推定”。' }),
    /** In Chinese words: when it was published, and how precisely that is known. */
    when: z.string().min(1).meta({ description: '用中文说明发表时间，以及能确定到什么程度。' }),
    /** In Chinese: what the article covers. */
    covers: z.string().min(1).meta({ description: '一句中文：这篇报道的供热内容包括什么。' }),
    /** Reporters named in the byline. */
    reporters: z.array(z.string()).optional().meta({ description: '署名记者的列表，如 [岳宇乐]。' }),
  })
  .meta({ description: '一篇来源报道（不是一个版面）：数据集、每个数字的出处和报道都用 id 引用它。写法见 docs/DATASETS.md 的“来源登记表”。' });

export type Source = z.output<typeof sourceSchema>;
