import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/dataset.ts';
import { cellWhere, fieldWhere, headerWhere } from '../../src/errors/where.ts';
import { editorErrorOf, expectEditorError } from '../support/editor-errors.ts';

const context = { placeIds: new Set(['baotou']), sourceIds: new Set(['src-a']) };
const files = { csv: 'content/data/x.csv', meta: 'content/data/x.yaml' };
const meta = `title: 测试数据集
description: 用于测试的数据集。
subject: operations
places: [baotou]
period: 2025-2026
sources: [src-a]
updated: 2026-11-23
columns:
  - name: item
    type: string
    label: 项目
  - name: value
    type: number
    unit: 次
    qualifier: value_qualifier
    label: 数值
  - name: value_qualifier
    type: qualifier
    label: 限定
`;
const build = (csvText: string, metaText = meta) => buildDataset({ id: 'x', csvText, metaText, files }, context);

describe('buildDataset', () => {
  it('types every cell by its column and keeps every row', () => {
    const dataset = build('item,value,value_qualifier\n抢修,88,\n走访,3200,over\n');
    expect(dataset.rows).toEqual([
      { item: '抢修', value: 88, value_qualifier: null },
      { item: '走访', value: 3200, value_qualifier: 'over' },
    ]);
    expect(dataset.meta.period).toBe('2025-2026');
    expect(dataset.meta.updated).toBe('2026-11-23');
  });

  it('refuses columns out of the metadata order, since the first column is the row key', () => {
    expectEditorError(() => build('value,item,value_qualifier\n88,抢修,\n'), {
      code: 'csv-header-out-of-order',
      file: files.csv,
      line: 1,
      column: 1,
      where: headerWhere(1),
      details: { found: 'value', wanted: 'item', meta: files.meta, columns: ['item', 'value', 'value_qualifier'] },
    });
  });

  it('refuses a column with both unit and unitColumn', () => {
    expectEditorError(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('unit: 次', 'unit: 次\n    unitColumn: item')), {
      code: 'column-unit-and-unit-column',
      file: files.meta,
      line: 15,
      where: fieldWhere(['columns', 1, 'unitColumn']),
      details: { found: 'item' },
    });
  });

  it('names the file, row, column, value, expectation and fix for a bad cell', () => {
    expectEditorError(() => build('item,value,value_qualifier\n抢修,88,\n走访,12abc,\n'), {
      code: 'cell-not-a-number',
      file: files.csv,
      line: 3,
      column: 2,
      where: cellWhere({ name: 'value', unit: '次' }, 2),
      details: { found: '12abc', type: 'number', unit: '次' },
    });
  });

  it('reports a column the metadata defines but the CSV lacks', () => {
    expectEditorError(() => build('item,value\n抢修,88\n'), {
      code: 'csv-missing-column',
      file: files.csv,
      line: 1,
      details: { header: ['item', 'value'], column: 'value_qualifier', label: '限定', meta: files.meta },
    });
  });

  it('reports a column the CSV has but the metadata does not define', () => {
    expectEditorError(() => build('item,value,value_qualifier,extra\n抢修,88,,1\n'), {
      code: 'csv-unknown-header',
      file: files.csv,
      line: 1,
      column: 4,
      where: headerWhere(4),
      details: { found: 'extra', meta: files.meta, columns: ['item', 'value', 'value_qualifier'] },
    });
  });

  it('reports a row with too many cells, pointing at unquoted commas', () => {
    expectEditorError(() => build('item,value,value_qualifier\n老人,残疾人,88,\n'), {
      code: 'csv-row-too-many-cells',
      file: files.csv,
      line: 2,
      details: { cells: 4, columns: ['item', 'value', 'value_qualifier'] },
    });
  });

  it('reports metadata errors at their line in the YAML', () => {
    expectEditorError(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('type: number', 'type: decimal')), {
      code: 'field-wrong-value',
      file: files.meta,
      line: 13,
      where: fieldWhere(['columns', 1, 'type']),
      details: { field: 'columns[1].type', found: 'decimal', accepted: ['string', 'integer', 'number', 'percent', 'date', 'qualifier', 'place', 'source'], hint: 'dataset.type' },
    });
  });

  it('reports a source id that is not registered', () => {
    expectEditorError(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('sources: [src-a]', 'sources: [src-b]')), {
      code: 'source-unknown',
      file: files.meta,
      line: 6,
      where: fieldWhere(['sources', 0]),
      details: { found: 'src-b', known: ['src-a'] },
    });
  });

  it('refuses a qualifier that points at a non-qualifier column', () => {
    expectEditorError(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('qualifier: value_qualifier', 'qualifier: item')), {
      code: 'column-qualifier-not-qualifier',
      file: files.meta,
      line: 15,
      where: fieldWhere(['columns', 1, 'qualifier']),
      details: { found: 'item' },
    });
  });

  it('accepts a first column that repeats (a long table drawn as lines); only a cited row must be unique', () => {
    expect(build('item,value,value_qualifier\n抢修,88,\n走访,3200,over\n抢修,89,\n').rows).toHaveLength(3);
  });

  it('accepts an unknown period only with a note saying why', () => {
    const unknown = meta.replace('period: 2025-2026', 'period: unknown');
    const missing = expectEditorError(() => build('item,value,value_qualifier\n抢修,88,\n', unknown), {
      code: 'period-note-missing',
      file: files.meta,
      line: 1,
      where: fieldWhere(['periodNote']),
      details: { field: 'periodNote', hint: 'dataset.periodNote' },
    });
    expect(missing.parts.found).toBeUndefined();
    const noted = unknown.replace('period: unknown', 'period: unknown\nperiodNote: 版面没有印年份。');
    expect(build('item,value,value_qualifier\n抢修,88,\n', noted).meta).toMatchObject({ period: 'unknown', periodNote: '版面没有印年份。' });
  });

  it('refuses a period that is neither a season, a year nor unknown', () => {
    expectEditorError(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('period: 2025-2026', 'period: 去年')), { code: 'field-wrong-format', file: files.meta, line: 5, where: fieldWhere(['period']) });
    expect(editorErrorOf(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('period: 2025-2026', 'period: 去年'))).details).toMatchObject({ field: 'period', found: '去年' });
  });
});
