import { EditorError } from './editor-error.ts';

/**
 * Where a validator that checks several independent things (the datasets of content/data/, the registries, the
 * stories) hands each mistake it finds. The build passes `rethrow`: the first mistake stops it, exactly as a
 * plain `throw` would. `npm run check:content` (src/check/) passes a collector: each mistake is kept, the thing
 * that failed is left out of what later checks see, and the validator goes on with the next one.
 */
export type Report = (error: EditorError) => void;

/** The build's report: the first mistake is thrown. */
export const rethrow: Report = (error) => {
  throw error;
};

/**
 * Runs one independent check. An editor error it throws goes to `report` and the answer is undefined (with
 * `rethrow`, it is thrown on); any other error is a bug and is thrown.
 */
export function attempt<T>(report: Report, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof EditorError)) throw error;
    report(error);
    return undefined;
  }
}
