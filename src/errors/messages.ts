import { EditorError, type EditorLocation, type EditorWords } from './editor-error.ts';
import { annotationArea } from './messages/annotations.ts';
import { chartArea } from './messages/charts.ts';
import { checkArea } from './messages/checks.ts';
import { csvArea } from './messages/csv.ts';
import { datasetArea } from './messages/dataset.ts';
import { fieldArea } from './messages/fields.ts';
import { figureArea } from './messages/figures.ts';
import { fileArea } from './messages/files.ts';
import { numberArea } from './messages/numbers.ts';
import { pairArea } from './messages/pairs.ts';
import { propArea } from './messages/props.ts';
import { quoteArea } from './messages/quotes.ts';
import { registryArea } from './messages/registry.ts';
import { storyArea } from './messages/story.ts';

/**
 * The catalogue of editors' mistakes: one named entry per kind of mistake, each a function from the mistake's
 * details (the value found, the ids there are) to the words the editor reads (src/errors/messages/<area>.ts).
 * A mistake found by two modules is one entry, worded once. docs/WRITING.md lists every entry
 * (`npm run docs:errors`); test/unit/error-messages.test.ts pins each one's wording.
 *
 *   throw editorError('cell-not-a-number', { file, line, column, where: cellWhere(column, index) }, { found, type, unit });
 */
export const areas = [
  fileArea,
  csvArea,
  fieldArea,
  registryArea,
  datasetArea,
  checkArea,
  storyArea,
  figureArea,
  propArea,
  annotationArea,
  pairArea,
  chartArea,
  numberArea,
  quoteArea,
] as const;

export const messages = {
  ...fileArea.messages,
  ...csvArea.messages,
  ...fieldArea.messages,
  ...registryArea.messages,
  ...datasetArea.messages,
  ...checkArea.messages,
  ...storyArea.messages,
  ...figureArea.messages,
  ...propArea.messages,
  ...annotationArea.messages,
  ...pairArea.messages,
  ...chartArea.messages,
  ...numberArea.messages,
  ...quoteArea.messages,
};

/** The name of a kind of mistake: `cell-not-a-number`, `dataset-unknown`. */
export type ErrorCode = keyof typeof messages;
/** The details an entry is worded from. */
export type DetailsOf<C extends ErrorCode> = Parameters<(typeof messages)[C]>[0];

/** One example per entry (a location and details), for docs/WRITING.md and the wording test. */
export const examples = Object.assign({}, ...areas.map((area) => area.examples)) as { [C in ErrorCode]: { at: EditorLocation; details: DetailsOf<C> } };

/**
 * The error for one mistake: the entry's words at the location, carrying `code` and `details` for whoever
 * catches it (tests assert those, not the words). The location's `where` takes the place of the entry's;
 * the details' `found` is shown unless the entry words it.
 */
export function editorError<C extends ErrorCode>(code: C, at: EditorLocation, details: DetailsOf<C>): EditorError {
  const words = (messages[code] as (details: DetailsOf<C>) => EditorWords)(details);
  const found = (details as { found?: unknown }).found;
  return new EditorError(
    { ...at, ...words, where: at.where ?? words.where, found: 'found' in words ? words.found : typeof found === 'string' ? found : undefined },
    { code, details },
  );
}

/** A mistake found where its location is not known yet: the caller that knows the file and line raises it. */
export type Problem = { [C in ErrorCode]: { code: C; details: DetailsOf<C> } }[ErrorCode];

export function problem<C extends ErrorCode>(code: C, details: DetailsOf<C>): Problem {
  return { code, details } as Problem;
}

/** The error for a problem, at the location the caller knows. */
export function problemError({ code, details }: Problem, at: EditorLocation): EditorError {
  return editorError(code, at, details as never);
}
