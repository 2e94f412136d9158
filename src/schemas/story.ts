import { z } from 'astro/zod';
import { idPattern } from './id.ts';
import type { SchemaIssueCode } from './issue-codes.ts';

/**
 * A name a story gives one of its datasets in `data:`, by which `<Num d="alias.row" />` and a chart's
 * `dataset="alias"` name it: a lower-case letter, then lower-case letters, digits, hyphens and underscores.
 */
export const aliasPattern = /^[a-z][a-z0-9_-]*$/;

const isoDate = z.union([z.date(), z.iso.date()]).transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** One entry of a story's 更新记录 (updates log). */
export const storyUpdateSchema = z
  .strictObject({
    /** Day of the change, YYYY-MM-DD. */
    date: isoDate.meta({ description: '改动的日期，YYYY-MM-DD。' }),
    /** What changed, in one Chinese sentence. */
    note: z.string().min(1).meta({ description: '一句中文，说明改了什么。' }),
  })
  .meta({ description: '更新记录的一条：date 和 note。' });

/** The byline of a story that names none: the desk (structured data names it as an organization). */
export const deskByline = '供热季数据组';

/**
 * Frontmatter of a story, `content/stories/<slug>.mdx`. The file name is the URL: /stories/<slug>/.
 *
 * ```yaml
 * title: 包头这个采暖季：两家供热单位交出的数字账本
 * dek: 一句话摘要，出现在标题下方和首页列表里。
 * date: 2026-04-20
 * season: 2025-2026
 * places: [baotou]
 * tags: [供热运行, 热电联产]
 * byline: 供热季数据组
 * sources: [baotou-season-end-2026]
 * ```
 */
export const storySchema = z
  .strictObject({
    /** Headline, in Chinese. */
    title: z.string().min(4).max(60).meta({ description: '标题，4 到 60 个字。写出报道的发现；最好写明年份或采暖季。' }),
    /** Summary under the headline and in lists: one or two sentences. */
    dek: z.string().min(10).max(200).meta({ description: '摘要，一两句话，10 到 200 个字；显示在标题下方和首页列表里。' }),
    /** Publication day, YYYY-MM-DD (China Standard Time). */
    date: isoDate.meta({ description: '发布日，YYYY-MM-DD，按中国时间。' }),
    /** Day of the last substantive change, YYYY-MM-DD; shown as 更新于. */
    updated: isoDate.optional().meta({ description: '最后一次实质修改的日期，YYYY-MM-DD；显示为“更新于”。' }),
    /** Heating season the story is about, e.g. 2025-2026; left out when the sources do not say which. */
    season: z
      .string()
      .regex(/^\d{4}-\d{4}$/)
      .optional()
      .meta({ description: '报道所讲的采暖季，如 2025-2026。与 periodNote 二选一：来源报道没有说是哪一季时不写。' }),
    /**
     * What the page states as the period reported when `season` is left out: 报道未写明年份, or for a story
     * across places 2021—2025年，各地年份不同.
     */
    periodNote: z.string().min(4).optional().meta({ description: '不写 season 时必填：页面上“报道时段”写什么，如“报道未写明年份”；跨地区、各地年份不同时写明各自的时段。' }),
    /** Place ids from content/places.yaml. */
    places: z.array(z.string()).min(1).meta({ description: '地点 id 的列表，至少一个，必须在 content/places.yaml 里。' }),
    /** Subjects, in Chinese; each becomes /tags/<tag>/. */
    tags: z.array(z.string().min(1)).default([]).meta({ description: '中文主题词的列表；每个主题词有自己的页面 /tags/<主题词>/，所以不能有 /、\\、?、#、%。' }),
    /** Who wrote it. */
    byline: z.string().min(1).default(deskByline).meta({ description: '作者；不写时为“供热季数据组”。' }),
    /** Source ids from content/sources.yaml: every report the story's figures come from. */
    sources: z.array(z.string()).min(1).meta({ description: '来源 id 的列表，至少一个：文中数字出自的每一篇报道，必须在 content/sources.yaml 里。' }),
    /** Stories to read next: file names (without .mdx) in content/stories/. Shown first under 相关报道, before
     *  the stories found by shared places and tags. */
    related: z.array(z.string()).default([]).meta({ description: '推荐接着读的报道：content/stories/ 里的文件名（不含 .mdx）的列表；“相关报道”先列它们。' }),
    /**
     * `story` (the default): 800–2,000 characters of prose and at least two charts. `brief` (简讯): a short item
     * for a report that gives too little for a full story, 300–800 characters and at least one chart.
     */
    kind: z
      .enum(['story', 'brief'])
      .default('story')
      .meta({
        description: '体裁：story（报道，不写时）或 brief（简讯）。',
        enumDescriptions: ['报道：正文 800–2000 字，至少 2 个图表。', '简讯：来源报道给的材料不够写成一篇报道时，正文 300–800 字，至少 1 个图表。'],
      }),
    /**
     * The datasets the story binds figures to, each by a short name (alias → dataset id): `<Num d="cap.chp_plants" />`
     * is the figure of row chp_plants of the dataset `cap` names, in its main column (src/data/main-column.ts).
     * Checked against content/data/ with the story's file (src/data/frontmatter.ts).
     */
    data: z
      .record(z.string(), z.string())
      .default({})
      .meta({
        description: '这篇报道用到的数据集，各起一个短名字（别名: 数据集 id），如 { cap: shuozhou-heat-capacity-2022 }。正文里写 <Num d="cap.行键" />、图表写 dataset="cap"。别名用小写英文字母开头，只含小写字母、数字、连字符和下划线。',
        propertyNames: { pattern: aliasPattern.source },
        additionalProperties: { type: 'string', pattern: idPattern.source },
      }),
    /** Drafts are built in `npm run dev` only, never published. */
    draft: z.boolean().default(false).meta({ description: 'true 表示草稿：只在 npm run dev 里出现，不会发布。不写时为 false。' }),
    /** 更新记录: every correction or update after publication, oldest first. */
    updates: z.array(storyUpdateSchema).default([]).meta({ description: '更新记录：发布后的补充或整体修订，旧的在前。改了已发布的事实，还要在 content/corrections.yaml 记一条更正。' }),
  })
  .superRefine((story, context) => {
    // The page states the period reported beside the publication date: a story must say what it is.
    if (story.season === undefined && story.periodNote === undefined) {
      context.addIssue({ code: 'custom', path: ['season'], message: 'a season, or a periodNote', params: { code: 'story-season-missing' satisfies SchemaIssueCode } });
    }
    for (const alias of Object.keys(story.data)) {
      if (!aliasPattern.test(alias)) context.addIssue({ code: 'custom', path: ['data', alias], message: 'an alias of lower-case letters', params: { code: 'data-alias-invalid' satisfies SchemaIssueCode } });
    }
  })
  // The same rule as JSON Schema (docs/schemas/, `npm run schemas`).
  .meta({ description: '报道的 frontmatter（content/stories/<slug>.mdx 开头两行 --- 之间）。写法见 docs/WRITING.md 的“frontmatter”。', anyOf: [{ required: ['season'] }, { required: ['periodNote'] }] });

export type StoryFrontmatter = z.output<typeof storySchema>;
