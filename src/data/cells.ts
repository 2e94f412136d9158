import { invisibleCharacter } from '../errors/editor-error.ts';
import { problem, type Problem } from '../errors/messages.ts';
import type { ColumnMeta, Qualifier } from '../schemas/dataset-meta.ts';
import { qualifiers } from '../schemas/dataset-meta.ts';
import { qualifierOfWord } from '../schemas/qualifier.ts';

/** A typed cell: numbers for numeric columns, strings for the rest, null where an optional cell is empty. */
export type Cell = number | string | null;

/** A dataset's row: its cells by column name. */
export type Row = Record<string, Cell>;

export interface CellContext {
  placeIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

const decimal = /^-?\d+(\.\d+)?$/;
const whole = /^-?\d+$/;

/**
 * Reads one raw CSV cell into the column's type. This is the only place raw cell text is interpreted:
 * everything downstream trusts the types. A refused cell is a problem of the catalogue (src/errors/messages.ts)
 * with the cell as the editor wrote it; the caller adds the file, line and column.
 */
export function parseCell(raw: string, column: ColumnMeta, context: CellContext): { value: Cell } | { problem: Problem } {
  const text = raw.trim();
  const invisible = invisibleCharacter.exec(text);
  if (invisible) return { problem: problem('invisible-character', { found: raw, char: invisible[0]!, in: 'cell' }) };
  if (text === '') {
    if (column.optional || column.type === 'qualifier') return { value: null };
    return { problem: problem('cell-empty', { found: raw, type: column.type, unit: column.unit }) };
  }
  switch (column.type) {
    case 'number':
    case 'percent':
    case 'integer': {
      const pattern = column.type === 'integer' ? whole : decimal;
      if (!pattern.test(text)) return { problem: numberProblem(raw, text, { type: column.type, unit: column.unit }) };
      const value = Number(text);
      if (column.type === 'percent' && (value < 0 || value > 100)) return { problem: problem('cell-percent-out-of-range', { found: raw }) };
      return { value };
    }
    case 'date':
      return isCalendarDate(text) ? { value: text } : { problem: dateProblem(raw, text) };
    case 'qualifier': {
      if ((qualifiers as readonly string[]).includes(text)) return { value: text as Qualifier };
      const code = qualifierOfWord(text);
      return { problem: code ? problem('cell-qualifier-chinese', { found: raw, code }) : problem('cell-qualifier-unknown', { found: raw }) };
    }
    case 'place':
      return context.placeIds.has(text) ? { value: text } : { problem: problem('place-unknown', { found: raw, known: [...context.placeIds] }) };
    case 'source':
      return context.sourceIds.has(text) ? { value: text } : { problem: problem('source-unknown', { found: raw, known: [...context.sourceIds] }) };
    case 'string':
      if (/[<>]/.test(text)) return { problem: problem('cell-html', { found: raw }) };
      return { value: text };
  }
}

/** What spreadsheets and hurried editors put where a number is missing: not a number, and not a blank. */
const placeholder = /^(nan|[+-]?inf(inity)?|n\/?a|null|none|#[a-z]+[/0!?]*[a-z0-9]*[!?]?|[-–—/?？]+|无|空|不详|未知)$/i;

/** Why a numeric cell is not a number, most particular reason first. */
function numberProblem(raw: string, text: string, column: { type: 'number' | 'integer' | 'percent'; unit?: string | undefined }): Problem {
  const cell = { found: raw, ...column };
  if (/^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(text)) return problem('cell-thousands-separator', cell);
  // Full-width digits, point and minus (from a Chinese input method), or the typographic minus sign.
  const halfWidth = text.normalize('NFKC').replace(/\u2212/g, '-');
  if (halfWidth !== text && (column.type === 'integer' ? whole : decimal).test(halfWidth)) return problem('cell-full-width-digits', { ...cell, halfWidth });
  if (placeholder.test(text)) return problem('cell-placeholder', cell);
  if (/[万亿]/.test(text)) return problem('cell-magnitude-word', cell);
  if (/%$/.test(text)) return problem('cell-percent-sign', cell);
  if (/^-?\d+(\.\d+)?\s*[^\d\sA-Za-z]+$/.test(text)) return problem('cell-with-unit', cell);
  if (/^[约近多余]|[多余]$|以[内上]$/.test(text)) return problem('cell-qualifier-in-number', cell);
  if (column.type === 'integer' && decimal.test(text)) return problem('cell-decimal-in-integer', cell);
  return problem('cell-not-a-number', cell);
}

/** A date written another way (2022/9/28, 2022年9月28日, 2022.9.28, 20220928) is refused with its ISO spelling. */
function dateProblem(raw: string, text: string): Problem {
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC')) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (parts) {
    const iso = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
    return problem(isCalendarDate(iso) ? 'cell-date-format' : 'cell-date-nonexistent', { found: raw, iso });
  }
  return problem('cell-not-a-date', { found: raw });
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
