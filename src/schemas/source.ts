import { z } from 'astro/zod';
import type { SchemaIssueCode } from './issue-codes.ts';
import { idSchema } from './id.ts';

/** A fact the page does not print, with the reason the desk gives for it: readers see it marked 推定. */
const reason = z.string().min(4);

/**
 * A source article, one entry of the list in `content/sources.yaml`. One page of the archive may carry several
 * articles; each is its own source, so a figure is credited to the article it is printed in. Every dataset,
 * every reported figure's quote and every story names its sources by `id`.
 */
export const sourceSchema = z.strictObject({
  /** Stable kebab-case id, e.g. baotou-season-end-2026. */
  id: idSchema,
  /** The page file in shared/source-reports/ the article is printed on. */
  page: z.string().regex(/^[\w.-]+\.txt$/, 'a file name in shared/source-reports/, e.g. 000_d80636934d123922.txt'),
  /** First and last line of the article on the page, 1-based and inclusive: its headline to its last paragraph. */
  lines: z
    .tuple([z.number().int().min(1), z.number().int().min(1)])
    .refine(([first, last]) => first <= last, { message: 'the first line comes before the last, e.g. [3, 23]', params: { code: 'source-lines-reversed' satisfies SchemaIssueCode } }),
  /** Headline of the article, as printed. */
  headline: z.string().min(1),
  /** The newspaper. When the page does not print its masthead, `inferred.publication` says why this one. */
  publication: z.string().min(1),
  /** Place id from content/places.yaml. */
  place: z.string(),
  /** Publication date as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. Inferred parts: `inferred.date`. */
  date: z.union([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  /** Heating season the article speaks of, e.g. 2025-2026. */
  season: z.string().regex(/^\d{4}-\d{4}$/).optional(),
  /**
   * What the page does not print but this entry states, each with the reason. Every place a reader sees such
   * a fact (source lines under charts, figure tooltips, the source list, dataset pages, citations) marks it 推定.
   */
  inferred: z
    .strictObject({
      /** The masthead is not on the page. */
      publication: reason.optional(),
      /** The date (or its month, or its year) is not on the page. */
      date: reason.optional(),
    })
    .default({}),
  /** In Chinese words: when it was published, and how precisely that is known. */
  when: z.string().min(1),
  /** In Chinese: what the article covers. */
  covers: z.string().min(1),
  /** Reporters named in the byline. */
  reporters: z.array(z.string()).optional(),
});

export type Source = z.output<typeof sourceSchema>;
