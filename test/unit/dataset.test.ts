import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/dataset.ts';

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
    expect(() => build('value,item,value_qualifier\n88,抢修,\n')).toThrow(
      'content/data/x.csv:1:1 表头第1列：找到“value”，应为item（表头的列序与 content/data/x.yaml 的 columns 一致：item,value,value_qualifier）。修改：按 content/data/x.yaml 的顺序排列各列，或调整 columns 的顺序；第一列是每行的键，<Num row="…"> 用它找行。',
    );
  });

  it('refuses a column with both unit and unitColumn', () => {
    expect(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('unit: 次', 'unit: 次\n    unitColumn: item'))).toThrow(/字段“columns\[1\]\.unitColumn”：找到“item”，应为unit 与 unitColumn 二选一/);
  });

  it('names the file, row, column, value, expectation and fix for a bad cell', () => {
    expect(() => build('item,value,value_qualifier\n抢修,88,\n走访,12abc,\n')).toThrow(
      'content/data/x.csv:3:2 列“value”（第2列，次）：找到“12abc”，应为数字（如 3962 或 965.13，单位次）。修改：只用阿拉伯数字、小数点和负号，如 3962 或 965.13。',
    );
  });

  it('reports a column the metadata defines but the CSV lacks', () => {
    expect(() => build('item,value\n抢修,88\n')).toThrow(
      'content/data/x.csv:1 表头：找到“item,value”，应为含有列“value_qualifier”（限定），它在 content/data/x.yaml 里有定义。修改：在表头加上 value_qualifier 并为每行填值，或从 content/data/x.yaml 里删掉这一列的定义。',
    );
  });

  it('reports a column the CSV has but the metadata does not define', () => {
    expect(() => build('item,value,value_qualifier,extra\n抢修,88,,1\n')).toThrow(
      'content/data/x.csv:1:4 表头第4列：找到“extra”，应为content/data/x.yaml 里定义的列名之一：item、value、value_qualifier。修改：改正列名，或在 content/data/x.yaml 的 columns 里为它加一条定义。',
    );
  });

  it('reports a row with too many cells, pointing at unquoted commas', () => {
    expect(() => build('item,value,value_qualifier\n老人,残疾人,88,\n')).toThrow(
      'content/data/x.csv:2 这一行：找到“4 个单元格”，应为3 个单元格（item,value,value_qualifier）。修改：文字里有逗号时，用英文双引号把整个单元格括起来；否则删掉多余的逗号。',
    );
  });

  it('reports metadata errors at their line in the YAML', () => {
    expect(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('type: number', 'type: decimal'))).toThrow(
      'content/data/x.yaml:13 字段“columns[1].type”：找到“decimal”，应为以下之一：string、integer、number、percent、date、qualifier、place、source。修改：每一列选一个类型：string、integer、number、percent、date、qualifier、place、source。',
    );
  });

  it('reports a source id that is not registered', () => {
    expect(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('sources: [src-a]', 'sources: [src-b]'))).toThrow(
      'content/data/x.yaml:6 字段“sources[0]”：找到“src-b”，应为content/sources.yaml 里的来源 id。修改：改成已有的来源 id，或先在 content/sources.yaml 里添加这份报道。',
    );
  });

  it('refuses a qualifier that points at a non-qualifier column', () => {
    expect(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('qualifier: value_qualifier', 'qualifier: item'))).toThrow(/字段“columns\[1\]\.qualifier”：找到“item”，应为本表中一个 qualifier 类型的列名/);
  });

  it('accepts a first column that repeats (a long table drawn as lines); only a cited row must be unique', () => {
    expect(build('item,value,value_qualifier\n抢修,88,\n走访,3200,over\n抢修,89,\n').rows).toHaveLength(3);
  });

  it('accepts an unknown period only with a note saying why', () => {
    const unknown = meta.replace('period: 2025-2026', 'period: unknown');
    expect(() => build('item,value,value_qualifier\n抢修,88,\n', unknown)).toThrow(
      'content/data/x.yaml:1 字段“periodNote”：应为一段说明（period 为 unknown 时必填：为什么年份不详，已知的范围）。修改：在 period 下面加一行“periodNote: …”，写明报道为什么没有年份、已知的范围。',
    );
    const noted = unknown.replace('period: unknown', 'period: unknown\nperiodNote: 版面没有印年份。');
    expect(build('item,value,value_qualifier\n抢修,88,\n', noted).meta).toMatchObject({ period: 'unknown', periodNote: '版面没有印年份。' });
  });

  it('refuses a period that is neither a season, a year nor unknown', () => {
    expect(() => build('item,value,value_qualifier\n抢修,88,\n', meta.replace('period: 2025-2026', 'period: 去年'))).toThrow(/^content\/data\/x.yaml:5 字段“period”：找到“去年”/);
  });
});
