import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/data/cells.ts';
import type { ColumnMeta } from '../../src/schemas/dataset-meta.ts';

const context = { placeIds: new Set(['baotou']), sourceIds: new Set(['baotou-season-end-2026']) };
const column = (type: ColumnMeta['type'], extra: Partial<ColumnMeta> = {}): ColumnMeta => ({ name: 'c', type, label: '列', optional: false, ...extra });

describe('parseCell', () => {
  it('reads numbers, integers and percents as numbers', () => {
    expect(parseCell('965.13', column('number'), context)).toEqual({ value: 965.13 });
    expect(parseCell('-20', column('integer'), context)).toEqual({ value: -20 });
    expect(parseCell(' 96.11 ', column('percent'), context)).toEqual({ value: 96.11 });
  });

  it.each([
    ['12abc', 'number', '只用阿拉伯数字、小数点和负号，如 3962 或 965.13。'],
    ['13,505', 'integer', '去掉千位分隔符，如 13505 而不是 13,505。'],
    ['1.6万', 'number', '不写“万”“亿”：按这一列的单位（万户）写数值。'],
    ['96%', 'percent', '去掉百分号，如 96.11。'],
    ['3962万平方米', 'number', '不写“万”“亿”：按这一列的单位（万户）写数值。'],
    ['183天', 'integer', '只写数字，不写单位；单位（万户）写在 .yaml 的 unit 里。'],
    ['约6', 'number', '只写数字；“约”“近”“余”“以内”等写进这一列的 qualifier 列（见 docs/DATASETS.md）。'],
    ['4.5', 'integer', '这一列是整数：去掉小数，或在 .yaml 里把类型改成 number。'],
  ] as const)('refuses %s in a %s column with the fix', (raw, type, fix) => {
    const result = parseCell(raw, column(type, { unit: '万户' }), context);
    expect(result).toHaveProperty('problem.fix', fix);
  });

  it('refuses percentages outside 0–100', () => {
    expect(parseCell('120', column('percent'), context)).toHaveProperty('problem.expected', '0 到 100 之间的百分数');
  });

  it('refuses empty cells unless the column is optional', () => {
    expect(parseCell('', column('number'), context)).toHaveProperty('problem');
    expect(parseCell('', column('number', { optional: true }), context)).toEqual({ value: null });
  });

  it('reads real calendar dates only', () => {
    expect(parseCell('2024-11-13', column('date'), context)).toEqual({ value: '2024-11-13' });
    expect(parseCell('2024-02-30', column('date'), context)).toHaveProperty('problem');
    expect(parseCell('2024/11/13', column('date'), context)).toHaveProperty('problem');
  });

  it('refuses HTML in text', () => {
    expect(parseCell('m<sup>2</sup>', column('string'), context)).toHaveProperty('problem.expected', '纯文字（不含 HTML）');
  });

  it('checks qualifiers, places and sources against their lists', () => {
    expect(parseCell('over', column('qualifier'), context)).toEqual({ value: 'over' });
    expect(parseCell('plenty', column('qualifier'), context)).toHaveProperty('problem');
    // One code per word the reports print: 多 is `more`, 余 is `over`, 以下 is `below`, 以内 is `max`.
    for (const code of ['more', 'around', 'atleast', 'below']) expect(parseCell(code, column('qualifier'), context)).toEqual({ value: code });
    expect(parseCell('baotou', column('place'), context)).toEqual({ value: 'baotou' });
    expect(parseCell('hohhot', column('place'), context)).toHaveProperty('problem');
    expect(parseCell('nope', column('source'), context)).toHaveProperty('problem');
  });
});
