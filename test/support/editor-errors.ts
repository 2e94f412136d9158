import { expect } from 'vitest';
import { EditorError } from '../../src/errors/editor-error.ts';
import type { DetailsOf, ErrorCode } from '../../src/errors/messages.ts';

/** The EditorError that `run` throws; fails the test if it throws nothing or something else. */
export function editorErrorOf(run: () => unknown): EditorError {
  try {
    run();
  } catch (error) {
    if (error instanceof EditorError) return error;
    throw error;
  }
  throw new Error('expected an EditorError, but nothing was thrown');
}

/**
 * What a test pins of an editor error: the catalogue entry, the file, line and column (exactly: a column
 * left out must be absent), where in the file when given (src/errors/where.ts), and the entry's details
 * (exactly, when given). The wording is pinned once per entry, in test/unit/error-messages.test.ts.
 */
export interface ExpectedEditorError<C extends ErrorCode> {
  code: C;
  file: string;
  line?: number;
  column?: number;
  where?: string;
  details?: DetailsOf<C>;
}

export function expectEditorError<C extends ErrorCode>(run: () => unknown, expected: ExpectedEditorError<C>): EditorError {
  const error = editorErrorOf(run);
  const { code, file, line, column, where, details } = expected;
  expect({ code: error.code, file: error.parts.file, line: error.parts.line, column: error.parts.column }, error.message).toEqual({ code, file, line, column });
  if (where !== undefined) expect(error.parts.where, error.message).toBe(where);
  if (details !== undefined) expect(error.details, error.message).toEqual(details);
  return error;
}
