import { defineMiddleware } from 'astro:middleware';
import { contentErrorResponse } from './lib/content-error-page.ts';

/**
 * In `astro dev` only: a page that cannot be built because of a content mistake in the collections (a loader's
 * stored error, read by `current` or a page's own reads of src/lib/content.ts) is answered with a page of our own
 * that shows the build's message, its file and line, instead of Vite's overlay. (A mistake in a story's
 * component props, found while the MDX renders, still reaches Astro's own overlay.) The page keeps Vite's client,
 * so it reloads itself when the content changes and comes back once the file is fixed. A build never catches:
 * it stops at the first mistake.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.HSD_ASTRO_DEV) return next();
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'EditorError') throw error;
    const { status, headers, body } = contentErrorResponse(error);
    return new Response(body, { status, headers });
  }
});
