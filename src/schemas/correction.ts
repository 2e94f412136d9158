import { z } from 'astro/zod';
import type { SchemaIssueCode } from './issue-codes.ts';

const isoDate = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.iso.date()]);

/**
 * One correction or clarification, an entry of `content/corrections.yaml` (oldest first). Every published fact
 * the desk changes gets one: /corrections/ lists them all, and each story's 更新记录 links to its own.
 *
 * ```yaml
 * - date: 2026-12-01
 *   story: baotou-season-2025-2026
 *   dataset: baotou-heating-scale-2025-2026
 *   what: 华电包头发电分公司的数字此前记在《我市2025-2026采暖期圆满结束》名下，实出同版《188天的温暖 他们用心守护》，已改正出处。
 * ```
 */
export const correctionSchema = z
  .strictObject({
    /** Day the correction was published, YYYY-MM-DD. */
    date: isoDate.meta({ description: '更正发布的日期，YYYY-MM-DD。新的一条记在文件末尾，日期不能早于上一条。' }),
    /** The story corrected: its file name without .mdx. */
    story: z.string().optional().meta({ description: '改了哪篇报道：content/stories/ 里的文件名（不含 .mdx）。story、dataset、place 至少写一个。' }),
    /** The dataset corrected: its id. */
    dataset: z.string().optional().meta({ description: '改了哪个数据集：它的 id。story、dataset、place 至少写一个。' }),
    /** The place whose page (key figures) was corrected: its id. */
    place: z.string().optional().meta({ description: '改了哪个地点页（如关键数字）：地点 id。story、dataset、place 至少写一个。' }),
    /** What was wrong and what it says now, in Chinese. */
    what: z.string().min(10).meta({ description: '至少 10 个字：原来怎么写，错在哪里，现在怎么写。' }),
  })
  .refine((c) => c.story !== undefined || c.dataset !== undefined || c.place !== undefined, {
    message: 'story, dataset or place: at least one',
    path: ['story'],
    params: { code: 'correction-target-missing' satisfies SchemaIssueCode },
  })
  // The same rule as JSON Schema (docs/schemas/, `npm run schemas`).
  .meta({ description: '一条更正：改了已发布的事实（数字、出处、限定词、说法的归属、时间）时记一条。写法见 docs/WRITING.md 的“更正”。', anyOf: [{ required: ['story'] }, { required: ['dataset'] }, { required: ['place'] }] });

export type Correction = z.output<typeof correctionSchema> & {
  /** Anchor on /corrections/: the date and the entry's number that day, e.g. 2026-12-01-3. */
  id: string;
};
