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
