import { expect } from 'vitest';
import { EditorError } from '../../src/errors/editor-error.ts';
import type { DetailsOf, ErrorCode } from '../../src/errors/messages.ts';
import { propWhere } from '../../src/errors/where.ts';

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

/** A mistake in one prop of a component, as a chart test's table states it: the entry, the prop, the details. */
export interface PropMistake<C extends ErrorCode = ErrorCode> {
  code: C;
  prop: string;
  details: DetailsOf<C>;
}

export const propMistake = <C extends ErrorCode>(code: C, prop: string, details: DetailsOf<C>): PropMistake => ({ code, prop, details }) as unknown as PropMistake;

/**
 * expectEditorError for a prop of `component`, which stands at `source` (`content/stories/x.mdx:12:1`, as its
 * `__source` prop says): that file, line and column, `<component> 的属性“prop”`, the entry and its details.
 */
export function expectPropError(run: () => unknown, source: string, component: string, { code, prop, details }: PropMistake): EditorError {
  const [, file, line, column] = /^(.*):(\d+):(\d+)$/.exec(source)!;
  return expectEditorError(run, { code, file: file!, line: Number(line), column: Number(column), where: propWhere(component, prop), details });
}
