import { z } from 'astro/zod';
import type { SchemaIssueCode } from './issue-codes.ts';

const isoDate = z.union([z.date(), z.iso.date()]).transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** One entry of a story's 更新记录 (updates log). */
export const storyUpdateSchema = z.strictObject({
  /** Day of the change, YYYY-MM-DD. */
  date: isoDate,
  /** What changed, in one Chinese sentence. */
  note: z.string().min(1),
});

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
export const storySchema = z.strictObject({
  /** Headline, in Chinese. */
  title: z.string().min(4).max(60),
  /** Summary under the headline and in lists: one or two sentences. */
  dek: z.string().min(10).max(200),
  /** Publication day, YYYY-MM-DD (China Standard Time). */
  date: isoDate,
  /** Day of the last substantive change, YYYY-MM-DD; shown as 更新于. */
  updated: isoDate.optional(),
  /** Heating season the story is about, e.g. 2025-2026; left out when the sources do not say which. */
  season: z.string().regex(/^\d{4}-\d{4}$/).optional(),
  /**
   * What the page states as the period reported when `season` is left out: 报道未写明年份, or for a story
   * across places 2021—2025年，各地年份不同.
   */
  periodNote: z.string().min(4).optional(),
  /** Place ids from content/places.yaml. */
  places: z.array(z.string()).min(1),
  /** Subjects, in Chinese; each becomes /tags/<tag>/. */
  tags: z.array(z.string().min(1)).default([]),
  /** Who wrote it. */
  byline: z.string().min(1).default('供热季数据组'),
  /** Source ids from content/sources.yaml: every report the story's figures come from. */
  sources: z.array(z.string()).min(1),
  /** Stories to read next: file names (without .mdx) in content/stories/. Shown first under 相关报道, before
   *  the stories found by shared places and tags. */
  related: z.array(z.string()).default([]),
  /**
   * `story` (the default): 800–2,000 characters of prose and at least two charts. `brief` (简讯): a short item
   * for a report that gives too little for a full story, 300–800 characters and at least one chart.
   */
  kind: z.enum(['story', 'brief']).default('story'),
  /** Drafts are built in `npm run dev` only, never published. */
  draft: z.boolean().default(false),
  /** 更新记录: every correction or update after publication, oldest first. */
  updates: z.array(storyUpdateSchema).default([]),
}).superRefine((story, context) => {
  // The page states the period reported beside the publication date: a story must say what it is.
  if (story.season === undefined && story.periodNote === undefined) {
    context.addIssue({ code: 'custom', path: ['season'], message: 'a season, or a periodNote', params: { code: 'story-season-missing' satisfies SchemaIssueCode } });
  }
});

export type StoryFrontmatter = z.output<typeof storySchema>;
