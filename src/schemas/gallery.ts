import { z } from 'astro/zod';

/**
 * Frontmatter of a gallery entry, `content/gallery/<chart-type>.mdx`: one chart component shown live with the
 * MDX that produces it, for editors (/gallery/, not in the public navigation).
 */
export const galleryEntrySchema = z.strictObject({
  /** The component's name, e.g. BarChart. */
  component: z.string().regex(/^[A-Z][A-Za-z]+$/),
  /** What the chart type is for, in Chinese. */
  title: z.string().min(2),
  /** When to use it, in one or two sentences. */
  description: z.string().min(4),
  /** Position on the page. */
  order: z.number().int(),
});
