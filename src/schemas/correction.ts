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
    date: isoDate,
    /** The story corrected: its file name without .mdx. */
    story: z.string().optional(),
    /** The dataset corrected: its id. */
    dataset: z.string().optional(),
    /** The place whose page (key figures) was corrected: its id. */
    place: z.string().optional(),
    /** What was wrong and what it says now, in Chinese. */
    what: z.string().min(10),
  })
  .refine((c) => c.story !== undefined || c.dataset !== undefined || c.place !== undefined, {
    message: 'story, dataset or place: at least one',
    path: ['story'],
    params: { code: 'correction-target-missing' satisfies SchemaIssueCode },
  });

export type Correction = z.output<typeof correctionSchema> & {
  /** Anchor on /corrections/: the date and the entry's number that day, e.g. 2026-12-01-3. */
  id: string;
};
