import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';
import { expectEditorError } from '../support/editor-errors.ts';

const file = 'content/data/x.csv';

describe('parseCsv', () => {
  it('reads a header and records with their line numbers', () => {
    const table = parseCsv('a,b\n1,2\n3,4\n', file);
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('strips a UTF-8 byte-order mark and reads CRLF line ends', () => {
    const table = parseCsv('\uFEFFname,value\r\n包头,3962\r\n', file);
    expect(table.header).toEqual(['name', 'value']);
    expect(table.records).toEqual([{ line: 2, cells: ['包头', '3962'] }]);
  });

  it('counts lines inside quoted cells, so later records keep their true line', () => {
    const table = parseCsv('a,b\n"two\nlines",1\nx,2\n', file);
    expect(table.records.map((r) => r.line)).toEqual([2, 4]);
    expect(table.records[0]!.cells[0]).toBe('two\nlines');
  });

  it('keeps commas inside quoted cells', () => {
    expect(parseCsv('a,b\n"老人、残疾人, 等",1\n', file).records[0]!.cells).toEqual(['老人、残疾人, 等', '1']);
  });

  it('reads doubled quotes inside a quoted cell as one quote', () => {
    expect(parseCsv('a,b\n"他说""好""",1\n', file).records[0]!.cells).toEqual(['他说"好"', '1']);
  });

  it('refuses a quote that is never closed at the cell that opened it, instead of a short row later', () => {
    expectEditorError(() => parseCsv('a,b,c\n1,"大同,3.52\n朔州,2.52,6\n', file), { code: 'csv-unclosed-quote', file, line: 2, column: 2, details: { found: '"大同,3.52', column: 2 } });
  });

  it('refuses an empty file', () => {
    expectEditorError(() => parseCsv('\uFEFF \r\n', file), { code: 'csv-empty', file, line: 1 });
  });

  it('refuses a header with no rows', () => {
    expectEditorError(() => parseCsv('a,b\n', file), { code: 'csv-no-rows', file, line: 2 });
  });

  it('refuses a blank line between rows instead of dropping it silently', () => {
    expectEditorError(() => parseCsv('a\n1\n\n2\n', file), { code: 'csv-blank-line', file, line: 3 });
  });
});
