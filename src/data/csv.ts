import { csvParseRows } from 'd3-dsv';
import { EditorError } from '../errors/editor-error.ts';

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
  if (normalized.trim() === '') {
    throw new EditorError({
      file,
      line: 1,
      found: '',
      expected: '第一行是表头（列名），下面每行一条数据',
      fix: '补上表头和数据行；若这个数据集不要了，把 .csv 和同名 .yaml 一起删掉。',
    });
  }
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
    if (record.cells.length === 1 && record.cells[0] === '') {
      throw new EditorError({
        file,
        line: record.line,
        found: '',
        expected: '一行数据（空行会被当成一条空记录）',
        fix: '删除这个空行。',
      });
    }
  }
  if (body.length === 0) {
    throw new EditorError({
      file,
      line: 2,
      found: '',
      expected: '表头下面至少一行数据',
      fix: '在表头下面写入数据行。',
    });
  }
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
  if (open) {
    throw new EditorError({
      file,
      line: open.line,
      column: open.column,
      where: `第${open.column}列`,
      found: text.slice(open.at).split('\n')[0]!,
      expected: '成对的英文双引号（这里的引号没有关上，它后面的各行都会被读进这一格）',
      fix: '在这一格的末尾补上英文双引号 "，或删掉开头的那个；单元格里的双引号本身要写两遍（""）。',
    });
  }
}
