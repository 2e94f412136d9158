import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/dataset.ts';
import { findRow, rowKey } from '../../src/data/refs.ts';
import { provenanceWhere } from '../../src/errors/where.ts';
import { expectEditorError } from '../support/editor-errors.ts';

const context = { placeIds: new Set(['baotou']), sourceIds: new Set(['src-a']) };
const files = { csv: 'content/data/x.csv', meta: 'content/data/x.yaml' };
const meta = (provenance = '') => `title: 测试数据集
description: 用于测试的数据集。
subject: operations
places: [baotou]
period: 2025-2026
sources: [src-a]
updated: 2026-11-23
columns:
  - { name: item, type: string, label: 项目 }
  - { name: code, type: string, label: 代码 }
  - { name: value, type: number, unit: 次, label: 数值 }
${provenance}`;
const build = (csvText: string, metaText = meta()) => buildDataset({ id: 'x', csvText, metaText, files }, context);

describe('findRow, the one way to find a row by its key', () => {
  const dataset = build('item,code,value\n抢修,a,88\n走访,b,32\n抢修,c,5\n');

  it('finds the row whose first column holds the key, as text', () => {
    expect(findRow(dataset, '走访')).toEqual({ found: 'one', row: { item: '走访', code: 'b', value: 32 } });
  });

  it('says whether no row or several rows have the key, with every key of the column it read', () => {
    expect(findRow(dataset, '供热')).toEqual({ found: 'none', count: 0, keys: ['抢修', '走访', '抢修'], keyColumn: dataset.meta.columns[0] });
    expect(findRow(dataset, '抢修')).toEqual({ found: 'several', count: 2, keys: ['抢修', '走访', '抢修'], keyColumn: dataset.meta.columns[0] });
  });

  it('reads another key column when given one', () => {
    const code = dataset.meta.columns[1]!;
    expect(findRow(dataset, 'c', code)).toEqual({ found: 'one', row: { item: '抢修', code: 'c', value: 5 } });
    expect(rowKey(dataset, dataset.rows[0]!, code)).toBe('a');
    expect(rowKey(dataset, dataset.rows[0]!)).toBe('抢修');
  });

  it('refuses a provenance entry whose row key two rows share, instead of quoting one of them', () => {
    const provenance = 'provenance:\n  - { row: 抢修, column: value, quote: 抢修88次 }\n';
    expectEditorError(() => build('item,code,value\n抢修,a,88\n抢修,b,5\n', meta(provenance)), {
      code: 'row-ambiguous',
      file: 'content/data/x.yaml',
      line: 13,
      where: provenanceWhere(0, 'row'),
      details: { found: '抢修', dataset: 'x', key: 'item', count: 2, file: 'content/data/x.yaml' },
    });
  });
});
