import { z } from 'astro/zod';

/**
 * A source report, one entry of the list in `content/sources.yaml`. Every dataset row and every story names
 * the sources it rests on by `id`.
 */
export const sourceSchema = z.strictObject({
  /** Stable kebab-case id, e.g. baotou-season-end-2026. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The file in shared/source-reports/ the page was read from. */
  file: z.string().optional(),
  /** Headline of the heating item, as printed. */
  headline: z.string().min(1),
  /** All heating items on the page, when there are several. */
  headlines: z.array(z.string()).optional(),
  /** The newspaper as the page shows it, or the city's paper. */
  publication: z.string().min(1),
  /** Why the publication is what it is, when the page does not name it. */
  publicationNote: z.string().optional(),
  /** Place id from content/places.yaml. */
  place: z.string(),
  /** Publication date as precisely as the page allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.union([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  /** Heating season the report speaks of, e.g. 2025-2026. */
  season: z.string().regex(/^\d{4}-\d{4}$/).optional(),
  /** In Chinese words: when it was published, and how precisely that is known. */
  when: z.string().min(1),
  /** In Chinese: what its heating items cover. */
  covers: z.string().min(1),
  /** Reporters named in the byline. */
  reporters: z.array(z.string()).optional(),
});

export type Source = z.output<typeof sourceSchema>;
