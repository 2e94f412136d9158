import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';

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
    expect(() => parseCsv('a,b,c\n1,"大同,3.52\n朔州,2.52,6\n', file)).toThrow(
      'content/data/x.csv:2:2 第2列：找到“"大同,3.52”，应为成对的英文双引号（这里的引号没有关上，它后面的各行都会被读进这一格）。修改：在这一格的末尾补上英文双引号 "，或删掉开头的那个；单元格里的双引号本身要写两遍（""）。',
    );
  });

  it('refuses an empty file', () => {
    expect(() => parseCsv('\uFEFF \r\n', file)).toThrow(
      'content/data/x.csv:1 找到“（空）”，应为第一行是表头（列名），下面每行一条数据。修改：补上表头和数据行；若这个数据集不要了，把 .csv 和同名 .yaml 一起删掉。',
    );
  });

  it('refuses a header with no rows', () => {
    expect(() => parseCsv('a,b\n', file)).toThrow('content/data/x.csv:2 找到“（空）”，应为表头下面至少一行数据。修改：在表头下面写入数据行。');
  });

  it('refuses a blank line between rows instead of dropping it silently', () => {
    expect(() => parseCsv('a\n1\n\n2\n', file)).toThrow(/^content\/data\/x\.csv:3 /);
  });
});
