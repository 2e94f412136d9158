import { EditorError, type EditorMessage } from '../errors/editor-error.ts';

/**
 * In `astro dev`, a content mistake must show where the editor looks: in the page. A loader that meets one
 * keeps its collection, but as a single entry under this id holding the error; src/lib/content.ts throws it
 * again when a page asks for content, so Astro's error overlay shows the message with its file and line. Putting
 * it in the store changes the store, which is what makes the dev server reload the open page; fixing the file
 * syncs the collection again and the page comes back. `astro build` never takes this path: it fails at once.
 */
export const contentErrorId = '__hsd-content-error';

/** What the store keeps of an error: plain JSON. */
export interface StoredContentError {
  message: string;
  parts?: EditorMessage;
  code?: string;
  details?: Record<string, unknown>;
}

export function storedError(error: unknown): StoredContentError {
  if (error instanceof EditorError) return { message: error.message, parts: error.parts, code: error.code, details: { ...error.details } };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error again, as the build would have thrown it (an EditorError keeps its file, line and code for the overlay). */
export function thrownAgain(stored: StoredContentError): Error {
  if (stored.parts && stored.code !== undefined) return new EditorError(stored.parts, { code: stored.code, details: stored.details ?? {} });
  return new Error(stored.message);
}

/** A story whose frontmatter has a mistake keeps its own entry (Astro's glob loader owns the store), holding this. */
export const storyErrorKey = '__hsdContentError';

/** Throws the stored error if a collection holds one (dev only: a build never stores one). */
export function throwContentError(entries: readonly { id: string; data: unknown }[]): void {
  for (const entry of entries) {
    const data = entry.data as Record<string, unknown> | undefined;
    if (entry.id === contentErrorId) throw thrownAgain((data as { error: StoredContentError }).error);
    if (data && storyErrorKey in data) throw thrownAgain(data[storyErrorKey] as StoredContentError);
  }
}
