import { csvParseRows } from 'd3-dsv';
import { editorError } from '../errors/messages.ts';

export interface CsvRecord {
  /** 1-based line of the file where this record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/**
 * Parses the text of a CSV file as editors save it — UTF-8 with or without a byte-order mark, LF or CRLF line
 * ends — into a header and records that know their line in the file. Parsing is d3-dsv's; this adds what
 * d3-dsv does not track: the line each record starts on (cells quoted across lines included).
 */
export function parseCsv(text: string, file: string): CsvTable {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw editorError('csv-empty', { file, line: 1 }, {});
  checkQuotes(normalized, file);
  const rows = csvParseRows(normalized.replace(/\n+$/, ''));
  let line = 1;
  const records: CsvRecord[] = rows.map((cells) => {
    const record = { line, cells };
    line += 1 + cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    return record;
  });
  const [header, ...body] = records;
  for (const record of body) {
    if (record.cells.length === 1 && record.cells[0] === '') throw editorError('csv-blank-line', { file, line: record.line }, {});
  }
  if (body.length === 0) throw editorError('csv-no-rows', { file, line: 2 }, {});
  return { header: header!.cells.map((name) => name.trim()), records: body };
}

/**
 * A quoted cell whose closing quote is missing runs to the end of the file: d3-dsv then reads every later row
 * into that one cell, and the editor would be told of a short row instead of the quote that caused it.
 */
function checkQuotes(text: string, file: string): void {
  let line = 1;
  let column = 1;
  let fieldStart = true;
  let open: { line: number; column: number; at: number } | undefined;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (open) {
      if (char === '"' && text[at + 1] === '"') at += 1;
      else if (char === '"') open = undefined;
      else if (char === '\n') line += 1;
      continue;
    }
    if (char === '"' && fieldStart) open = { line, column, at };
    fieldStart = char === ',' || char === '\n';
    if (char === ',') column += 1;
    if (char === '\n') (line += 1), (column = 1);
  }
  if (open) throw editorError('csv-unclosed-quote', { file, line: open.line, column: open.column }, { found: text.slice(open.at).split('\n')[0]!, column: open.column });
}
