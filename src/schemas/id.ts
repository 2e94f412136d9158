import { z } from 'astro/zod';

/**
 * The form of every id editors write (a dataset's file name, a story's, a place, a source, a check): lower-case
 * ASCII letters and digits in runs joined by single hyphens, as URLs carry them: baotou-heating-scale-2025-2026.
 */
export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What an id must be, in the editors' words. */
export const idMessage = '小写字母、数字和连字符组成的 id，如 baotou-heating-scale-2025-2026';

/** An id field of a content file. */
export const idSchema = z.string().regex(idPattern, idMessage);
