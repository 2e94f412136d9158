import type { EditorLocation, EditorWords } from '../editor-error.ts';

/**
 * One entry of the catalogue: the words for one kind of mistake, as a function of its details (the facts:
 * the value found, what exists). `found` may be left out of the words: the details' `found` is shown then.
 */
export type Entry = (details: never) => EditorWords;

/** Details of a mistake that has none beyond its location. */
export type NoDetails = Record<string, never>;

/** One example per entry: a location and details, for docs/WRITING.md and the wording test. */
export type Examples<M extends Record<string, Entry>> = { [K in keyof M]: { at: EditorLocation; details: Parameters<M[K]>[0] } };

/** A part of the catalogue, listed under its title in docs/WRITING.md. */
export interface Area<M extends Record<string, Entry>> {
  title: string;
  /** The module, under src/errors/messages/, whose doc comments say what each entry means. */
  module: string;
  messages: M;
  examples: Examples<M>;
}

/** Names listed as the messages list them: a、b、c. */
export const list = (items: readonly string[]): string => items.join('、');
